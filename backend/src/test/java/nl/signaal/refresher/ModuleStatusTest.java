package nl.signaal.refresher;

import nl.signaal.refresher.memory.Fsrs;
import nl.signaal.refresher.memory.MemoryState;
import nl.signaal.refresher.memory.Rating;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleStatusTest {
    private static final Fsrs FSRS = Fsrs.withDefaultWeights();
    private static final Instant PRACTISED = Instant.parse("2026-01-05T10:00:00Z");
    private static final Policy POLICY = new Policy(0.85, 180, 12, List.of("m"));
    // A check passed with full marks: S0 = w3 = 15.2441 days; at 0.85 the interval is 25 days.
    private static final MemoryState EASY_PASS = FSRS.first(Rating.EASY, PRACTISED);

    private static ModuleStatus after(MemoryState state, Policy policy, Duration elapsed) {
        return ModuleStatus.of(FSRS, state, policy, PRACTISED.plus(elapsed));
    }

    @Test
    void isCurrentRightAfterPractice() {
        assertThat(after(EASY_PASS, POLICY, Duration.ofHours(1))).isEqualTo(ModuleStatus.CURRENT);
        assertThat(after(EASY_PASS, POLICY, Duration.ofDays(17))).isEqualTo(ModuleStatus.CURRENT);
    }

    @Test
    void isDueSoonWithinSevenDaysOfTheDueDate() {
        assertThat(ModuleStatus.dueAt(FSRS, EASY_PASS, POLICY)).isEqualTo(PRACTISED.plus(Duration.ofDays(25)));
        assertThat(after(EASY_PASS, POLICY, Duration.ofDays(18))).isEqualTo(ModuleStatus.DUE_SOON);
        assertThat(after(EASY_PASS, POLICY, Duration.ofDays(24))).isEqualTo(ModuleStatus.DUE_SOON);
    }

    @Test
    void isOverdueOnceDue() {
        assertThat(after(EASY_PASS, POLICY, Duration.ofDays(25))).isEqualTo(ModuleStatus.OVERDUE);
        assertThat(after(EASY_PASS, POLICY, Duration.ofDays(60))).isEqualTo(ModuleStatus.OVERDUE);
    }

    @Test
    void hasLapsedWhenRetrievabilityFallsBelowOneHalf() {
        // R < 0.5 once t > 3 S / FACTOR, about 195 days for S = 15.24
        assertThat(after(EASY_PASS, POLICY, Duration.ofDays(190))).isEqualTo(ModuleStatus.OVERDUE);
        assertThat(after(EASY_PASS, POLICY, Duration.ofDays(200))).isEqualTo(ModuleStatus.LAPSED);
    }

    @Test
    void hasLapsedAfterTheFullRefreshMonthsWhateverTheRetrievability() {
        MemoryState wellKnown = new MemoryState(5000, 3, PRACTISED);
        Policy monthly = new Policy(0.85, 730, 1, List.of("m"));

        assertThat(after(wellKnown, monthly, Duration.ofDays(30))).isEqualTo(ModuleStatus.CURRENT);
        assertThat(after(wellKnown, monthly, Duration.ofDays(31))).isEqualTo(ModuleStatus.LAPSED);
    }

    @Test
    void aHigherTargetRetentionMakesItDueSooner() {
        Policy strict = new Policy(0.95, 180, 12, List.of("m"));

        assertThat(ModuleStatus.dueAt(FSRS, EASY_PASS, strict)).isBefore(ModuleStatus.dueAt(FSRS, EASY_PASS, POLICY));
        assertThat(after(EASY_PASS, strict, Duration.ofDays(10))).isEqualTo(ModuleStatus.OVERDUE);
    }

    @Test
    void theLongestIntervalCapsTheDueDate() {
        MemoryState wellKnown = new MemoryState(5000, 3, PRACTISED);

        assertThat(ModuleStatus.dueAt(FSRS, wellKnown, POLICY)).isEqualTo(PRACTISED.plus(Duration.ofDays(180)));
    }
}
