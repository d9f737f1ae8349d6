package nl.signaal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and answer bodies of /api/organisations/{organisationId}/members. */
final class MembersApi {
    private MembersApi() {}

    @Serdeable
    record ChangeRoleCommand(@NotNull Role role) {}

    /** {@code role} is the highest of {@code roles}: the one the members page shows and changes. */
    @Serdeable
    record MemberView(
            UUID id,
            String displayName,
            String email,
            Role role,
            List<Role> roles,
            boolean active,
            @Nullable Instant deactivatedAt,
            @Nullable Instant lastLoginAt,
            Instant createdAt) {
        static MemberView of(MemberRow row) {
            return new MemberView(
                    row.id(),
                    row.displayName(),
                    row.email(),
                    row.rank(),
                    UserAccount.parseRoles(row.roles()).stream().sorted().toList(),
                    row.active(),
                    row.deactivatedAt(),
                    row.lastLoginAt(),
                    row.createdAt());
        }
    }
}
