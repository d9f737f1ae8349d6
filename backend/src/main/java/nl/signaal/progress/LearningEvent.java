package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * What a feature tells progress about a learner's action; {@link LearningRecords} turns it into an
 * xAPI statement. {@code activityPath} is relative to the activity base IRI, e.g.
 * {@code modules/signalen-herkennen/lessons/school}. {@code competency} is given for answers to questions tagged
 * with one (it becomes the context extension {@code <base>/extensions/competency}), so memory states can be
 * derived per competency.
 */
public record LearningEvent(
        Verb verb,
        ActivityType type,
        String activityPath,
        String activityName,
        @Nullable String moduleId,
        int contentVersion,
        @Nullable UUID registration,
        @Nullable Outcome outcome,
        String locale,
        @Nullable String competency,
        @Nullable UUID liveSession) {

    /** An event outside a live session. */
    public LearningEvent(
            Verb verb,
            ActivityType type,
            String activityPath,
            String activityName,
            @Nullable String moduleId,
            int contentVersion,
            @Nullable UUID registration,
            @Nullable Outcome outcome,
            String locale,
            @Nullable String competency) {
        this(
                verb,
                type,
                activityPath,
                activityName,
                moduleId,
                contentVersion,
                registration,
                outcome,
                locale,
                competency,
                null);
    }

    /** The same event, practised in a live group session (the context extension {@code <base>/extensions/live-session}). */
    public LearningEvent inLiveSession(UUID sessionId) {
        return new LearningEvent(
                verb,
                type,
                activityPath,
                activityName,
                moduleId,
                contentVersion,
                registration,
                outcome,
                locale,
                competency,
                sessionId);
    }

    /** An event about no competency. */
    public LearningEvent(
            Verb verb,
            ActivityType type,
            String activityPath,
            String activityName,
            @Nullable String moduleId,
            int contentVersion,
            @Nullable UUID registration,
            @Nullable Outcome outcome,
            String locale) {
        this(verb, type, activityPath, activityName, moduleId, contentVersion, registration, outcome, locale, null);
    }

    /** The verbs Signaal records, from the ADL vocabulary. */
    public enum Verb {
        EXPERIENCED,
        ANSWERED,
        RESPONDED,
        PASSED,
        FAILED,
        COMPLETED;

        String iri() {
            return "http://adlnet.gov/expapi/verbs/" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum ActivityType {
        MODULE("http://adlnet.gov/expapi/activities/module"),
        LESSON("http://adlnet.gov/expapi/activities/lesson"),
        ASSESSMENT("http://adlnet.gov/expapi/activities/assessment"),
        QUESTION("http://adlnet.gov/expapi/activities/cmi.interaction"),
        SIMULATION("http://adlnet.gov/expapi/activities/simulation"),
        SCENE("http://adlnet.gov/expapi/activities/interaction");

        final String iri;

        ActivityType(String iri) {
            this.iri = iri;
        }
    }

    /** Score as correct out of max; success and completion as xAPI means them; response for answers. */
    public record Outcome(
            @Nullable Integer raw,
            @Nullable Integer max,
            @Nullable Boolean success,
            @Nullable Boolean completion,
            @Nullable String response) {}
}
