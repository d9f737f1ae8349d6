package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** The outbox's delivery and rows for tests of features that plan into it (their package cannot see these). */
@Singleton
public class TestOutbox {
    private final SendingReminders sending;
    private final ReminderRepository outbox;

    TestOutbox(SendingReminders sending, ReminderRepository outbox) {
        this.sending = sending;
        this.outbox = outbox;
    }

    /** A row as a test may look at it. */
    public record Row(
            String kind,
            String key,
            String status,
            int attempts,
            @Nullable String lastError) {}

    /** Sends batches until nothing due is left; returns how many went out. */
    public int sendAll() {
        int total = 0;
        int sent;
        do {
            sent = sending.sendDue();
            total += sent;
        } while (sent > 0);
        return total;
    }

    public List<Row> of(UUID user) {
        return outbox.findByUserId(user).stream()
                .map(r -> new Row(r.kind(), r.mailKey(), r.status(), r.attempts(), r.lastError()))
                .toList();
    }

    public static java.time.Duration backoff(int attempts) {
        return SendingReminders.backoff(attempts);
    }
}
