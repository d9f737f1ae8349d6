package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.memory.MemoryState;
import org.junit.jupiter.api.Test;

/** The first interval after a passed module check: FSRS with a floor on stability (decision 0033). */
class FirstIntervalAfterPassTest {
    private static final String MODULE = "de-meldcode";
    private static final Instant MORNING = Instant.parse("2026-10-01T09:00:00Z");
    private static final Policy DEFAULTS = Policy.defaults(List.of(MODULE));
    private static final UUID LEARNER = UUID.randomUUID();

    private final List<Practised> records = new ArrayList<>();

    private void check(boolean passed, double score, Instant at) {
        records.add(record(passed ? Verb.PASSED : Verb.FAILED, "modules/" + MODULE + "/check", score, passed, at));
        if (passed) {
            records.add(record(Verb.COMPLETED, "modules/" + MODULE, null, null, at));
        }
    }

    private void refresherAnswer(boolean correct, Instant at) {
        records.add(record(Verb.ANSWERED, Memories.ITEM_PATH + "meldcode-1", null, correct, at));
    }

    private static Practised record(Verb verb, String path, Double score, Boolean success, Instant at) {
        return new Practised(UUID.randomUUID(), LEARNER, verb, path, MODULE, null, score, success, null, null, at);
    }

    private MemoryState state() {
        return Memories.module(records, MODULE).orElseThrow();
    }

    private Instant due() {
        return ModuleStatus.dueAt(Memories.FSRS, state(), DEFAULTS);
    }

    private ModuleStatus statusAt(Instant at) {
        return ModuleStatus.of(Memories.FSRS, state(), DEFAULTS, at);
    }

    @Test
    void aFailBeforeThePassNoLongerMakesTheModuleDueTheNextDay() {
        check(false, 0.4, MORNING);
        check(true, 0.8, MORNING.plus(Duration.ofMinutes(10)));

        assertThat(state().stability()).isEqualTo(Memories.PASSED_CHECK_MINIMUM_STABILITY);
        assertThat(due()).isEqualTo(MORNING.plus(Duration.ofMinutes(10)).plus(Duration.ofDays(15)));
        assertThat(statusAt(MORNING.plus(Duration.ofMinutes(11))))
                .as("just passed")
                .isEqualTo(ModuleStatus.CURRENT);
        assertThat(statusAt(MORNING.plus(Duration.ofDays(1))))
                .as("the next day")
                .isEqualTo(ModuleStatus.CURRENT);
        assertThat(statusAt(MORNING.plus(Duration.ofDays(9)))).isEqualTo(ModuleStatus.DUE_SOON);
        assertThat(statusAt(MORNING.plus(Duration.ofDays(16)))).isEqualTo(ModuleStatus.OVERDUE);
    }

    @Test
    void aPlainPassIsLiftedToTheSameFloorButAFailStillRaisesDifficulty() {
        check(true, 0.8, MORNING);
        MemoryState plain = state();
        records.clear();
        check(false, 0.4, MORNING);
        check(true, 0.8, MORNING);
        MemoryState afterFail = state();

        assertThat(plain.stability())
                .as("FSRS alone gives 3.04 days (due in 5)")
                .isEqualTo(Memories.PASSED_CHECK_MINIMUM_STABILITY);
        assertThat(afterFail.difficulty()).isGreaterThan(plain.difficulty());
    }

    @Test
    void aPassWithFullMarksKeepsTheModelsLongerInterval() {
        check(true, 1.0, MORNING);

        assertThat(state().stability()).as("EASY: w3").isEqualTo(15.2441);
        assertThat(due()).isEqualTo(MORNING.plus(Duration.ofDays(25)));
    }

    @Test
    void theFloorHoldsForPassesOnlyNotForRefresherAnswers() {
        check(true, 1.0, MORNING);
        refresherAnswer(false, MORNING.plus(Duration.ofDays(25)));

        assertThat(state().stability())
                .as("a wrong refresher answer is a lapse, as FSRS says")
                .isLessThan(Memories.PASSED_CHECK_MINIMUM_STABILITY);

        check(true, 0.8, MORNING.plus(Duration.ofDays(26)));
        assertThat(state().stability()).isGreaterThanOrEqualTo(Memories.PASSED_CHECK_MINIMUM_STABILITY);
    }

    @Test
    void theFloorDoesNotShortenALongerStability() {
        check(true, 1.0, MORNING);
        refresherAnswer(true, MORNING.plus(Duration.ofDays(25)));
        double before = state().stability();
        check(true, 0.8, MORNING.plus(Duration.ofDays(25)));

        assertThat(before).isGreaterThan(Memories.PASSED_CHECK_MINIMUM_STABILITY);
        assertThat(state().stability()).as("same day, right: unchanged").isEqualTo(before);
    }
}
