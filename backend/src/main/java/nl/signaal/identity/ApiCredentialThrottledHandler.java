package nl.signaal.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.signaal.web.Problem;
import nl.signaal.web.Problems;

/** Too many wrong API credentials from one address: 429 with the seconds to wait. */
@Produces
@Singleton
final class ApiCredentialThrottledHandler
        implements ExceptionHandler<ApiCredentialThrottle.Throttled, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiCredentialThrottle.Throttled exception) {
        long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
        return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong API credentials from this address.")
                .header("Retry-After", Long.toString(seconds));
    }
}
