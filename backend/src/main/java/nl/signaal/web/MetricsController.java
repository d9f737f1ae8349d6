package nl.signaal.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Prometheus metrics (HTTP requests, JVM, connection pool, ...) for the operator's scraper only:
 * it must send {@code Authorization: Bearer <SIGNAAL_METRICS_TOKEN>}. Without a configured token
 * the endpoint does not exist (an unknown path like any other), so nothing is exposed by default
 * (docs/decisions/0013-operations.md).
 */
@Controller("/metrics")
@Requires(property = "signaal.metrics.token", pattern = ".*\\S.*")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "operations")
class MetricsController {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final byte[] token;

    MetricsController(PrometheusMeterRegistry registry, @Value("${signaal.metrics.token:}") String token) {
        this.registry = registry;
        this.token = token.trim().getBytes(StandardCharsets.UTF_8);
    }

    @Get(produces = CONTENT_TYPE)
    @Operation(
            summary =
                    "Prometheus text format; needs Authorization: Bearer SIGNAAL_METRICS_TOKEN, absent when no token is configured")
    HttpResponse<?> scrape(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        if (!presents(authorization)) {
            return Problems.of(HttpStatus.UNAUTHORIZED, "The metrics need the configured bearer token.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
        }
        return HttpResponse.ok(registry.scrape()).contentType(CONTENT_TYPE);
    }

    private boolean presents(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
