package nl.signaal.progress.forwarding;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the forwarder every {@code signaal.lrs.interval}, on every instance (claims keep that safe). */
@Singleton
@Requires(property = "signaal.lrs.enabled", notEquals = "false")
class LrsForwardingJob {
    private static final Logger LOG = LoggerFactory.getLogger(LrsForwardingJob.class);

    private final Forwarder forwarder;

    LrsForwardingJob(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Scheduled(fixedDelay = "${signaal.lrs.interval:10s}", initialDelay = "${signaal.lrs.initial-delay:30s}")
    void run() {
        try {
            int delivered = forwarder.run();
            if (delivered > 0) {
                LOG.debug("LRS forwarding: {} statements delivered", delivered);
            }
        } catch (RuntimeException e) {
            LOG.error("LRS forwarding run failed; the outbox keeps everything for the next run", e);
        }
    }
}
