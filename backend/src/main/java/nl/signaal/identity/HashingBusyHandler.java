package nl.signaal.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.signaal.web.Problem;
import nl.signaal.web.Problems;

/** Login, registration and setup while password hashing is at capacity: 503, try again shortly. */
@Produces
@Singleton
final class HashingBusyHandler implements ExceptionHandler<HashingCapacity.Busy, HttpResponse<Problem>> {
    static final String RETRY_AFTER_SECONDS = "2";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, HashingCapacity.Busy exception) {
        return Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Signaal is handling many logins at the moment. Try again in a few seconds.")
                .header("Retry-After", RETRY_AFTER_SECONDS);
    }
}
