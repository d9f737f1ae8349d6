package nl.signaal.webinar;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans webinar reminders on every instance (the outbox's unique key keeps that safe); the reminder job sends them.
 * Every minute: a reminder "in one hour" should not come five minutes late, and a run is one indexed query.
 */
@Singleton
@Requires(property = "signaal.reminders.enabled", notEquals = "false")
class WebinarReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(WebinarReminderJob.class);

    private final PlanningWebinarReminders planning;

    WebinarReminderJob(PlanningWebinarReminders planning) {
        this.planning = planning;
    }

    @Scheduled(
            fixedDelay = "${signaal.webinars.reminders.interval:1m}",
            initialDelay = "${signaal.reminders.initial-delay:1m}")
    void run() {
        try {
            int planned = planning.planAll();
            if (planned > 0) {
                LOG.info("Webinar reminders: {} planned", planned);
            }
        } catch (RuntimeException e) {
            LOG.error("Planning webinar reminders failed; the next run tries again", e);
        }
    }
}
