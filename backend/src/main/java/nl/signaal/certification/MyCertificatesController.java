package nl.signaal.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.certification.CertificateApi.MyCertificateView;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.web.ApiException;

/** The signed-in user's certificates and their PDFs; someone else's certificate is not found. */
@Controller("/api/me/certificates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "certificates")
class MyCertificatesController {
    private final CertificateRepository certificates;
    private final CertificateViews views;
    private final CertificatePdf pdf;
    private final Clock clock;

    MyCertificatesController(
            CertificateRepository certificates, CertificateViews views, CertificatePdf pdf, Clock clock) {
        this.certificates = certificates;
        this.views = views;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Get
    @Operation(
            summary = "My certificates, newest first, with status (VALID, EXPIRED, REVOKED), study load in hours and "
                    + "verification code; titles in the asked locale, else the user's")
    List<MyCertificateView> mine(Authentication authentication, @Nullable @QueryValue String locale) {
        SignedInUser me = SignedInUser.of(authentication);
        String chosen = ContentLocale.choose(locale, authentication);
        Instant now = clock.instant();
        return certificates.findByUserIdOrderByIssuedAtDesc(me.id()).stream()
                .map(c -> views.forHolder(c, chosen, now))
                .toList();
    }

    @Get(value = "/{certificateId}/pdf", produces = "application/pdf")
    @Operation(
            summary = "One of my certificates as a PDF (A4, fonts embedded, QR code of the verification page), in "
                    + "the asked locale, else the user's; 404 for a certificate that is not mine")
    HttpResponse<byte[]> pdf(
            Authentication authentication, @PathVariable UUID certificateId, @Nullable @QueryValue String locale) {
        SignedInUser me = SignedInUser.of(authentication);
        String chosen = ContentLocale.choose(locale, authentication);
        Certificate certificate = certificates
                .findById(certificateId)
                .filter(c -> c.userId().equals(me.id()))
                .orElseThrow(() -> ApiException.notFound("You have no certificate " + certificateId + "."));
        byte[] document = pdf.render(views.facts(certificate, chosen, clock.instant()), chosen);
        String file = "signaal-certificate-" + certificate.subjectId() + "-" + certificate.verificationCode() + ".pdf";
        return HttpResponse.ok(document)
                .contentType("application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
