package nl.signaal.progress;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;

/** The one way to write a learning record: an event becomes an xAPI statement, appended. */
@Singleton
public class LearningRecords {
    static final String CONTENT_VERSION_EXTENSION = "/extensions/content-version";
    static final String MODULE_EXTENSION = "/extensions/module";
    static final String COMPETENCY_EXTENSION = "/extensions/competency";
    static final String LIVE_SESSION_EXTENSION = "/extensions/live-session";

    private final LearningRecordRepository records;
    private final JsonMapper json;
    private final Clock clock;
    private final String baseIri;
    private final String homePage;
    private final ApplicationEventPublisher<LearningRecorded> recorded;

    LearningRecords(
            LearningRecordRepository records,
            JsonMapper json,
            Clock clock,
            @Value("${signaal.xapi.base-iri}") String baseIri,
            @Value("${signaal.public-url}") String homePage,
            ApplicationEventPublisher<LearningRecorded> recorded) {
        this.records = records;
        this.recorded = recorded;
        this.json = json;
        this.clock = clock;
        this.baseIri = baseIri.endsWith("/") ? baseIri.substring(0, baseIri.length() - 1) : baseIri;
        this.homePage = homePage;
    }

    /** Appends the statement for this event; call it inside the transaction of the action it records. */
    public Statement record(SignedInUser learner, LearningEvent event) {
        return record(learner, event, UUID.randomUUID());
    }

    /**
     * Appends the statement under the given id, for actions whose client id makes them idempotent: a second
     * record with the same id fails on the primary key, so a retry cannot record twice.
     */
    public Statement record(SignedInUser learner, LearningEvent event, UUID statementId) {
        return record(learner, event, statementId, clock.instant());
    }

    /** As {@link #record(SignedInUser, LearningEvent, UUID)}, at a given moment (demo data made in the past). */
    public Statement record(SignedInUser learner, LearningEvent event, UUID statementId, Instant now) {
        Statement statement = toStatement(learner, event, statementId, now);
        LearningEvent.Outcome outcome = event.outcome();
        Double scaled = outcome != null && outcome.raw() != null && outcome.max() != null && outcome.max() > 0
                ? outcome.raw() / (double) outcome.max()
                : null;
        records.save(new LearningRecord(
                UUID.fromString(statement.id()),
                learner.id(),
                learner.organisationId(),
                event.verb().name(),
                statement.object().id(),
                event.moduleId(),
                event.registration(),
                scaled,
                outcome == null ? null : outcome.success(),
                now,
                write(statement)));
        recorded.publishEvent(new LearningRecorded(
                learner.id(),
                learner.organisationId(),
                event.verb(),
                event.activityPath(),
                event.moduleId(),
                event.contentVersion(),
                now));
        return statement;
    }

    String activityIri(String path) {
        return baseIri + "/activities/" + path;
    }

    /** The activity path (relative to the activity base IRI) of a stored activity id. */
    String activityPath(String activityIri) {
        String prefix = baseIri + "/activities/";
        return activityIri.startsWith(prefix) ? activityIri.substring(prefix.length()) : activityIri;
    }

    /** The competency extension of a stored statement, if it has one. */
    String competency(Statement statement) {
        if (statement.context() == null || statement.context().extensions() == null) {
            return null;
        }
        Object competency = statement.context().extensions().get(baseIri + COMPETENCY_EXTENSION);
        return competency == null ? null : competency.toString();
    }

    Statement read(LearningRecord record) {
        try {
            return json.readValue(record.statement(), Statement.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored statement " + record.id() + " is not readable", e);
        }
    }

    private Statement toStatement(SignedInUser learner, LearningEvent event, UUID id, Instant now) {
        var verb = new Statement.Verb(
                event.verb().iri(), Map.of("en-US", event.verb().name().toLowerCase(java.util.Locale.ROOT)));
        var definition = new Statement.Definition(
                event.type().iri,
                Map.of(event.locale(), event.activityName()),
                event.type() == LearningEvent.ActivityType.QUESTION ? "choice" : null);
        var activity = new Statement.Activity("Activity", activityIri(event.activityPath()), definition);
        Statement.Result result = null;
        LearningEvent.Outcome outcome = event.outcome();
        if (outcome != null) {
            Statement.Score score = outcome.raw() == null || outcome.max() == null
                    ? null
                    : new Statement.Score(
                            outcome.max() == 0 ? 0 : outcome.raw() / (double) outcome.max(),
                            outcome.raw(),
                            0,
                            outcome.max());
            result = new Statement.Result(score, outcome.success(), outcome.completion(), outcome.response());
        }
        var extensions = new java.util.LinkedHashMap<String, Object>();
        extensions.put(baseIri + CONTENT_VERSION_EXTENSION, event.contentVersion());
        if (event.moduleId() != null) {
            extensions.put(baseIri + MODULE_EXTENSION, event.moduleId());
        }
        if (event.competency() != null) {
            extensions.put(baseIri + COMPETENCY_EXTENSION, event.competency());
        }
        if (event.liveSession() != null) {
            extensions.put(baseIri + LIVE_SESSION_EXTENSION, event.liveSession().toString());
        }
        var context = new Statement.Context(
                event.registration() == null ? null : event.registration().toString(),
                "Signaal",
                event.locale(),
                extensions);
        String time = now.toString();
        return new Statement(
                id.toString(),
                new Statement.Agent(
                        "Agent", new Statement.Account(homePage, learner.id().toString())),
                verb,
                activity,
                result,
                context,
                time,
                time,
                "1.0.3");
    }

    private String write(Statement statement) {
        try {
            return json.writeValueAsString(statement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
