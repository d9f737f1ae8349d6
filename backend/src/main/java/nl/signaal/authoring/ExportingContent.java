package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * A published version (or the draft) as a zip of content files that {@code validate-content} accepts when unzipped into
 * content/: the same files give the same bytes.
 */
@Singleton
class ExportingContent {
    static final String DRAFT = "draft";

    private final AuthoringAccess access;
    private final AuthoredVersionRepository versions;
    private final DraftFiles draftFiles;

    ExportingContent(AuthoringAccess access, AuthoredVersionRepository versions, DraftFiles draftFiles) {
        this.access = access;
        this.versions = versions;
        this.draftFiles = draftFiles;
    }

    record Export(String fileName, byte[] zip) {}

    /**
     * @param version a version number, {@code draft}, or null for the latest published version (the latest live one;
     *     when all are unpublished, the latest)
     */
    Export export(SignedInUser user, UUID id, @Nullable String version) {
        AuthoredItem item = access.item(user, id);
        if (DRAFT.equals(version)) {
            return export(item, draftFiles.read(item.files()), item.contentId() + "-draft.zip");
        }
        List<AuthoredVersion> published = versions.findByItemIdOrderByNumberDesc(item.id());
        AuthoredVersion chosen;
        if (version == null || version.isBlank()) {
            chosen = published.stream()
                    .filter(AuthoredVersion::live)
                    .findFirst()
                    .or(() -> published.stream().findFirst())
                    .orElseThrow(() -> ApiException.invalidField(
                            "version", "'" + item.contentId() + "' has no published version yet: export the draft"));
        } else {
            int number;
            try {
                number = Integer.parseInt(version.strip());
            } catch (NumberFormatException e) {
                throw ApiException.invalidField("version", "must be a version number or 'draft'");
            }
            chosen = published.stream()
                    .filter(v -> v.number() == number)
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalidField(
                            "version", "'" + item.contentId() + "' has no published version " + number));
        }
        return export(item, draftFiles.read(chosen.files()), item.contentId() + "-v" + chosen.number() + ".zip");
    }

    private static Export export(AuthoredItem item, Map<String, String> files, String name) {
        return new Export(name, ContentFolder.zip(ContentFolder.paths(item.kind(), item.contentId(), files)));
    }
}
