package nl.signaal.certification;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.signaal.content.Localized;

/** Reads a certificate's stored title (a JSON object by locale) back into a {@link Localized}. */
@Singleton
class CertificateTitles {
    private final JsonMapper json;

    CertificateTitles(JsonMapper json) {
        this.json = json;
    }

    Localized of(Certificate certificate) {
        try {
            JsonNode node = json.readValue(certificate.title(), JsonNode.class);
            Map<String, String> byLocale = new HashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                byLocale.put(entry.getKey(), entry.getValue().getStringValue());
            }
            return new Localized(byLocale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
