package nl.signaal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A read-only machine login of an organisation, for its Learning Record Store (decision 0041). The key id is public
 * (the Basic user name); of the secret only its SHA-256 is kept.
 */
@MappedEntity(value = "api_credential", escape = false)
record ApiCredential(
        @Id UUID id,
        UUID organisationId,
        String name,
        String keyId,
        String secretHash,
        UUID createdBy,
        Instant createdAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {}
