package nl.signaal.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** One member as their organisation's administrators see them, read without the password hash. */
@Introspected
record MemberRow(
        UUID id,
        String displayName,
        String email,
        String roles,
        @Nullable Instant deactivatedAt,
        @Nullable Instant lastLoginAt,
        Instant createdAt) {

    boolean active() {
        return deactivatedAt == null;
    }

    Role rank() {
        return Role.highest(UserAccount.parseRoles(roles));
    }
}
