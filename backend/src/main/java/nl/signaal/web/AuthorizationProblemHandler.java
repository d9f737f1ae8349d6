package nl.signaal.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * 401 and 403 from the security rules carry a problem body like every other error. A 401 under /api/xapi/ also asks
 * for HTTP Basic, as xAPI clients expect (organisation API credentials, decision 0041).
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return Problems.of(HttpStatus.FORBIDDEN, "Your role does not allow this.");
        }
        if (request.getPath().startsWith("/api/xapi/")) {
            return Problems.of(HttpStatus.UNAUTHORIZED, "Log in, or use an API credential of your organisation.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Signaal xAPI\", charset=\"UTF-8\"");
        }
        return Problems.of(HttpStatus.UNAUTHORIZED, "Please log in first.");
    }
}
