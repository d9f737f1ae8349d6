package nl.signaal.webinar;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes a webinar's texts per locale (JSON objects); a missing locale falls back to Dutch. */
@Singleton
class WebinarTexts {
    public static final String SOURCE = "nl";

    private final JsonMapper json;

    WebinarTexts(JsonMapper json) {
        this.json = json;
    }

    public String title(Webinar webinar, String locale) {
        return pick(read(webinar.title()), locale);
    }

    public String description(Webinar webinar, String locale) {
        return pick(read(webinar.description()), locale);
    }

    /** Every locale's text of a JSON object column. */
    public Map<String, String> read(String column) {
        try {
            JsonNode node = json.readValue(column, JsonNode.class);
            Map<String, String> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                if (entry.getValue().isString()) {
                    texts.put(entry.getKey(), entry.getValue().getStringValue());
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON object of texts per locale", e);
        }
    }

    public String write(Map<String, String> texts) {
        try {
            return json.writeValueAsString(new LinkedHashMap<>(texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pick(Map<String, String> texts, String locale) {
        String text = texts.get(locale);
        return text != null && !text.isBlank() ? text : texts.getOrDefault(SOURCE, "");
    }
}
