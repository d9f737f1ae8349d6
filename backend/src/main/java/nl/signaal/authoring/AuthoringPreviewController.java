package nl.signaal.authoring;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.signaal.authoring.PreviewApi.LessonPreviewCommand;
import nl.signaal.authoring.PreviewApi.LessonPreviewView;
import nl.signaal.authoring.PreviewApi.PreviewCommand;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;

/** A draft as a learner would see it, for its organisation's trainers and the roles above; nothing is stored. */
@Controller("/api/authoring/items")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "authoring")
class AuthoringPreviewController {
    private final PreviewingDrafts previewing;
    private final AuthoringAccess access;

    AuthoringPreviewController(PreviewingDrafts previewing, AuthoringAccess access) {
        this.previewing = previewing;
        this.access = access;
    }

    @Post("/{id}/preview")
    @Operation(
            summary = "A scenario draft as a learner sees it at a node with chosen values (default: the start with the"
                    + " initial values), or after a choice there: feedback and the next node; 422 when it cannot play")
    Object preview(Authentication authentication, @PathVariable UUID id, @Body PreviewCommand command) {
        AuthoredItem item = access.item(SignedInUser.of(authentication), id);
        return previewing.preview(item, command, ContentLocale.choose(command.locale(), authentication));
    }

    @Post("/{id}/lesson-preview")
    @Operation(
            summary = "Markdown of a lesson, flyer or scene text rendered and sanitised exactly as learners get it,"
                    + " with the validator's problems")
    LessonPreviewView lessonPreview(
            Authentication authentication, @PathVariable UUID id, @Body LessonPreviewCommand command) {
        AuthoredItem item = access.item(SignedInUser.of(authentication), id);
        ContentLocale.choose(command.locale(), authentication);
        return previewing.lessonPreview(item, command);
    }
}
