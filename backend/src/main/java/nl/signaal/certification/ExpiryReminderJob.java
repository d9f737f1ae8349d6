package nl.signaal.certification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans certificate expiry reminders on every instance (the outbox's unique key keeps that safe); the reminder job
 * sends them with the weekly digests. Days are the unit, so once an hour is plenty.
 */
@Singleton
@Requires(property = "signaal.reminders.enabled", notEquals = "false")
class ExpiryReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryReminderJob.class);

    private final PlanningExpiryReminders planning;

    ExpiryReminderJob(PlanningExpiryReminders planning) {
        this.planning = planning;
    }

    @Scheduled(
            fixedDelay = "${signaal.certificates.expiry-reminders.interval:1h}",
            initialDelay = "${signaal.reminders.initial-delay:1m}")
    void run() {
        try {
            int planned = planning.planAll();
            if (planned > 0) {
                LOG.info("Certificate expiry reminders: {} planned", planned);
            }
        } catch (RuntimeException e) {
            LOG.error("Planning certificate expiry reminders failed; the next run tries again", e);
        }
    }
}
