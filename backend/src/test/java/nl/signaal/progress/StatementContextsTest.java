package nl.signaal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.StatementContexts.Link;
import org.junit.jupiter.api.Test;

/** The context activities of every kind of statement, from its path and context alone (decision 0042). */
class StatementContextsTest {
    private static final String ANSWERED = Verb.ANSWERED.iri();
    private static final String RESPONDED = Verb.RESPONDED.iri();

    @Test
    void aCheckQuestionIsPartOfItsCheckWithinItsModule() {
        var links = StatementContexts.of("modules/m/check/questions/q", ANSWERED, "attempt", "m", null);
        assertThat(links.parents()).containsExactly(new Link(ActivityType.ASSESSMENT, "modules/m/check"));
        assertThat(links.groupings()).containsExactly(new Link(ActivityType.MODULE, "modules/m"));
    }

    @Test
    void aLessonAndTheCheckArePartOfTheModule() {
        assertThat(StatementContexts.of("modules/m/lessons/l", Verb.EXPERIENCED.iri(), null, "m", null)
                        .parents())
                .containsExactly(new Link(ActivityType.MODULE, "modules/m"));
        assertThat(StatementContexts.of("modules/m/check", Verb.PASSED.iri(), "a", "m", null)
                        .parents())
                .containsExactly(new Link(ActivityType.MODULE, "modules/m"));
        assertThat(StatementContexts.of("modules/m", Verb.COMPLETED.iri(), "a", "m", null)
                        .parents())
                .isEmpty();
    }

    @Test
    void aSceneOfARunIsPartOfItsCaseAndOfARefresherPartOfTheSessionWithinTheCase() {
        assertThat(StatementContexts.of("scenarios/s/nodes/n", RESPONDED, "run", null, null)
                        .parents())
                .containsExactly(new Link(ActivityType.SIMULATION, "scenarios/s"));
        var decision = StatementContexts.of("scenarios/s/nodes/n", ANSWERED, "session", null, null);
        assertThat(decision.parents())
                .containsExactly(new Link(ActivityType.REFRESHER_SESSION, "refreshers/sessions/session"));
        assertThat(decision.groupings()).containsExactly(new Link(ActivityType.SIMULATION, "scenarios/s"));
    }

    @Test
    void aRefresherItemIsPartOfItsSessionWithinItsModule() {
        var links = StatementContexts.of("refreshers/items/i", ANSWERED, "session", "m", null);
        assertThat(links.parents())
                .containsExactly(new Link(ActivityType.REFRESHER_SESSION, "refreshers/sessions/session"));
        assertThat(links.groupings()).containsExactly(new Link(ActivityType.MODULE, "modules/m"));
    }

    @Test
    void inALiveSessionTheSessionIsTheParentAndTheCaseCheckOrExerciseTheGrouping() {
        var question = StatementContexts.of("modules/m/check/questions/q", ANSWERED, "live", "m", "live");
        assertThat(question.parents()).containsExactly(new Link(ActivityType.LIVE_SESSION, "live-sessions/live"));
        assertThat(question.groupings())
                .containsExactly(
                        new Link(ActivityType.ASSESSMENT, "modules/m/check"),
                        new Link(ActivityType.MODULE, "modules/m"));
        assertThat(StatementContexts.of("scenarios/s/nodes/n", RESPONDED, "live", null, "live")
                        .groupings())
                .containsExactly(new Link(ActivityType.SIMULATION, "scenarios/s"));
        assertThat(StatementContexts.of("refreshers/items/i", ANSWERED, "live", "m", "live")
                        .groupings())
                .containsExactly(new Link(ActivityType.MODULE, "modules/m"));
        assertThat(StatementContexts.of("pooling/p/questions/q", ANSWERED, "live", null, "live")
                        .groupings())
                .containsExactly(new Link(ActivityType.POOLING_EXERCISE, "pooling/p"));
    }

