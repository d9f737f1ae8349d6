package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import nl.signaal.authoring.ContentFolderApi.ImportReport;
import nl.signaal.authoring.ContentFolderApi.Publishing;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * Authored content as content/ files: export of a published version (or the draft) as a zip, import of a zip of a
 * content folder as drafts, and when a publication reaches learners.
 */
@Controller("/api/authoring")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "authoring")
class ContentFolderController {
    static final String ZIP = "application/zip";

    private final ExportingContent exporting;
    private final ImportingContent importing;

    ContentFolderController(ExportingContent exporting, ImportingContent importing) {
        this.exporting = exporting;
        this.importing = importing;
    }

    @Get("/publishing")
    @Operation(summary = "When a publication reaches learners: scenarios at once, modules at the next start")
    Publishing publishing(Authentication authentication) {
        AuthoringAccess.author(SignedInUser.of(authentication));
        return new Publishing("immediate", "next-start");
    }

    @Get(value = "/items/{id}/export", produces = ZIP)
    @Operation(
            summary = "A published version (default: the latest) or version=draft as a zip of content/ files that"
                    + " validate-content accepts; the same files always give the same bytes")
    HttpResponse<byte[]> export(
            Authentication authentication, @PathVariable UUID id, @Nullable @QueryValue String version) {
        ExportingContent.Export export = exporting.export(SignedInUser.of(authentication), id, version);
        return HttpResponse.ok(export.zip())
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"");
    }

    @Post(
            value = "/import/content",
            consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Import a zip of a content folder (multipart 'file', at most 5 MB and 200 entries): one draft per"
                    + " scenario or module, created or updated, or refused with the reason")
    ImportReport importContent(Authentication authentication, @Nullable @Part("file") CompletedFileUpload file) {
        SignedInUser user = AuthoringAccess.author(SignedInUser.of(authentication));
        if (file == null) {
            throw ApiException.invalidField("file", "is required: a .zip of a content folder");
        }
        if (file.getSize() > ContentFolder.MAX_ZIP_BYTES) {
            throw ApiException.invalidField("file", "is larger than 5 MB");
        }
        try {
            return importing.importZip(user, file.getBytes());
        } catch (IOException e) {
            throw ApiException.invalidField("file", "could not be read: " + e.getMessage());
        }
    }
}
