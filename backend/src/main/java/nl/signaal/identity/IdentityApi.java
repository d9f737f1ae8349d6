package nl.signaal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and answer bodies of the identity endpoints. */
final class IdentityApi {
    static final String LOCALES = "nl|en|ar|tr|pl";
    static final String SECTORS = "jeugdhulp|verslavingszorg|maatschappelijke-opvang|lvb-zorg|forensische-zorg"
            + "|onderwijs|buurtteam|politie-jeugdreclassering";
    /** 200 characters as people count them may take 400 UTF-16 units (emoji); {@link PasswordRules} counts properly. */
    static final int MAX_PASSWORD_UNITS = 2 * PasswordRules.MAX_LENGTH;
    /**
     * Fewer than 12 UTF-16 units are surely fewer than 12 characters: said at once, beside the other invalid fields.
     * {@link PasswordRules} counts characters properly and has the last word.
     */
    static final String SHORT_PASSWORD = "must be at least 12 characters";

    private IdentityApi() {}

    @Serdeable
    record LoginCommand(@NotBlank String email, @NotBlank String password) {}

    @Serdeable
    record RegisterCommand(
            @NotBlank String invitationCode,
            @NotBlank @Email @Size(max = 320) String email,

            @NotBlank @Size(min = PasswordRules.MIN_LENGTH, message = SHORT_PASSWORD)
            String password,

            @NotBlank @Size(max = 200) String displayName,

            @Nullable @Pattern(regexp = LOCALES, message = "must be one of nl, en, ar, tr, pl")
            String locale) {}

    @Serdeable
    record LocaleCommand(
            @NotBlank @Pattern(regexp = LOCALES, message = "must be one of nl, en, ar, tr, pl")
            String locale) {}

    @Serdeable
    record SetupCommand(
            @NotBlank String token,
            @NotBlank @Size(max = 200) String organisationName,

            @NotBlank @Pattern(regexp = SECTORS, message = "must be a known sector")
            String sector,

            @NotBlank @Email @Size(max = 320) String email,

            @NotBlank @Size(min = PasswordRules.MIN_LENGTH, message = SHORT_PASSWORD)
            String password,

            @NotBlank @Size(max = 200) String displayName) {}

    @Serdeable
    record CreateInvitationCommand(
            @NotNull Role role,
            @Min(1) @Max(1000) int maxUses,
            @Min(1) @Max(365) int validDays,
            @Nullable UUID teamId) {}

    @Serdeable
    record OrganisationView(UUID id, String name, String sector, boolean demo) {
        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(
                    organisation.id(), organisation.name(), organisation.sector(), organisation.demo());
        }
    }

    @Serdeable
    record MeView(
            UUID id,
            String email,
            String displayName,
            List<Role> roles,
            String locale,
            String csrfToken,
            OrganisationView organisation) {}

    @Serdeable
    record InvitationView(
            String code,
            Role role,
            int maxUses,
            int uses,
            Instant expiresAt,
            Instant createdAt,
            @Nullable InvitedTeam team) {
        /** {@code teamName} is the name of the invitation's team (null without one). */
        static InvitationView of(Invitation invitation, @Nullable String teamName) {
            return new InvitationView(
                    invitation.code(),
                    Role.valueOf(invitation.role()),
                    invitation.maxUses(),
                    invitation.uses(),
                    invitation.expiresAt(),
                    invitation.createdAt(),
                    invitation.teamId() == null || teamName == null
                            ? null
                            : new InvitedTeam(invitation.teamId(), teamName));
        }
    }

    /** The team an invitation places a new member in. */
    @Serdeable
    record InvitedTeam(UUID id, String name) {}

    @Serdeable
    record InvitationPreview(String code, String organisationName, String sector, Role role, Instant expiresAt) {}

    @Serdeable
    record SetupStatus(boolean required) {}
}
