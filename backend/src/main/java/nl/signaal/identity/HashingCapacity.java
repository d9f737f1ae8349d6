package nl.signaal.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds how many Argon2id computations run at once. Each takes 19 MiB and a core for ~50 ms: left
 * unbounded, 300 simultaneous logins took 5 GB and starved /health. A few requests may wait a
 * short while for a slot; beyond that they are refused at once without hashing ({@link Busy}).
 */
@Singleton
class HashingCapacity {
    private final Semaphore slots;
    private final Semaphore admitted;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    HashingCapacity(
            @Value("${signaal.password-hashing.concurrency:0}") int concurrency,
            @Value("${signaal.password-hashing.max-waiting:0}") int maxWaiting,
            @Value("${signaal.password-hashing.max-wait:2s}") Duration maxWait) {
        int size =
                concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.slots = new Semaphore(size, true);
        this.maxWaiting = maxWaiting > 0 ? maxWaiting : 4 * size;
        this.maxWait = maxWait;
        this.admitted = new Semaphore((int) Math.min(Integer.MAX_VALUE, (long) size + this.maxWaiting));
    }

    /** Thrown instead of hashing when every slot is taken and the queue is full or the wait ran out. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("Password hashing is at capacity", null, false, false);
        }
    }

    /**
     * Lets a login start its database work (throttle bookkeeping) only while it can expect a slot:
     * beyond the slots and the queue it is refused at once, before it queues for a database
     * connection that /health needs too.
     */
    <T> T admit(Supplier<T> login) {
        if (!admitted.tryAcquire()) {
            throw new Busy();
        }
        try {
            return login.get();
        } finally {
            admitted.release();
        }
    }

    <T> T run(Supplier<T> work) {
        if (!slots.tryAcquire()) {
            waitForSlot();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private void waitForSlot() {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new Busy();
        }
        try {
            if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        } finally {
            waiting.decrementAndGet();
        }
    }
}
