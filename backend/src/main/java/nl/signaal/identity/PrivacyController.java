package nl.signaal.identity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** A person's rights over their data: download it all (any member), erase an account (its organisation's admin). */
@Controller
@Tag(name = "identity")
class PrivacyController {
    private final MyData myData;
    private final ErasingAccount erasing;
    private final JsonMapper json;

    PrivacyController(MyData myData, ErasingAccount erasing, JsonMapper json) {
        this.myData = myData;
        this.erasing = erasing;
        this.json = json;
    }

    @Get("/api/me/data")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Everything Signaal keeps about the logged-in user, as a JSON download: account, logins, "
                            + "learning records (xAPI statements), knowledge checks, case simulation runs, refreshers, reminders")
    HttpResponse<String> download(Authentication authentication) throws IOException {
        SignedInUser me = SignedInUser.of(authentication);
        String body = json.writeValueAsString(myData.of(me.id()));
        String file = "signaal-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return HttpResponse.ok(body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/api/organisations/{organisationId}/members/{memberId}/erase")
    @Secured("ADMIN")
    @Operation(
            summary = "Erase a member's account: personal data removed, learning records kept under a random "
                    + "pseudonym; the last administrator cannot be erased; erasing again answers the same")
    HttpResponse<Void> erase(
            Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID memberId) {
        erasing.erase(SignedInUser.of(authentication), organisationId, memberId);
        return HttpResponse.noContent();
    }
}
