package nl.signaal.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/** 401 and 403 from the security rules carry a problem body like every other error. */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AuthorizationException exception) {
        return exception.isForbidden()
                ? Problems.of(HttpStatus.FORBIDDEN, "Your role does not allow this.")
                : Problems.of(HttpStatus.UNAUTHORIZED, "Please log in first.");
    }
}