    @Test
    void aCertificateIsPartOfWhatItCertifies() {
        String earned = Verb.EARNED.iri();
        assertThat(StatementContexts.of("certificates/c", earned, null, null, null, "modules/m")
                        .parents())
                .containsExactly(new Link(ActivityType.MODULE, "modules/m"));
        assertThat(StatementContexts.of("certificates/c", earned, null, null, null, "tracks/t")
                        .parents())
                .containsExactly(new Link(ActivityType.TRACK, "tracks/t"));
        var webinar = StatementContexts.of("certificates/c", earned, null, null, null, "webinars/w");
        assertThat(webinar.parents()).containsExactly(new Link(ActivityType.WEBINAR, "webinars/w"));
        assertThat(webinar.groupings()).isEmpty();
    }

    @Test
    void anAttendedLiveSessionIsGroupedUnderWhatItPractisedAndIsNobodysChild() {
        String attended = Verb.ATTENDED.iri();
        var check = StatementContexts.of("live-sessions/l", attended, null, null, null, "modules/m/check");
        assertThat(check.parents()).isEmpty();
        assertThat(check.groupings()).containsExactly(new Link(ActivityType.ASSESSMENT, "modules/m/check"));
        assertThat(StatementContexts.of("live-sessions/l", attended, null, null, null, "scenarios/s")
                        .groupings())
                .containsExactly(new Link(ActivityType.SIMULATION, "scenarios/s"));
        assertThat(StatementContexts.of("live-sessions/l", attended, null, null, null, "pooling/p")
                        .groupings())
                .containsExactly(new Link(ActivityType.POOLING_EXERCISE, "pooling/p"));
    }

    @Test
    void aRefresherSessionAWebinarAndATrackAsWholesHaveOnlyTheProfile() {
        for (String path : java.util.List.of("refreshers/sessions/s", "webinars/w", "tracks/t")) {
            var links = StatementContexts.of(path, Verb.COMPLETED.iri(), "s", null, null, null);
            assertThat(links.parents()).as(path).isEmpty();
            assertThat(links.groupings()).as(path).isEmpty();
        }
        // The session's own id as registration does not make it a child of itself, as its items are.
        assertThat(StatementContexts.of("refreshers/sessions/s", Verb.COMPLETED.iri(), "s", null, null)
                        .parents())
                .isEmpty();
    }

    @Test
    void wholesAreTellableFromPracticeByTheirPath() {
        assertThat(Occasions.isOccasion("refreshers/sessions/s")).isTrue();
        assertThat(Occasions.isOccasion("live-sessions/l")).isTrue();
        assertThat(Occasions.isOccasion("webinars/w")).isTrue();
        assertThat(Occasions.isOccasion("tracks/t")).isTrue();
        assertThat(Occasions.isOccasion("certificates/c")).isTrue();
        assertThat(Occasions.isOccasion("refreshers/items/i")).isFalse();
        assertThat(Occasions.isOccasion("modules/m")).isFalse();
        assertThat(Occasions.isOccasion("scenarios/s")).isFalse();
    }

    @Test
    void aStableIdDependsOnEveryPartAndOnlyOnThem() {
        java.util.UUID session = java.util.UUID.randomUUID();
        java.util.UUID learner = java.util.UUID.randomUUID();
        assertThat(Occasions.statementId("live-session-attended", session, learner))
                .isEqualTo(Occasions.statementId("live-session-attended", session, learner))
                .isNotEqualTo(Occasions.statementId("live-session-attended", session, java.util.UUID.randomUUID()))
                .isNotEqualTo(Occasions.statementId("webinar-attended", session, learner));
    }

    @Test
    void aDurationIsIso8601ToTheHundredthOfASecond() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        assertThat(LearningRecords.duration(start, start.plusMillis(7 * 60_000 + 1_239)))
                .isEqualTo("PT7M1.23S");
        assertThat(LearningRecords.duration(start, start.plusSeconds(26 * 3600)))
                .isEqualTo("PT26H");
        assertThat(LearningRecords.duration(start, start.minusSeconds(1))).isEqualTo("PT0S");
        assertThat(LearningRecords.duration(start, start)).isEqualTo("PT0S");
    }
}
