package nl.signaal.progress;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    static final String PROFILE = "/profiles/signaal";
    static final String PROFILE_TYPE = "http://adlnet.gov/expapi/activities/profile";

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

    /**
     * Appends the statement under this stable id unless a statement with it is stored already (decision 0055: a
     * statement for a session, webinar, track or certificate as a whole, whose id is derived from what it is about,
     * so a retry or a second end writes nothing). Empty when it was there.
     */
    public java.util.Optional<Statement> recordOnce(SignedInUser learner, LearningEvent event, UUID statementId) {
        if (records.findById(statementId).isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(record(learner, event, statementId));
    }

    /** As {@link #record(SignedInUser, LearningEvent, UUID)}, at a given moment (demo data made in the past). */
    public Statement record(SignedInUser learner, LearningEvent event, UUID statementId, Instant now) {
        Statement statement = toStatement(learner, event, statementId, now);
        records.save(row(learner, event, statement, now));
        recorded.publishEvent(recorded(learner, event, now));
        return statement;
    }

    /**
     * Appends the statements of several events of one action (a choice and the scene it leads to) in one batch: one
     * round trip instead of one per statement. Each is stored as {@link #record(SignedInUser, LearningEvent)} would,
     * in the order given: every next one at least a microsecond after the one before, so ordering by stored_at keeps
     * that order. Call it inside the transaction of the action.
     */
    public List<Statement> recordAll(SignedInUser learner, List<LearningEvent> events) {
        List<Statement> statements = new java.util.ArrayList<>(events.size());
        List<LearningRecord> rows = new java.util.ArrayList<>(events.size());
        List<Instant> moments = new java.util.ArrayList<>(events.size());
        Instant previous = null;
        for (LearningEvent event : events) {
            Instant now = clock.instant();
            if (previous != null && !now.isAfter(previous)) {
                now = previous.plus(1, java.time.temporal.ChronoUnit.MICROS);
            }
            previous = now;
            Statement statement = toStatement(learner, event, UUID.randomUUID(), now);
            statements.add(statement);
            rows.add(row(learner, event, statement, now));
            moments.add(now);
        }
        records.saveAll(rows);
        for (int i = 0; i < events.size(); i++) {
            recorded.publishEvent(recorded(learner, events.get(i), moments.get(i)));
        }
        return statements;
    }

    private LearningRecord row(SignedInUser learner, LearningEvent event, Statement statement, Instant now) {
        LearningEvent.Outcome outcome = event.outcome();
        Double scaled = outcome != null && outcome.raw() != null && outcome.max() != null && outcome.max() > 0
                ? outcome.raw() / (double) outcome.max()
                : null;
        return new LearningRecord(
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
                write(statement));
    }

    private static LearningRecorded recorded(SignedInUser learner, LearningEvent event, Instant now) {
        LearningEvent.Outcome outcome = event.outcome();
        return new LearningRecorded(
                learner.id(),
                learner.organisationId(),
                event.verb(),
                event.activityPath(),
                event.moduleId(),
                event.contentVersion(),
                now,
                event.competency(),
                outcome == null ? null : outcome.success());
    }

    /**
     * The statements with these ids that belong to the organisation, as the organisation reads them (decision 0042:
     * with context activities and the correct responses), for its own LRS (decision 0054). Another organisation's
     * ids and unknown ids are left out; an erased learner's statements are the pseudonymised ones.
     */
    public List<Statement> ofOrganisation(UUID organisationId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return records.findByOrganisationIdAndIdIn(organisationId, ids).stream()
                .map(this::read)
                .toList();
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

    /**
     * The stored statement; one stored before statements had context activities gets them now, derived as for a new
     * one (decision 0042), so an LRS can roll up old records too.
     */
    Statement read(LearningRecord record) {
        Statement stored;
        try {
            stored = json.readValue(record.statement(), Statement.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored statement " + record.id() + " is not readable", e);
        }
        Statement.Context context = stored.context();
        if (context == null || context.contextActivities() != null) {
            return stored;
        }
        Map<String, Object> extensions = context.extensions() == null ? Map.of() : context.extensions();
        Object module = extensions.get(baseIri + MODULE_EXTENSION);
        Object live = extensions.get(baseIri + LIVE_SESSION_EXTENSION);
        var derived = new Statement.Context(
                context.registration(),
                context.platform(),
                context.language(),
                contextActivities(StatementContexts.of(
                        activityPath(stored.object().id()),
                        stored.verb().id(),
                        context.registration(),
                        module == null ? null : module.toString(),
                        live == null ? null : live.toString())),
                context.extensions());
        return new Statement(
                stored.id(),
                stored.actor(),
                stored.verb(),
                stored.object(),
                stored.result(),
                derived,
                stored.timestamp(),
                stored.stored(),
                stored.version());
    }

    /**
     * The stored statement as its learner may read it: without the interaction's correct responses, as the product
     * never shows a learner the key of a check they failed (decisions 0020 and 0042).
     */
    Statement readForLearner(LearningRecord record) {
        Statement statement = read(record);
        Statement.Definition definition = statement.object().definition();
        if (definition == null || definition.correctResponsesPattern() == null) {
            return statement;
        }
        return new Statement(
                statement.id(),
                statement.actor(),
                statement.verb(),
                new Statement.Activity(
                        statement.object().objectType(), statement.object().id(), definition.withoutKey()),
                statement.result(),
                statement.context(),
                statement.timestamp(),
                statement.stored(),
                statement.version());
    }

    private Statement toStatement(SignedInUser learner, LearningEvent event, UUID id, Instant now) {
        var verb = new Statement.Verb(
                event.verb().iri(), Map.of("en-US", event.verb().name().toLowerCase(java.util.Locale.ROOT)));
        LearningEvent.Shape shape = event.shape();
        LearningEvent.Interaction interaction = shape.interaction();
        var definition = new Statement.Definition(
                typeIri(event.type()),
                shape.names() != null && !shape.names().isEmpty()
                        ? shape.names()
                        : Map.of(event.locale(), event.activityName()),
                interaction != null
                        ? interaction.type()
                        : event.type() == LearningEvent.ActivityType.QUESTION ? "choice" : null,
                interaction == null || interaction.correctResponsesPattern().isEmpty()
                        ? null
                        : interaction.correctResponsesPattern(),
                interaction == null || interaction.choices().isEmpty()
                        ? null
                        : interaction.choices().stream()
                                .map(c -> new Statement.InteractionComponent(c.id(), c.description()))
                                .toList());
        var activity = new Statement.Activity("Activity", activityIri(event.activityPath()), definition);
        String duration = shape.startedAt() == null
                ? null
                : duration(shape.startedAt(), shape.endedAt() == null ? now : shape.endedAt());
        Statement.Result result = null;
        LearningEvent.Outcome outcome = event.outcome();
        if (outcome != null || duration != null) {
            Statement.Score score = outcome == null || outcome.raw() == null || outcome.max() == null
                    ? null
                    : new Statement.Score(
                            outcome.max() == 0 ? 0 : outcome.raw() / (double) outcome.max(),
                            outcome.raw(),
                            0,
                            outcome.max());
            result = outcome == null
                    ? new Statement.Result(null, null, null, null, duration)
                    : new Statement.Result(
                            score, outcome.success(), outcome.completion(), outcome.response(), duration);
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
        shape.extensions().forEach((key, value) -> extensions.put(baseIri + key, value));
        var context = new Statement.Context(
                event.registration() == null ? null : event.registration().toString(),
                "Signaal",
                event.locale(),
                contextActivities(StatementContexts.of(
                        event.activityPath(),
                        event.verb().iri(),
                        event.registration() == null
                                ? null
                                : event.registration().toString(),
                        event.moduleId(),
                        event.liveSession() == null ? null : event.liveSession().toString(),
                        shape.about())),
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

    /** An ISO 8601 duration to the hundredth of a second, the precision xAPI keeps. */
    static String duration(Instant from, Instant to) {
        long millis = Math.max(0, java.time.Duration.between(from, to).toMillis());
        return java.time.Duration.ofMillis(millis / 10 * 10).toString();
    }

    private Statement.ContextActivities contextActivities(StatementContexts.Links links) {
        return new Statement.ContextActivities(
                activities(links.parents()), activities(links.groupings()), List.of(profile()));
    }

    private List<Statement.Activity> activities(List<StatementContexts.Link> links) {
        return links.stream()
                .map(link -> new Statement.Activity(
                        "Activity",
                        activityIri(link.path()),
                        new Statement.Definition(typeIri(link.type()), null, null, null, null)))
                .toList();
    }

    /** Every statement is in Signaal's profile (category), so an LRS can tell them from other sources'. */
    private Statement.Activity profile() {
        return new Statement.Activity(
                "Activity",
                baseIri + PROFILE,
                new Statement.Definition(PROFILE_TYPE, Map.of("en", "Signaal"), null, null, null));
    }

    private String typeIri(LearningEvent.ActivityType type) {
        return type.iri.startsWith("/") ? baseIri + type.iri : type.iri;
    }

    private String write(Statement statement) {
        try {
            return json.writeValueAsString(statement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
