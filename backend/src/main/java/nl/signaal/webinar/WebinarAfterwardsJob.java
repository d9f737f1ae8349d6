package nl.signaal.webinar;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link WebinarAfterwards} every few minutes on every instance (each step is idempotent). */
@Singleton
@Requires(property = "signaal.reminders.enabled", notEquals = "false")
class WebinarAfterwardsJob {
    private static final Logger LOG = LoggerFactory.getLogger(WebinarAfterwardsJob.class);

    private final WebinarAfterwards afterwards;

    WebinarAfterwardsJob(WebinarAfterwards afterwards) {
        this.afterwards = afterwards;
    }

    @Scheduled(
            fixedDelay = "${signaal.webinars.afterwards.interval:5m}",
            initialDelay = "${signaal.reminders.initial-delay:1m}")
    void run() {
        try {
            int planned = afterwards.run();
            if (planned > 0) {
                LOG.info("Webinar follow-ups: {} planned", planned);
            }
        } catch (RuntimeException e) {
            LOG.error("Settling webinars afterwards failed; the next run tries again", e);
        }
    }
}
