package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a feature tells progress about a learner's action; {@link LearningRecords} turns it into an
 * xAPI statement. {@code activityPath} is relative to the activity base IRI, e.g.
 * {@code modules/signalen-herkennen/lessons/school}. {@code competency} is given for answers to questions tagged
 * with one (it becomes the context extension {@code <base>/extensions/competency}), so memory states can be
 * derived per competency. {@code shape} holds what an organisation's Learning Record Store needs beyond that (names in
 * every locale, the interaction's options and key, when it started); decision 0042.
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
        @Nullable UUID liveSession,
        Shape shape) {

    public LearningEvent {
        shape = shape == null ? Shape.NONE : shape;
    }

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
                null,
                Shape.NONE);
    }

    /** The same event, practised in a live group session (the context extension {@code <base>/extensions/live-session}). */
    public LearningEvent inLiveSession(UUID sessionId) {
        return with(sessionId, shape);
    }

    /** The same event with the activity's name in every locale it has (a language map), instead of one. */
    public LearningEvent named(Map<String, String> names) {
        return with(liveSession, shape.with(names, shape.interaction, shape.startedAt, shape.endedAt));
    }

    /** The same event with the interaction the activity is (for questions and scenes). */
    public LearningEvent asking(@Nullable Interaction interaction) {
        return with(liveSession, shape.with(shape.names, interaction, shape.startedAt, shape.endedAt));
    }

    /** The same event for something that started at {@code startedAt}: the statement gets result.duration. */
    public LearningEvent startedAt(Instant startedAt) {
        return with(liveSession, shape.with(shape.names, shape.interaction, startedAt, shape.endedAt));
    }

    /**
     * The same event for something that ran from {@code startedAt} to {@code endedAt} (a webinar, a live session): the
     * statement's result.duration is that span, whenever it is recorded (decision 0055).
     */
    public LearningEvent lasting(Instant startedAt, Instant endedAt) {
        return with(liveSession, shape.with(shape.names, shape.interaction, startedAt, endedAt));
    }

    /**
     * The same event about another activity (path relative to the activity base IRI): the statement's context
     * activities name it, see {@link StatementContexts} (decision 0055: what a certificate certifies, what a live
     * session practised).
     */
    public LearningEvent about(String activityPath) {
        return with(
                liveSession,
                new Shape(
                        shape.names,
                        shape.interaction,
                        shape.startedAt,
                        shape.endedAt,
                        activityPath,
                        shape.extensions));
    }

    /** The same event with a context extension, its key relative to the base IRI (e.g. {@code /extensions/x}). */
    public LearningEvent extended(String key, Object value) {
        var extensions = new java.util.LinkedHashMap<String, Object>(shape.extensions);
        extensions.put(key, value);
        return with(
                liveSession,
                new Shape(shape.names, shape.interaction, shape.startedAt, shape.endedAt, shape.about, extensions));
    }

    private LearningEvent with(@Nullable UUID session, Shape changed) {
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
                session,
                changed);
    }

    /**
     * What the statement says beyond the event's core, known only where the content is at hand: the name as a
     * language map, the interaction definition and the start (for result.duration). The context activities are not
     * here: they follow from the activity path and context, see {@link StatementContexts}.
     */
    public record Shape(
            @Nullable Map<String, String> names,
            @Nullable Interaction interaction,
            @Nullable Instant startedAt,
            @Nullable Instant endedAt,
            @Nullable String about,
            Map<String, Object> extensions) {
        static final Shape NONE = new Shape(null, null, null);

        public Shape {
            // Keeps the locales' order (nl first), which Map.copyOf would not.
            names = names == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
            extensions = extensions == null
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extensions));
        }

        public Shape(
                @Nullable Map<String, String> names, @Nullable Interaction interaction, @Nullable Instant startedAt) {
            this(names, interaction, startedAt, null, null, Map.of());
        }

        Shape with(
                @Nullable Map<String, String> names,
                @Nullable Interaction interaction,
                @Nullable Instant startedAt,
                @Nullable Instant endedAt) {
            return new Shape(names, interaction, startedAt, endedAt, about, extensions);
        }
    }

    /**
     * An xAPI interaction: its type ({@code choice}, {@code true-false}), the options (none for true-false) and the
     * correct responses in xAPI's pattern syntax, e.g. {@code a[,]c}; empty when no option is the right one.
     */
    public record Interaction(String type, List<Choice> choices, List<String> correctResponsesPattern) {
        public Interaction {
            choices = List.copyOf(choices);
            correctResponsesPattern = List.copyOf(correctResponsesPattern);
        }
    }

    /** An option of an interaction: the id a response uses and its text per locale. */
    public record Choice(String id, Map<String, String> description) {}

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

    /**
     * The verbs Signaal records, from the ADL vocabulary; {@code earned} (a certificate) from the Tin Can registry,
     * as ADL has none for being awarded something (decision 0055).
     */
    public enum Verb {
        EXPERIENCED,
        ANSWERED,
        RESPONDED,
        PASSED,
        FAILED,
        COMPLETED,
        /** Present at a live session or a webinar, as a whole (decision 0055). */
        ATTENDED,
        /** Awarded a certificate (decision 0055). */
        EARNED;

        String iri() {
            return this == EARNED
                    ? "http://id.tincanapi.com/verb/earned"
                    : "http://adlnet.gov/expapi/verbs/" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum ActivityType {
        MODULE("http://adlnet.gov/expapi/activities/module"),
        LESSON("http://adlnet.gov/expapi/activities/lesson"),
        ASSESSMENT("http://adlnet.gov/expapi/activities/assessment"),
        QUESTION("http://adlnet.gov/expapi/activities/cmi.interaction"),
        SIMULATION("http://adlnet.gov/expapi/activities/simulation"),
        SCENE("http://adlnet.gov/expapi/activities/interaction"),
        LIVE_SESSION("http://adlnet.gov/expapi/activities/meeting"),
        /** Signaal's own types are relative to the activity base IRI's root, like the extensions. */
        REFRESHER_SESSION("/activity-types/refresher-session"),
        POOLING_EXERCISE("/activity-types/pooling-exercise"),
        /** A webinar: a meeting, as a live session is (decision 0055). */
        WEBINAR("http://adlnet.gov/expapi/activities/meeting"),
        /** A learning track: ADL's course, a whole of modules, cases and sessions (decision 0055). */
        TRACK("http://adlnet.gov/expapi/activities/course"),
        /** A certificate, in the Tin Can registry's type (decision 0055). */
        CERTIFICATE("http://id.tincanapi.com/activitytype/certificate");

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
