package nl.signaal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Defence in depth behind server-side sanitising: the browser runs only our own scripts. The
 * generated Swagger UI page needs its inline script, so it is left out of the policy.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        if (!request.getPath().startsWith("/swagger-ui")) {
            response.header("Content-Security-Policy", POLICY);
            response.header("X-Frame-Options", "DENY");
        }
    }
}
