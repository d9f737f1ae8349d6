package nl.signaal.progress.forwarding;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import nl.signaal.progress.LearningRecords;
import nl.signaal.progress.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards every organisation's learning records to its LRS (decision 0054). Per organisation with forwarding: queue
 * what was stored since the last run from the append-only learning_record, then, unless paused, claim due rows in
 * batches and POST them; a 409 (the LRS has one of the ids already) or another refusal of the batch sends its
 * statements one by one with PUT, where 409 means "already there". No answer, 429 and 5xx wait with exponential
 * backoff (and Retry-After), for ever; other 4xx reject the statement until an administrator retries. Sending is at
 * least once (a crash between the answer and the mark sends again); storing is once, as the LRS keys on the id.
 */
@Singleton
class Forwarder {
    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);
    static final Duration LEASE = Duration.ofMinutes(15);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(6);
    /** Delivered rows are kept this long past the look-back, so no fill can queue their statement again. */
    static final Duration KEEP_DELIVERED = Duration.ofDays(1);

    static final int ERROR_LENGTH = 300;

    private final LrsForwardingRepository settings;
    private final Outbox outbox;
    private final LearningRecords records;
    private final LrsClient lrs;
    private final LrsSecrets secrets;
    private final LrsEndpoints endpoints;
    private final JsonMapper json;
    private final Clock clock;
    private final String instanceId;
    private final Duration lookBack;
    private final int batch;
    private final int batchesPerRun;
    private final DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    @Inject
    Forwarder(
            LrsForwardingRepository settings,
            Outbox outbox,
            LearningRecords records,
            LrsClient lrs,
            LrsSecrets secrets,
            LrsEndpoints endpoints,
            JsonMapper json,
            Clock clock,
            @Value("${signaal.reminders.instance-id:}") String instanceId,
            @Value("${signaal.lrs.look-back:10m}") Duration lookBack,
            @Value("${signaal.lrs.batch:50}") int batch,
            @Value("${signaal.lrs.batches-per-run:20}") int batchesPerRun) {
        this.settings = settings;
        this.outbox = outbox;
        this.records = records;
        this.lrs = lrs;
        this.secrets = secrets;
        this.endpoints = endpoints;
        this.json = json;
        this.clock = clock;
        String id = instanceId.isBlank() ? UUID.randomUUID().toString() : instanceId;
        this.instanceId = id.length() > 60 ? id.substring(0, 60) : id;
        this.lookBack = lookBack;
        this.batch = batch;
        this.batchesPerRun = batchesPerRun;
    }

    /** One run over every organisation with forwarding; returns how many statements were delivered. */
    int run() {
        int delivered = 0;
        for (LrsForwarding forwarding : settings.findAll()) {
            try {
                delivered += run(forwarding.organisationId());
            } catch (RuntimeException e) {
                LOG.warn(
                        "LRS forwarding of organisation {} failed; the outbox keeps everything",
                        forwarding.organisationId(),
                        e);
            }
        }
        return delivered;
    }

    /** Queues, sends and tidies one organisation's statements; returns how many were delivered. */
    int run(UUID organisationId) {
        outbox.fill(organisationId, clock.instant(), lookBack);
        LrsForwarding forwarding = settings.findById(organisationId).orElse(null);
        int delivered = 0;
        if (forwarding != null && forwarding.enabled()) {
            delivered = send(forwarding);
        }
        if (forwarding != null) {
            outbox.forget(
                    organisationId, forwarding.queuedThrough().minus(lookBack).minus(KEEP_DELIVERED));
        }
        return delivered;
    }

    private int send(LrsForwarding forwarding) {
        UUID organisationId = forwarding.organisationId();
        String password;
        try {
            endpoints.checkReachable(forwarding.endpoint());
            password = secrets.decrypt(organisationId, forwarding.passwordEncrypted());
        } catch (LrsEndpoints.NotAllowed e) {
            outbox.failed(organisationId, clock.instant(), shorten(e.getMessage()));
            return 0;
        } catch (LrsSecrets.UnreadableSecret e) {
            outbox.failed(
                    organisationId,
                    clock.instant(),
                    "The stored LRS password cannot be read with this server's key (signaal.lrs.secret-key):"
                            + " enter it again");
            return 0;
        }
        var target = new Target(organisationId, forwarding.endpoint(), forwarding.username(), password);
        int delivered = 0;
        for (int i = 0; i < batchesPerRun; i++) {
            String claim = instanceId + "/" + UUID.randomUUID();
            List<Outbox.Claimed> claimed = outbox.claim(organisationId, claim, clock.instant(), LEASE, batch);
            if (claimed.isEmpty()) {
                break;
            }
            Sent sent = sendBatch(target, claimed, claim);
            delivered += sent.delivered();
            if (sent.stop()) {
                break;
            }
        }
        return delivered;
    }

    private record Target(UUID organisationId, String endpoint, String username, String password) {}

    private record Sent(int delivered, boolean stop) {}

    private Sent sendBatch(Target target, List<Outbox.Claimed> claimed, String claim) {
        List<UUID> ids = claimed.stream().map(Outbox.Claimed::statementId).toList();
        Map<UUID, String> bodies = new LinkedHashMap<>();
        for (Statement statement : records.ofOrganisation(target.organisationId(), ids)) {
            bodies.put(UUID.fromString(statement.id()), write(forLrs(statement)));
        }
        Set<UUID> gone = new HashSet<>(ids);
        gone.removeAll(bodies.keySet());
        outbox.gone(gone, claim);
        List<Outbox.Claimed> toSend = claimed.stream()
                .filter(row -> bodies.containsKey(row.statementId()))
                .toList();
        if (toSend.isEmpty()) {
            return new Sent(0, false);
        }
        LrsClient.Answer answer = lrs.post(
                target.endpoint(), target.username(), target.password(), "[" + String.join(",", bodies.values()) + "]");
        Instant now = clock.instant();
        if (answer.stored()) {
            return new Sent(outbox.delivered(target.organisationId(), bodies.keySet(), claim, now), false);
        }
        if (answer.retryable()) {
            waitAndRetry(target, toSend, claim, answer);
            return new Sent(0, true);
        }
        // 409: one of them is there already, and the LRS stored none of the batch; other 4xx: find the one it
        // refuses. Either way, one by one.
        return sendOneByOne(target, toSend, bodies, claim);
    }

    private Sent sendOneByOne(Target target, List<Outbox.Claimed> rows, Map<UUID, String> bodies, String claim) {
        int delivered = 0;
        Instant started = clock.instant();
        for (int i = 0; i < rows.size(); i++) {
            if (clock.instant().isAfter(started.plus(LEASE.dividedBy(2)))) {
                // A slow LRS: hand the rest back before the lease could run out and another instance send them too.
                outbox.release(rows.subList(i, rows.size()), claim);
                return new Sent(delivered, true);
            }
            UUID id = rows.get(i).statementId();
            LrsClient.Answer answer =
                    lrs.put(target.endpoint(), target.username(), target.password(), id.toString(), bodies.get(id));
            Instant now = clock.instant();
            if (answer.stored() || answer.conflict()) {
                delivered += outbox.delivered(target.organisationId(), List.of(id), claim, now);
            } else if (answer.retryable()) {
                waitAndRetry(target, rows.subList(i, rows.size()), claim, answer);
                return new Sent(delivered, true);
            } else {
                outbox.rejected(target.organisationId(), id, claim, now, shorten(answer.error()));
            }
        }
        return new Sent(delivered, false);
    }

    private void waitAndRetry(Target target, List<Outbox.Claimed> rows, String claim, LrsClient.Answer answer) {
        Instant now = clock.instant();
        outbox.retryLater(
                target.organisationId(),
                rows,
                claim,
                now,
                shorten(answer.error()),
                attempts -> now.plus(backoff(attempts, answer.retryAfter(), jitter.getAsDouble())));
    }

    /**
     * 10 s after the first failure, doubling to at most an hour, each up to a quarter longer at random (so instances
     * and organisations do not retry in step); at least what the LRS's Retry-After asks, up to six hours.
     */
    static Duration backoff(int attempts, @Nullable Duration retryAfter, double random) {
        long base = FIRST_BACKOFF.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long wait = Math.min((long) (base * (1 + random / 4)), MAX_BACKOFF.toMillis());
        if (retryAfter != null) {
            wait = Math.max(wait, Math.min(retryAfter.toMillis(), MAX_RETRY_AFTER.toMillis()));
        }
        return Duration.ofMillis(wait);
    }

    /**
     * The statement as the LRS gets it: without {@code stored}, which the LRS sets itself (xAPI 1.0.3, part 2,
     * 2.4.8); Signaal's statements carry no {@code authority}. The id, timestamp and version go as they are.
     */
    static Statement forLrs(Statement statement) {
        return new Statement(
                statement.id(),
                statement.actor(),
                statement.verb(),
                statement.object(),
                statement.result(),
                statement.context(),
                statement.timestamp(),
                null,
                statement.version());
    }

    private String write(Statement statement) {
        try {
            return json.writeValueAsString(statement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shorten(@Nullable String error) {
        if (error == null) {
            return "Unknown error";
        }
        return error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH - 1) + "…" : error;
    }
}
