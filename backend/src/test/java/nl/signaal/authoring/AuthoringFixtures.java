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

    /** A module draft the content validator accepts: the template plus a one-question knowledge check. */
    static Map<String, String> validModule(Map<String, String> template, String id) {
        Map<String, String> files = new HashMap<>(template);
        files.put("module.yaml", template.get("module.yaml") + """
                check:
                  passThreshold: 0.7
                  questions:
                    - id: %s-doorvragen
                      competency: signal-recognition
                      multiple: false
                      options: [a, b]
                      correct: [a]
                """.formatted(id));
        files.put("nl.yaml", template.get("nl.yaml") + """
                check:
                  questions:
                    %s-doorvragen:
                      prompt: "Helpt doorvragen om signalen te zien?"
                      options:
                        a:
                          text: "Ja, je hoort meer."
                          feedback: "Goed. Doorvragen helpt."
                        b:
                          text: "Nee, dat maakt niet uit."
                          feedback: "Doorvragen helpt juist."
                """.formatted(id));
        return files;
    }
}
