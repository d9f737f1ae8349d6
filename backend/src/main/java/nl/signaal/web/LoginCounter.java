package nl.signaal.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Counts logins by outcome ({@code signaal_logins_total{outcome="success|rejected|throttled|error"}})
 * from the login endpoint's answers, so that a password-guessing wave shows on a dashboard. It
 * watches HTTP status codes only and so stays out of the login code itself.
 */
@ServerFilter(value = "/api/auth/login", methods = HttpMethod.POST)
final class LoginCounter {
    private final Counter success;
    private final Counter rejected;
    private final Counter throttled;
    private final Counter error;

    LoginCounter(MeterRegistry registry) {
        this.success = counter(registry, "success");
        this.rejected = counter(registry, "rejected");
        this.throttled = counter(registry, "throttled");
        this.error = counter(registry, "error");
    }

    @ResponseFilter
    void count(HttpRequest<?> request, HttpResponse<?> response) {
        int status = response.code();
        if (status >= 200 && status < 300) {
            success.increment();
        } else if (status == 429 || status == 503) {
            throttled.increment();
        } else if (status >= 400 && status < 500) {
            rejected.increment();
        } else {
            error.increment();
        }
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("signaal.logins")
                .description("Login attempts by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
