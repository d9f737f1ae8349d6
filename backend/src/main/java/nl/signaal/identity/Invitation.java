package nl.signaal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A code with which professionals join an organisation in a given role, and a team of it when teamId is set. */
@MappedEntity(value = "invitation", escape = false)
record Invitation(
        @Id String code,
        UUID organisationId,
        String role,
        int maxUses,
        int uses,
        Instant expiresAt,
        UUID createdBy,
        Instant createdAt,
        @Nullable UUID teamId) {

    boolean usableAt(Instant now) {
        return uses < maxUses && expiresAt.isAfter(now);
    }
}
