package nl.signaal.web;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Up means the database answers: without it Signaal can neither log in nor record learning. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "operations")
class HealthController {
    private final DataSource dataSource;

    HealthController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Serdeable
    record Health(String status) {
    }

    @Get("/health")
    @Connectable
    @Operation(summary = "{\"status\":\"UP\"} when the server and its database answer, else 503 DOWN")
    HttpResponse<Health> health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return HttpResponse.ok(new Health("UP"));
            }
        } catch (SQLException e) {
            // reported as DOWN below
        }
        return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
    }
}
