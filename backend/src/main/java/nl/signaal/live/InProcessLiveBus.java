package nl.signaal.live;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The bus of a single instance (the embedded H2 default): a published change goes straight to this node's listeners.
 * Listeners only queue work, so publishing never waits on them.
 */
@Singleton
class InProcessLiveBus implements LiveBus {
    private final List<Consumer<UUID>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(UUID sessionId) {
        listeners.forEach(listener -> listener.accept(sessionId));
    }

    @Override
    public void subscribe(Consumer<UUID> listener) {
        listeners.add(listener);
    }
}
