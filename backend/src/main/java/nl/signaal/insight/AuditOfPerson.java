package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/**
 * The insight audit entries a person wrote by looking at people rows, in their data download. Erasing the account
 * clears id, name and e-mail in those entries and keeps the rest (role, view, scope, filters, count, time): the
 * organisation can still see that an erased coordinator exported a list on that day, and nothing points to who.
 * Entries are not about the people whose rows were viewed (they name no one), so those people's erasure changes none.
 */
@Singleton
class AuditOfPerson implements PersonalData {
    private final AuditEntryRepository entries;

    AuditOfPerson(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Serdeable
    record ViewedView(
            Instant at,
            String view,
            String scope,
            String filters,
            int rows,
            @Nullable String role) {}

    @Override
    public String section() {
        return "insightViews";
    }

    @Override
    public Object exportOf(UUID userId) {
        List<ViewedView> views = entries.findByViewerIdOrderByViewedAt(userId).stream()
                .map(e -> new ViewedView(
                        e.viewedAt(), e.viewKind(), e.scope(), e.filters(), e.rowCount(), e.viewerRole()))
                .toList();
        return views;
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        entries.forgetViewer(userId);
    }
}
