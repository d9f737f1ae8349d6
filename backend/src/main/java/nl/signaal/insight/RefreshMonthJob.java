package nl.signaal.insight;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the refresh-rate history ({@link RefreshMonths}): shortly after start (the one-time back-fill of the last
 * eleven closed months) and then every few hours, which takes a month soon after it closes.
 */
@Singleton
@Requires(property = "signaal.insight.refresh-months.enabled", notEquals = "false")
class RefreshMonthJob {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshMonthJob.class);

    private final RefreshMonths months;

    RefreshMonthJob(RefreshMonths months) {
        this.months = months;
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "${signaal.insight.refresh-months.initial-delay:2m}")
    void run() {
        try {
            int taken = months.takeAll();
            if (taken > 0) {
                LOG.info("Refresh-rate history: {} organisation-months taken", taken);
            }
        } catch (RuntimeException e) {
            LOG.error("Taking the refresh-rate history failed; the next run tries again", e);
        }
    }
}
