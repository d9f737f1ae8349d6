package nl.signaal.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of a user's own account: password reset, password change, profile. */
final class AccountApi {
    private AccountApi() {}

    @Serdeable
    record PasswordResetRequest(
            @NotBlank @Email @Size(max = 320) String email) {}

    @Serdeable
    record PasswordResetConfirmation(
            @NotBlank @Size(max = 100) String token,

            @NotNull @Size(max = IdentityApi.MAX_PASSWORD_UNITS)
            String newPassword) {}

    @Serdeable
    record PasswordChange(
            @NotNull @Size(max = IdentityApi.MAX_PASSWORD_UNITS)
            String currentPassword,

            @NotNull @Size(max = IdentityApi.MAX_PASSWORD_UNITS)
            String newPassword) {}

    @Serdeable
    record ProfileCommand(
            @NotNull @Size(max = 2 * DisplayNames.MAX_LENGTH)
            String displayName,

            @NotBlank @Pattern(regexp = IdentityApi.LOCALES, message = "must be one of nl, en, ar, tr, pl")
            String locale) {}
}
