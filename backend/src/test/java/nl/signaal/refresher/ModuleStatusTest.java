package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.signaal.refresher.memory.Fsrs;
import nl.signaal.refresher.memory.MemoryState;
import nl.signaal.refresher.memory.Rating;
import org.junit.jupiter.api.Test;

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

    @Test
    void remindFromIsTheFirstMomentTheStatusAsksForARefresher() {
        // The planner selects on remindFrom alone; this must agree with the status for any state, policy and time.
        java.util.Random random = new java.util.Random(20261128);
        java.util.Set<ModuleStatus> remind =
                java.util.EnumSet.of(ModuleStatus.DUE_SOON, ModuleStatus.OVERDUE, ModuleStatus.LAPSED);
        for (int i = 0; i < 20_000; i++) {
            MemoryState state =
                    new MemoryState(0.1 + random.nextDouble() * 400, 1 + random.nextDouble() * 9, PRACTISED);
            Policy policy = new Policy(
                    0.7 + random.nextDouble() * 0.27, 1 + random.nextInt(365), 1 + random.nextInt(24), List.of("m"));
            Instant remindFrom = ModuleStatus.remindFrom(FSRS, state, policy);
            Instant now = PRACTISED.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 800)));
            assertThat(remind.contains(ModuleStatus.of(FSRS, state, policy, now)))
                    .as("state %s, policy %s, now %s, remindFrom %s", state, policy, now, remindFrom)
                    .isEqualTo(!now.isBefore(remindFrom));
            assertThat(ModuleStatus.of(FSRS, state, policy, remindFrom)).isIn(remind);
        }
    }

    @Test
    void theStoredMomentsGiveTheStatusForAnyStatePolicyAndTime() {
        // module_memory keeps these moments so the dashboard compares them with now in SQL (decision 0048).
        java.util.Random random = new java.util.Random(20261207);
        for (int i = 0; i < 50_000; i++) {
            MemoryState state = new MemoryState(
                    0.1 + random.nextDouble() * (random.nextBoolean() ? 20 : 2000),
                    1 + random.nextDouble() * 9,
                    PRACTISED.plusSeconds(random.nextInt(86_400)));
            Policy policy = new Policy(
                    0.7 + random.nextDouble() * 0.27, 1 + random.nextInt(730), 1 + random.nextInt(24), List.of("m"));
            ModuleStatus.Moments moments = ModuleStatus.moments(FSRS, state, policy);
            assertThat(moments.dueAt()).isEqualTo(ModuleStatus.dueAt(FSRS, state, policy));
            Instant now = PRACTISED.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 1500)));
            assertThat(moments.at(now))
                    .as("state %s, policy %s, now %s, moments %s", state, policy, now, moments)
                    .isEqualTo(ModuleStatus.of(FSRS, state, policy, now));
            // At each moment and a millisecond before it, the status changes exactly there.
            for (Instant moment : List.of(moments.dueSoonAt(), moments.overdueAt(), moments.lapsesAt())) {
                assertThat(moments.at(moment)).isEqualTo(ModuleStatus.of(FSRS, state, policy, moment));
                Instant before = moment.minusMillis(1);
                assertThat(moments.at(before)).isEqualTo(ModuleStatus.of(FSRS, state, policy, before));
            }
        }
    }
}
