package nl.signaal.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.certification.CertificateApi.ExpiringCertificateView;
import nl.signaal.certification.CertificateApi.RevokeCommand;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.web.ApiException;

/** An organisation's certificates: its admins revoke one, its coordinators see which end soon. */
@Controller("/api/organisations/{organisationId}/certificates")
@Tag(name = "certificates")
class OrganisationCertificatesController {
    static final int MAX_DAYS = 366;

    private final RevokingCertificate revoking;
    private final CertificateRepository certificates;
    private final CertificateViews views;
    private final Clock clock;

    OrganisationCertificatesController(
            RevokingCertificate revoking, CertificateRepository certificates, CertificateViews views, Clock clock) {
        this.revoking = revoking;
        this.certificates = certificates;
        this.views = views;
        this.clock = clock;
    }

    @Post("/{certificateId}/revoke")
    @Secured("ADMIN")
    @Operation(
            summary = "Revoke a certificate of a member of this organisation, with a reason the holder sees; "
                    + "verification then answers REVOKED. 404 for another organisation's, 409 when already revoked")
    HttpResponse<Void> revoke(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @PathVariable UUID certificateId,
            @Body @Valid RevokeCommand command) {
        revoking.revoke(
                SignedInUser.of(authentication),
                organisationId,
                certificateId,
                command.reason().strip());
        return HttpResponse.noContent();
    }

    @Get("/expiring")
    @Secured({"COORDINATOR", "ADMIN"})
    @Operation(summary = "Certificates in force that end within the next days (default 90, at most 366), soonest first")
    List<ExpiringCertificateView> expiring(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Nullable @QueryValue Integer days,
            @Nullable @QueryValue String locale) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        int window = days == null ? 90 : days;
        if (window < 1 || window > MAX_DAYS) {
            throw ApiException.invalidField("days", "must be between 1 and " + MAX_DAYS);
        }
        String chosen = ContentLocale.choose(locale, authentication);
        Instant now = clock.instant();
        return certificates.findExpiring(organisationId, now, now.plus(Duration.ofDays(window))).stream()
                .map(c -> views.forCoordinator(c, chosen))
                .toList();
    }
}
