package nl.signaal.authoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.signaal.authoring.AuthoringApi.CreateCommand;
import nl.signaal.authoring.AuthoringApi.ItemRow;
import nl.signaal.authoring.AuthoringApi.ItemView;
import nl.signaal.authoring.AuthoringApi.SaveCommand;
import nl.signaal.identity.SignedInUser;

/**
 * Drafts of scenarios and modules, for trainers and the roles above them, on their own organisation's items (another
 * organisation's answers 404).
 */
@Controller("/api/authoring/items")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "authoring")
class AuthoringController {
    private final AuthoringDrafts drafts;
    private final AuthoringAccess access;

    AuthoringController(AuthoringDrafts drafts, AuthoringAccess access) {
        this.drafts = drafts;
        this.access = access;
    }

    @Get
    @Operation(summary = "My organisation's drafts and authored items, last changed first, with their error counts")
    List<ItemRow> list(Authentication authentication) {
        return drafts.list(SignedInUser.of(authentication));
    }

    @Post
    @Operation(summary = "A new draft from the template, or a variant of a shipped scenario; every wrong field named")
    HttpResponse<ItemView> create(Authentication authentication, @Body CreateCommand command) {
        AuthoredItem item = drafts.create(SignedInUser.of(authentication), command);
        return HttpResponse.created(drafts.view(item), URI.create("/api/authoring/items/" + item.id()));
    }

    @Get("/{id}")
    @Operation(summary = "A draft: its files, the version for the next save, and the validator's problems")
    ItemView item(Authentication authentication, @PathVariable UUID id) {
        return drafts.view(access.item(SignedInUser.of(authentication), id));
    }

    @Put("/{id}")
    @Operation(
            summary = "Save the whole draft based on the version read; 409 draft-edited when someone saved meanwhile")
    ItemView save(Authentication authentication, @PathVariable UUID id, @Body SaveCommand command) {
        return drafts.view(drafts.save(SignedInUser.of(authentication), id, command));
    }
}
