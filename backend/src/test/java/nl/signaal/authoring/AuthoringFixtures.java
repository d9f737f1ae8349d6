package nl.signaal.authoring;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;

/** Drafts and published versions for the authoring tests; publishing itself is another branch's. */
final class AuthoringFixtures {
    private AuthoringFixtures() {}

    /** The files of a draft as the API answered them. */
    static Map<String, String> files(Api.Response item) {
        Map<String, String> files = new HashMap<>();
        item.body()
                .get("files")
                .entries()
                .forEach(e -> files.put(e.getKey(), e.getValue().getStringValue()));
        return files;
    }

    /** A published version of the item, as publishing writes it: live, by the item's last editor. */
    static AuthoredVersion version(Api.Response item, int number, Map<String, String> files, DraftFiles draftFiles) {
        UUID by = UUID.fromString(item.text("updatedBy"));
        return new AuthoredVersion(
                UUID.randomUUID(),
                UUID.fromString(item.text("id")),
                number,
                draftFiles.write(files),
                by,
                by,
                Instant.now(),
                null,
                null);
    }

    /** A module draft the content validator accepts: the template as it is (it carries a one-question check). */
    static Map<String, String> validModule(Map<String, String> template) {
        return new HashMap<>(template);
    }
}
