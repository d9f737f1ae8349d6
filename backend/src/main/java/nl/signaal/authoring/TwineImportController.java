package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.signaal.authoring.ImportingTwine.TwineImportView;
import nl.signaal.identity.SignedInUser;

/** Twine stories (.twee, .tw, .html, library archives) imported as scenario drafts; docs/twine-import.md. */
@Controller("/api/authoring/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "authoring")
class TwineImportController {
    private final ImportingTwine importing;

    TwineImportController(ImportingTwine importing) {
        this.importing = importing;
    }

    @Post(
            value = "/twine",
            consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Import a Twine story as a scenario draft (or update the draft with its IFID); with several"
                    + " stories and no 'story' the answer lists them (status choose-story)")
    TwineImportView importTwine(
            Authentication authentication,
            @Part("file") @Nullable CompletedFileUpload file,
            @Part("story") @Nullable String story,
            @Part("contentId") @Nullable String contentId) {
        SignedInUser user = SignedInUser.of(authentication);
        try {
            return importing.importStory(
                    user,
                    file == null ? null : file.getFilename(),
                    file == null ? null : file.getBytes(),
                    story,
                    contentId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
