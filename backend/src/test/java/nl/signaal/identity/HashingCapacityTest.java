package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashingCapacityTest {

    @Test
    void refusesWorkWhenTheSlotsAreTakenAndTheWaitRunsOut() throws Exception {
        HashingCapacity capacity = new HashingCapacity(1, 1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> capacity.run(() -> {
                holding.countDown();
                await(release);
                return "done";
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> capacity.run(() -> "second")).isInstanceOf(HashingCapacity.Busy.class);

            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(capacity.run(() -> "after")).isEqualTo("after");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAtOnceWhenTheQueueIsFull() throws Exception {
        HashingCapacity capacity = new HashingCapacity(1, 1, Duration.ofSeconds(30));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> capacity.run(() -> {
                holding.countDown();
                await(release);
                return "first";
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> waiting = pool.submit(() -> capacity.run(() -> "waited"));
            Thread.sleep(200);

            long start = System.nanoTime();
            assertThatThrownBy(() -> capacity.run(() -> "third")).isInstanceOf(HashingCapacity.Busy.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            release.countDown();
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("waited");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
