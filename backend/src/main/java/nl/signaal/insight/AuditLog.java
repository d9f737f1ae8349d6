package nl.signaal.insight;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log of individual data in insight (docs/privacy.md): every view of people rows writes one entry, in the
 * request that shows them and before the answer leaves, so a view that answered is a view that was logged. Entries are
 * kept {@code signaal.insight.audit-retention} (two years by default) and then deleted.
 */
@Singleton
public class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final Duration retention;

    AuditLog(
            AuditEntryRepository entries,
            Clock clock,
            @Value("${signaal.insight.audit-retention:730d}") Duration retention) {
        this.entries = entries;
        this.clock = clock;
        this.retention = retention;
    }

    /** That {@code viewer} saw {@code rows} individual rows of {@code scope} in {@code view} (e.g. PEOPLE_CSV). */
    public void viewed(SignedInUser viewer, InsightScope scope, String view, int rows) {
        viewed(viewer, scope, view, "", rows);
    }

    /** The same, with the filters beyond the scope (module, status) as {@code module=...;status=...}. */
    public void viewed(SignedInUser viewer, InsightScope scope, String view, String filters, int rows) {
        entries.save(new AuditEntry(
                UUID.randomUUID(),
                scope.organisationId(),
                viewer.id(),
                viewer.displayName(),
                viewer.email(),
                viewer.rank().name(),
                view,
                scope.describe(),
                filters,
                rows,
                clock.instant()));
    }

    @Scheduled(fixedDelay = "1d", initialDelay = "${signaal.insight.audit-forget-delay:15m}")
    void forgetOldEntries() {
        forgetOld();
    }

    /** Storage limitation: entries older than the retention go. Returns how many. */
    int forgetOld() {
        int deleted = entries.deleteViewedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            LOG.info("Deleted {} insight audit entries older than {}", deleted, retention);
        }
        return deleted;
    }
}
