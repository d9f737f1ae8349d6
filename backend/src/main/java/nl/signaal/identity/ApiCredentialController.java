package nl.signaal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in administrator's organisation's API credentials for its LRS (decision 0041). Administrators only:
 * a credential hands every learning record of the organisation to another system, a change of the kind decision 0012
 * leaves to administrators; coordinators read the records themselves through the xAPI endpoint.
 */
@Controller("/api/organisation/xapi-credentials")
@Secured("ADMIN")
@Tag(name = "identity")
class ApiCredentialController {
    private final ApiCredentials credentials;

    ApiCredentialController(ApiCredentials credentials) {
        this.credentials = credentials;
    }

    @Serdeable
    record CreateCredentialCommand(
            @NotBlank @Size(max = 100) String name) {}

    /** Without the secret: that is shown once, when the credential is made. */
    @Serdeable
    record CredentialView(
            UUID id,
            String name,
            String keyId,
            Instant createdAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt) {
        static CredentialView of(ApiCredential credential) {
            return new CredentialView(
                    credential.id(),
                    credential.name(),
                    credential.keyId(),
                    credential.createdAt(),
                    credential.revokedAt(),
                    credential.lastUsedAt());
        }
    }

    /** The new credential with its secret; Basic user name is keyId, password is secret. */
    @Serdeable
    record CreatedCredentialView(UUID id, String name, String keyId, String secret, Instant createdAt) {}

    @Get
    @Operation(summary = "The organisation's xAPI credentials, revoked ones too, oldest first (no secrets)")
    List<CredentialView> list(Authentication authentication) {
        return credentials.list(SignedInUser.of(authentication).organisationId()).stream()
                .map(CredentialView::of)
                .toList();
    }

    @Post
    @Operation(
            summary = "Make a read-only xAPI credential for the organisation's LRS; the secret is in this answer only")
    HttpResponse<CreatedCredentialView> create(
            Authentication authentication, @Body @Valid CreateCredentialCommand command) {
        ApiCredentials.Created created = credentials.create(SignedInUser.of(authentication), command.name());
        ApiCredential credential = created.credential();
        return HttpResponse.created(
                        new CreatedCredentialView(
                                credential.id(),
                                credential.name(),
                                credential.keyId(),
                                created.secret(),
                                credential.createdAt()),
                        URI.create("/api/organisation/xapi-credentials/" + credential.id()))
                .header("Cache-Control", "no-store");
    }

    @Delete("/{credentialId}")
    @Operation(summary = "Revoke a credential at once (again: no change); another organisation's answers 404")
    CredentialView revoke(Authentication authentication, @PathVariable UUID credentialId) {
        return CredentialView.of(credentials.revoke(SignedInUser.of(authentication), credentialId));
    }
}
