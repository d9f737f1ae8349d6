package nl.signaal.refresher.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingTest {
    @Test
    void gradesRunFromOneForAgainToFourForEasy() {
        assertThat(Rating.values()).extracting(Rating::grade).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aWrongAnswerIsAgainAndARightAnswerIsGood() {
        assertThat(Rating.forAnswer(false)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.forAnswer(true)).isEqualTo(Rating.GOOD);
    }

    @Test
    void aFailedModuleCheckIsAgainWhateverItsScore() {
        assertThat(Rating.forModuleCheck(false, 0.95)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.forModuleCheck(false, 0.2)).isEqualTo(Rating.AGAIN);
    }

    @Test
    void aPassedModuleCheckIsEasyFromNinetyPercentAndGoodBelow() {
        assertThat(Rating.forModuleCheck(true, 0.9)).isEqualTo(Rating.EASY);
        assertThat(Rating.forModuleCheck(true, 1.0)).isEqualTo(Rating.EASY);
        assertThat(Rating.forModuleCheck(true, 0.89)).isEqualTo(Rating.GOOD);
    }

    @Test
    void rejectsAScoreOutsideZeroAndOne() {
        assertThatThrownBy(() -> Rating.forModuleCheck(true, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
