package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * This node's connected screens, per session and audience. On a {@link LiveBus} signal the session is read once,
 * each audience's view is rendered and written to JSON once, and that one string goes to every screen of the audience:
 * the cost of a change does not grow with the number of screens beyond the writes themselves. Signals within 100 ms
 * of the last push are coalesced into one push 100 ms after it (a burst of votes becomes at most ten views a second);
 * a signal after a quiet spell, such as a facilitator action, is pushed at once. All of it runs on one thread per
 * node, so there are no locks, and a connection costs no thread: the screens are subscribers of a Reactor sink.
 */
@Singleton
class LiveStreams {
    static final Duration COALESCE = Duration.ofMillis(100);
    static final Duration PING = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(LiveStreams.class);

    private final Snapshots snapshots;
    private final LiveViews views;
    private final LiveParticipantRepository participants;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<UUID, Hub> hubs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-streams");
        thread.setDaemon(true);
        return thread;
    });
    private final Flux<Signal> pings;

    LiveStreams(
            LiveBus bus,
            Snapshots snapshots,
            LiveViews views,
            LiveParticipantRepository participants,
            JsonMapper json,
            Clock clock) {
        this.snapshots = snapshots;
        this.views = views;
        this.participants = participants;
        this.json = json;
        this.clock = clock;
        this.pings = Flux.interval(PING).map(tick -> ping()).share();
        bus.subscribe(this::changed);
    }

    /** One thing sent to an audience: a view (last when the session ended) or a participant's removal. */
    record Signal(
            Event<String> event, boolean last, @Nullable UUID removed) {}

    /** What was last pushed to one audience. */
    record Pushed(String eventId, Event<String> event, boolean last) {}

    /** A session's screens on this node; touched only on the worker thread, except the sinks' subscriptions. */
    static final class Hub {
        final UUID sessionId;
        final Sinks.Many<Signal> facilitators = Sinks.many().multicast().directBestEffort();
        final Sinks.Many<Signal> participants = Sinks.many().multicast().directBestEffort();
        final Set<UUID> removedSignalled = new HashSet<>();
        volatile Pushed facilitatorView;
        volatile Pushed participantView;
        int connections;
        long lastPushNanos = Long.MIN_VALUE / 2;
        boolean pending;

        @Nullable
        Instant timerScheduled;

        Hub(UUID sessionId) {
            this.sessionId = sessionId;
        }
    }

    Publisher<Event<String>> facilitator(UUID sessionId, @Nullable String lastEventId) {
        return stream(sessionId, lastEventId, null);
    }

    Publisher<Event<String>> participant(UUID sessionId, UUID participantId, @Nullable String lastEventId) {
        return stream(sessionId, lastEventId, participantId);
    }

    private Flux<Event<String>> stream(UUID sessionId, @Nullable String lastEventId, @Nullable UUID participantId) {
        boolean facilitator = participantId == null;
        // connect() runs on the worker; nothing here blocks the thread that subscribes (an event loop).
        return Flux.defer(() -> Mono.fromFuture(connect(sessionId)).flatMapMany(hub -> {
            Pushed current = facilitator ? hub.facilitatorView : hub.participantView;
            Sinks.Many<Signal> sink = facilitator ? hub.facilitators : hub.participants;
            // A ping when the view is not due: the response (and its headers) starts at once either way.
            Flux<Signal> first = current == null || current.eventId().equals(lastEventId) && !current.last()
                    ? Flux.just(ping())
                    : Flux.just(new Signal(current.event(), current.last(), null));
            return Flux.merge(first.concatWith(sink.asFlux()), pings)
                    .filter(signal ->
                            signal.removed() == null || signal.removed().equals(participantId))
                    .takeUntil(signal -> signal.last() || signal.removed() != null)
                    .map(Signal::event)
                    .doFinally(done -> worker.execute(() -> disconnect(hub)));
        }));
    }

    /** The session's hub with one more connection, its views rendered now if it had none. */
    private CompletableFuture<Hub> connect(UUID sessionId) {
        CompletableFuture<Hub> connected = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                Hub hub = hubs.computeIfAbsent(sessionId, Hub::new);
                hub.connections++;
                if (hub.facilitatorView == null) {
                    push(hub);
                }
                connected.complete(hub);
            } catch (RuntimeException e) {
                connected.completeExceptionally(e);
            }
        });
        return connected;
    }

    private void disconnect(Hub hub) {
        hub.connections--;
        if (hub.connections <= 0) {
            hubs.remove(hub.sessionId, hub);
        }
    }

    /** A committed change of a session, from any node. */
    void changed(UUID sessionId) {
        if (LiveBus.EVERY_SESSION.equals(sessionId)) {
            // the bus may have missed changes (its database connection was lost): re-read every session shown here
            hubs.keySet().forEach(this::changed);
            return;
        }
        if (!hubs.containsKey(sessionId)) {
            return; // no screen of it here
        }
        worker.execute(() -> {
            Hub hub = hubs.get(sessionId);
            if (hub == null || hub.pending) {
                return;
            }
            long since = System.nanoTime() - hub.lastPushNanos;
            if (since >= COALESCE.toNanos()) {
                push(hub);
            } else {
                hub.pending = true;
                worker.schedule(
                        () -> {
                            hub.pending = false;
                            if (hubs.get(sessionId) == hub) {
                                push(hub);
                            }
                        },
                        COALESCE.toNanos() - since,
                        TimeUnit.NANOSECONDS);
            }
        });
    }

    /** Reads the session, renders both views once and sends what changed. Worker thread only. */
    private void push(Hub hub) {
        hub.lastPushNanos = System.nanoTime();
        Snapshot snapshot;
        try {
            snapshot = snapshots.of(hub.sessionId);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read live session {} for its screens", hub.sessionId, e);
            return;
        }
        LiveSession session = snapshot.session();
        boolean last = session.ended();
        String eventId = views.eventId(session, clock.instant());
        if (hub.facilitatorView == null || !hub.facilitatorView.eventId().equals(eventId)) {
            Pushed facilitator = pushed(eventId, write(views.facilitator(snapshot)), last);
            Pushed participant = pushed(eventId, write(views.participant(snapshot)), last);
            hub.facilitatorView = facilitator;
            hub.participantView = participant;
            removals(hub);
            hub.facilitators.tryEmitNext(new Signal(facilitator.event(), last, null));
            hub.participants.tryEmitNext(new Signal(participant.event(), last, null));
        }
        scheduleTimer(hub, session);
    }

    private void removals(Hub hub) {
        if (hub.participants.currentSubscriberCount() == 0) {
            return;
        }
        for (UUID removed : participants.removedOf(hub.sessionId)) {
            if (hub.removedSignalled.add(removed)) {
                hub.participants.tryEmitNext(new Signal(Event.of("{}").name("removed"), false, removed));
            }
        }
    }

    /** A running timer changes the view when it passes without any write: push then. */
    private void scheduleTimer(Hub hub, LiveSession session) {
        Instant ends = session.timerEndsAt();
        if (ends == null || !LiveSession.VOTING.equals(session.phase()) || ends.equals(hub.timerScheduled)) {
            return;
        }
        Duration left = Duration.between(clock.instant(), ends);
        if (left.isNegative()) {
            return;
        }
        hub.timerScheduled = ends;
        worker.schedule(() -> changed(hub.sessionId), left.toMillis() + 20, TimeUnit.MILLISECONDS);
    }

    /** A comment line ": ping" (with an empty "ping" event, as Micronaut always writes a data line). */
    private static Signal ping() {
        return new Signal(Event.of("").name("ping").comment("ping"), false, null);
    }

    private static Pushed pushed(String eventId, String data, boolean last) {
        return new Pushed(eventId, Event.of(data).id(eventId).name("view"), last);
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
