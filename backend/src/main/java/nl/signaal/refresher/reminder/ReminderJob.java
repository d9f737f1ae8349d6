package nl.signaal.refresher.reminder;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans this week's reminders, sends the outbox and forgets the content of reminders past the retention period, on
 * every instance (the outbox keeps that safe).
 */
@Singleton
@Requires(property = "signaal.reminders.enabled", notEquals = "false")
class ReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final PlanningReminders planning;
    private final SendingReminders sending;
    private final ForgettingSentReminders forgetting;

    ReminderJob(PlanningReminders planning, SendingReminders sending, ForgettingSentReminders forgetting) {
        this.planning = planning;
        this.sending = sending;
        this.forgetting = forgetting;
    }

    @Scheduled(fixedDelay = "${signaal.reminders.interval:5m}", initialDelay = "${signaal.reminders.initial-delay:1m}")
    void run() {
        try {
            int planned = planning.planAll();
            int sent;
            int total = 0;
            do {
                sent = sending.sendDue();
                total += sent;
            } while (sent > 0);
            int forgotten = forgetting.forget();
            if (planned > 0 || total > 0 || forgotten > 0) {
                LOG.info("Reminders: {} planned, {} sent, {} past retention forgotten", planned, total, forgotten);
            }
        } catch (RuntimeException e) {
            LOG.error("Reminder run failed; the outbox keeps everything for the next run", e);
        }
    }
}
