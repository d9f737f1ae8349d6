package nl.signaal.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The request id is in the MDC of the thread that does the request's work, so its log lines carry it. */
@MicronautTest(transactional = false)
class RequestIdLogTest extends DatabaseTest {
    static final String PROBE = "signaal.test.request-id-probe";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    Api api;
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger probeLogger = (Logger) LoggerFactory.getLogger(Probe.class);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(PROBE, "true");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        logged.start();
        probeLogger.addAppender(logged);
    }

    @AfterAll
    void tearDown() {
        probeLogger.detachAppender(logged);
    }

    @Test
    void aLogLineOfTheRequestsWorkCarriesItsId() {
        Api.Response response =
                api.send(HttpRequest.GET("/test/request-id-probe").header("X-Request-Id", "find-me-7"), null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().body()).isEqualTo("find-me-7");
        assertThat(logged.list).anySatisfy(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("probe");
            assertThat(event.getMDCPropertyMap()).containsEntry("requestId", "find-me-7");
        });
    }

    @Test
    void theIdDoesNotLeakIntoTheNextRequest() {
        api.send(HttpRequest.GET("/test/request-id-probe").header("X-Request-Id", "first-1"), null);
        Api.Response second =
                api.send(HttpRequest.GET("/test/request-id-probe").header("X-Request-Id", "second-2"), null);
        assertThat(second.raw().body()).isEqualTo("second-2");
        assertThat(MDC.get("requestId")).isNull();
    }

    @Controller("/test/request-id-probe")
    @Requires(property = PROBE, value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class Probe {
        @Get(produces = "text/plain")
        String probe() {
            LoggerFactory.getLogger(Probe.class).warn("probe");
            return MDC.get("requestId");
        }
    }
}
