package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.signaal.learning.ContentLocale;

/** The practice panel of the coordinator dashboard: aggregates only, each behind the privacy floor. */
@Controller("/api/organisations/{organisationId}/insight")
@Secured({"COORDINATOR", "ADMIN"})
@Tag(name = "insight")
class PracticeController {
    private final Scopes scopes;
    private final PracticeInsight practice;

    PracticeController(Scopes scopes, PracticeInsight practice) {
        this.scopes = scopes;
        this.practice = practice;
    }

    @Get("/practice")
    @Operation(
            summary = "Refresh rate over the last 12 months, retention per competency, case endings and most-missed"
                    + " decisions, live sessions, webinar attendance and certificates expiring within 90 days, for"
                    + " the organisation or a team, role or sector; groups under 5 people are hidden")
    PracticeView practice(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String role,
            @Nullable @QueryValue String sector,
            @Nullable @QueryValue String locale) {
        InsightScope scope = scopes.of(authentication, organisationId, team, role, sector);
        return practice.of(scope, ContentLocale.choose(locale, authentication));
    }
}
