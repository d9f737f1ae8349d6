package nl.signaal.web;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import nl.signaal.content.Content;

/**
 * Up means the database answers: without it Signaal can neither log in nor record learning.
 * Orchestrators get two more questions: liveness (is the process worth keeping? a database outage
 * is no reason to restart it) and readiness (may it get traffic? database and content, and not
 * while it is shutting down).
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "operations")
class HealthController {
    private final DataSource dataSource;
    private final Content content;
    private volatile boolean stopping;

    // Content is a @Context bean that refuses to start on errors: being injected means it loaded.
    HealthController(DataSource dataSource, Content content) {
        this.dataSource = dataSource;
        this.content = content;
    }

    @Serdeable
    record Health(String status) {}

    @Serdeable
    record Readiness(String status, Map<String, String> checks) {}

    @Get
    @Connectable
    @Operation(summary = "{\"status\":\"UP\"} when the server and its database answer, else 503 DOWN")
    HttpResponse<Health> health() {
        return databaseAnswers()
                ? HttpResponse.ok(new Health("UP"))
                : HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
    }

    @Get("/liveness")
    @Operation(summary = "{\"status\":\"UP\"} while the process runs and serves HTTP; checks nothing else")
    Health liveness() {
        return new Health("UP");
    }

    @Get("/readiness")
    @Connectable
    @Operation(summary = "UP when the database answers, the content is loaded and no shutdown has begun, else 503 DOWN")
    HttpResponse<Readiness> readiness() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", databaseAnswers() ? "UP" : "DOWN");
        checks.put("content", content.modules().isEmpty() ? "DOWN" : "UP");
        checks.put("lifecycle", stopping ? "DOWN" : "UP");
        boolean ready = !checks.containsValue("DOWN");
        return HttpResponse.<Readiness>status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(new Readiness(ready ? "UP" : "DOWN", checks));
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        stopping = true;
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
