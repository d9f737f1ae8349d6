package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.signaal.authoring.AuthoringApi.ItemView;
import nl.signaal.authoring.ReviewApi.FileDiff;
import nl.signaal.authoring.ReviewApi.SendBackCommand;
import nl.signaal.authoring.ReviewApi.VersionCommand;
import nl.signaal.authoring.ReviewApi.VersionRow;
import nl.signaal.identity.SignedInUser;

/**
 * Review, publishing, versions and diffs of authored items, for trainers and the roles above them on their own
 * organisation's items (another organisation's answers 404).
 */
@Controller("/api/authoring/items")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "authoring")
class PublishingController {
    private final ReviewingDrafts reviewing;
    private final VersionHistory history;
    private final AuthoringDrafts drafts;
    private final PublishedScenarios published;

    PublishingController(
            ReviewingDrafts reviewing, VersionHistory history, AuthoringDrafts drafts, PublishedScenarios published) {
        this.reviewing = reviewing;
        this.history = history;
        this.drafts = drafts;
        this.published = published;
    }

    @Post("/{id}/review")
    @Operation(
            summary = "Ask a second trainer to review this version of the draft; 409 draft-has-errors or"
                    + " draft-edited; again for the same version: no change")
    ItemView askForReview(Authentication authentication, @PathVariable UUID id, @Body VersionCommand command) {
        return drafts.view(reviewing.askForReview(SignedInUser.of(authentication), id, command));
    }

    @Post("/{id}/send-back")
    @Operation(summary = "Send a draft in review back to its author with a comment (required, at most 4000 chars)")
    ItemView sendBack(Authentication authentication, @PathVariable UUID id, @Body SendBackCommand command) {
        return drafts.view(reviewing.sendBack(SignedInUser.of(authentication), id, command));
    }

    @Post("/{id}/publish")
    @Operation(
            summary = "Publish the reviewed draft as the next version; never by the trainer who asked for review"
                    + " (403); 409 not-in-review, draft-edited or draft-has-errors")
    ItemView publish(Authentication authentication, @PathVariable UUID id, @Body VersionCommand command) {
        AuthoredItem item = reviewing.publish(SignedInUser.of(authentication), id, command);
        // After the commit: learners see a published case at once (other nodes within PublishedScenarios' check).
        published.refresh();
        return drafts.view(item);
    }

    @Post("/{id}/unpublish")
    @Operation(summary = "Take the live version(s) offline (again: no change); runs in progress keep their version")
    ItemView unpublish(Authentication authentication, @PathVariable UUID id) {
        AuthoredItem item = reviewing.unpublish(SignedInUser.of(authentication), id);
        published.refresh();
        return drafts.view(item);
    }

    @Get("/{id}/versions")
    @Operation(summary = "The published versions, newest first, with who asked for review and who published")
    List<VersionRow> versions(Authentication authentication, @PathVariable UUID id) {
        return history.versions(SignedInUser.of(authentication), id);
    }

    @Get("/{id}/diff")
    @Operation(
            summary = "Line diff per file between two versions or a version and the draft (from/to: a number or"
                    + " 'draft'), three lines of context, files in name order")
    List<FileDiff> diff(
            Authentication authentication,
            @PathVariable UUID id,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        return history.diff(SignedInUser.of(authentication), id, from, to);
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a draft that was never published; 409 item-published: unpublish it instead")
    HttpResponse<Void> delete(Authentication authentication, @PathVariable UUID id) {
        reviewing.delete(SignedInUser.of(authentication), id);
        return HttpResponse.noContent();
    }
}
