package nl.signaal.insight.region;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;

/**
 * The regional view for the coordinators and administrators of the organisation that owns the region (not for its
 * partners: they see their own dashboard). Aggregates only, under the privacy floor.
 */
@Controller("/api/regions/{regionId}/insight")
@Tag(name = "insight")
class RegionInsightController {
    private final RegionInsight insight;

    RegionInsightController(RegionInsight insight) {
        this.insight = insight;
    }

    @Get("/status")
    @Secured({"COORDINATOR", "ADMIN"})
    @Operation(
            summary = "Per mandatory module the counts summed over the partners that opted in, per partner its people"
                    + " and refresh rate (hidden under 5 people); another organisation's region answers 404")
    RegionStatus status(Authentication authentication, @PathVariable UUID regionId) {
        return insight.status(SignedInUser.of(authentication), regionId);
    }
}
