package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * That someone looked at individual rows of insight: who (as they were then), which view, which scope and filters,
 * how many rows. Not whose rows: the entry would otherwise copy the data it guards. Viewer id, name and e-mail are
 * null once the viewer's account is erased; the role stays.
 */
@MappedEntity(value = "insight_audit", escape = false)
record AuditEntry(
        @Id UUID id,
        UUID organisationId,
        @Nullable UUID viewerId,
        @Nullable String viewerName,
        @Nullable String viewerEmail,
        String viewerRole,
        String viewKind,
        String scope,
        String filters,
        int rowCount,
        Instant viewedAt) {}
