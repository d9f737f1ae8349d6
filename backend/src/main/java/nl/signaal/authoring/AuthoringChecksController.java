package nl.signaal.authoring;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.signaal.authoring.CheckApi.CuesView;
import nl.signaal.authoring.CheckApi.TranslationsView;
import nl.signaal.identity.SignedInUser;

/** Checks while writing: answer cues and translations of a draft, for its authors (another organisation: 404). */
@Controller("/api/authoring/items")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "authoring")
class AuthoringChecksController {
    private final AuthoringAccess access;
    private final DraftFiles draftFiles;
    private final DraftCues cues;
    private final TranslationBasis translations;

    AuthoringChecksController(
            AuthoringAccess access, DraftFiles draftFiles, DraftCues cues, TranslationBasis translations) {
        this.access = access;
        this.draftFiles = draftFiles;
        this.cues = cues;
        this.translations = translations;
    }

    @Get("/{id}/cues")
    @Operation(summary = "Answer-cue figures of the draft's knowledge check, refresher items or case scenes")
    CuesView cues(Authentication authentication, @PathVariable UUID id) {
        AuthoredItem item = access.item(SignedInUser.of(authentication), id);
        return cues.cues(item, draftFiles.read(item.files()));
    }

    @Get("/{id}/translations")
    @Operation(summary = "Per locale completeness, and per Dutch field its translations: ok, missing or outdated")
    TranslationsView translations(Authentication authentication, @PathVariable UUID id) {
        AuthoredItem item = access.item(SignedInUser.of(authentication), id);
        return translations.view(item.kind(), draftFiles.read(item.files()), item.translationBasis());
    }
}
