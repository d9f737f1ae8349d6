package nl.signaal.live;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Carries "live session X changed" to every app instance, this one included, after the change committed. The
 * embedded H2 default runs one node, so an in-process bus serves it; on PostgreSQL LISTEN/NOTIFY fans the change out
 * to every instance on the same database (docs/decisions/0015-live-sessions.md). Delivery is at most once and may
 * coalesce: a listener reloads the session's current state, so a lost or merged signal costs nothing but a later
 * update.
 */
interface LiveBus {

    /**
     * Delivered instead of a session id when changes may have been missed (the PostgreSQL bus after its listening
     * connection was lost and listens again): every listener re-reads every session it serves. Never published.
     */
    UUID EVERY_SESSION = new UUID(0L, 0L);

    /** Announces a committed change of the session; never blocks on the listeners. */
    void publish(UUID sessionId);

    /** Registers a listener that receives every published session id, from any instance. */
    void subscribe(Consumer<UUID> listener);
}
