package nl.signaal.progress.forwarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One organisation's external LRS (decision 0054). The password is encrypted ({@link LrsSecrets}), never returned. */
@MappedEntity(value = "lrs_forwarding", escape = false)
record LrsForwarding(
        @Id UUID organisationId,
        String endpoint,
        String username,
        String passwordEncrypted,
        boolean enabled,
        Instant startedAt,
        @Nullable Instant backfilledAt,
        Instant queuedThrough,
        long deliveredCount,
        @Nullable Instant lastDeliveredAt,
        @Nullable Instant lastAttemptAt,
        @Nullable String lastError,
        Instant updatedAt,
        @Nullable UUID updatedBy) {}
