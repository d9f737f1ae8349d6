package nl.signaal.trainerkit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.signaal.content.Content;
import nl.signaal.learning.ContentLocale;
import nl.signaal.trainerkit.TrainerKitApi.KitSummaryView;
import nl.signaal.trainerkit.TrainerKitApi.KitView;
import nl.signaal.web.ApiException;

/** Trainer kits for the people who run team sessions with a case; learners have no use for the facilitator's guide. */
@Controller("/api/trainer-kits")
@Tag(name = "trainer kits")
@Secured({"ATTENTION_OFFICER", "TRAINER", "COORDINATOR", "ADMIN"})
class TrainerKitController {

    private final Content content;
    private final KitViews views;

    TrainerKitController(Content content, KitViews views) {
        this.content = content;
        this.views = views;
    }

    @Get
    @Operation(summary = "The cases that have a trainer kit, in catalogue order")
    List<KitSummaryView> list(Authentication authentication, @Nullable @QueryValue String locale) {
        String chosen = ContentLocale.choose(locale, authentication);
        return content.trainerKits().stream()
                .map(kit -> views.summary(content.scenario(kit.scenarioId()).orElseThrow(), kit, chosen))
                .toList();
    }

    @Get("/{scenarioId}")
    @Operation(
            summary = "A case's trainer kit: aims, 30- and 60-minute plans, what to listen for, sector variations and"
                    + " a card per decision scene; 404 when the case has no kit")
    KitView kit(Authentication authentication, @PathVariable String scenarioId, @Nullable @QueryValue String locale) {
        String chosen = ContentLocale.choose(locale, authentication);
        return content.trainerKit(scenarioId)
                .flatMap(kit -> content.scenario(scenarioId).map(scenario -> views.kit(scenario, kit, chosen)))
                .orElseThrow(() -> ApiException.notFound("no trainer kit for case '" + scenarioId + "'"));
    }
}
