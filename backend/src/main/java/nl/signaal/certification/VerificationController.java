package nl.signaal.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.signaal.identity.ClientAddress;
import nl.signaal.learning.ContentLocale;
import nl.signaal.web.ApiException;
import nl.signaal.web.Problems;

/**
 * Public verification of a certificate by its code, for an employer or a registry: no sign-in. A code that is not
 * one, or matches nothing, answers the same 404; every request counts towards the address's limit.
 */
@Controller("/api/verify")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "certificates")
class VerificationController {
    static final String NOT_FOUND = "No certificate has this verification code.";

    private final CertificateRepository certificates;
    private final CertificateViews views;
    private final VerificationThrottle throttle;
    private final ClientAddress clientAddress;
    private final Clock clock;

    VerificationController(
            CertificateRepository certificates,
            CertificateViews views,
            VerificationThrottle throttle,
            ClientAddress clientAddress,
            Clock clock) {
        this.certificates = certificates;
        this.views = views;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    @Get("/{code}")
    @Operation(
            summary = "Verify a certificate: status (VALID, EXPIRED, REVOKED), holder's name, what, dates and issuer; "
                    + "404 for any code that matches none; 429 with Retry-After beyond 30 a minute per address")
    HttpResponse<?> verify(HttpRequest<?> request, @PathVariable String code, @Nullable @QueryValue String locale) {
        Optional<Duration> wait = throttle.refuse(clientAddress.of(request));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Problems.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too many verifications from this address. Try again in " + seconds + " seconds.")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        String chosen = ContentLocale.choose(locale, null);
        // Thrown, not returned: a returned 404 goes to the global not-found route, which echoes the path.
        Certificate certificate = VerificationCodes.normalise(code)
                .flatMap(certificates::findByVerificationCode)
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        return HttpResponse.ok(views.forVerifier(certificate, chosen, clock.instant()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex");
    }
}
