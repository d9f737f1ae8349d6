package nl.signaal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Set;
import nl.signaal.web.Problems;

/**
 * Synchroniser-token CSRF check for writes made with the session cookie: the client must echo the
 * session's token in {@value #HEADER}. SameSite=Strict already stops most cross-site requests;
 * this also covers older browsers and same-site subdomains.
 */
@ServerFilter("/api/**")
final class CsrfProtection implements Ordered {
    static final String HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Requests that create a session have none to check against yet. */
    private static final Set<String> OPENING = Set.of("/api/auth/login", "/api/auth/register", "/api/setup");

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || OPENING.contains(request.getPath())) {
            return null;
        }
        var authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return null; // the security rules answer 401 where a login is needed
        }
        Object expected = authentication.get().getAttributes().get(SignedInUser.CSRF);
        String given = request.getHeaders().get(HEADER);
        if (expected instanceof String token && SecretTokens.sameSecret(token, given)) {
            return null;
        }
        return Problems.of(
                HttpStatus.FORBIDDEN, "Missing or wrong " + HEADER + " header: send the csrfToken from GET /api/me.");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
