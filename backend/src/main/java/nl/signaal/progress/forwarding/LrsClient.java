package nl.signaal.progress.forwarding;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Talks xAPI 1.0.3 to an external LRS with the JDK's HTTP client: a batch POST, a single PUT, GET /about. Never
 * follows redirects (the address was checked, where it sends you was not). Nothing of the request is logged.
 */
@Singleton
class LrsClient {
    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String VERSION = "1.0.3";
    private static final int SNIPPET = 120;

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;

    @Inject
    LrsClient(
            @Value("${signaal.lrs.connect-timeout:5s}") Duration connectTimeout,
            @Value("${signaal.lrs.request-timeout:30s}") Duration requestTimeout,
            Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** The LRS's answer, or a failure before one ({@code status} 0). */
    record Answer(int status, String error, @Nullable Duration retryAfter) {
        boolean stored() {
            return status >= 200 && status < 300;
        }

        /** 409: it already has a statement with this id; it keeps the one it has. */
        boolean conflict() {
            return status == 409;
        }

        /** No answer, 429 or 5xx: try again later. */
        boolean retryable() {
            return status == 0 || status == 429 || status >= 500;
        }
    }

    /** POST {endpoint}/statements with a JSON array of statements. */
    Answer post(String endpoint, String username, String password, String statementsJson) {
        return send(request(URI.create(endpoint + "/statements"), username, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statementsJson, StandardCharsets.UTF_8))
                .build());
    }

    /** PUT {endpoint}/statements?statementId=… with one statement. */
    Answer put(String endpoint, String username, String password, String statementId, String statementJson) {
        URI uri = URI.create(
                endpoint + "/statements?statementId=" + URLEncoder.encode(statementId, StandardCharsets.UTF_8));
        return send(request(uri, username, password)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statementJson, StandardCharsets.UTF_8))
                .build());
    }

    /** GET {endpoint}/about with the credentials. */
    Answer about(String endpoint, String username, String password) {
        return send(request(URI.create(endpoint + "/about"), username, password)
                .GET()
                .build());
    }

    private HttpRequest.Builder request(URI uri, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header(VERSION_HEADER, VERSION)
                .header("Authorization", "Basic " + basic);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String error = status >= 200 && status < 300
                    ? null
                    : "HTTP " + status + " from the LRS" + snippet(response.body());
            return new Answer(status, error, retryAfter(response.headers().firstValue("Retry-After")));
        } catch (HttpTimeoutException e) {
            return new Answer(0, "No answer from the LRS within " + requestTimeout.toSeconds() + " s", null);
        } catch (IOException e) {
            return new Answer(0, "Could not reach the LRS (" + e.getClass().getSimpleName() + ")", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "Interrupted before the LRS answered", null);
        }
    }

    /** The start of the LRS's explanation, on one line, without control characters. */
    private static String snippet(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.replaceAll("\\p{Cntrl}+", " ").strip();
        return ": " + (line.length() > SNIPPET ? line.substring(0, SNIPPET) + "…" : line);
    }

    private @Nullable Duration retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return null;
        }
        String value = header.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
