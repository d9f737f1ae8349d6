package nl.signaal.authoring;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** How a draft's files (file name to text) are written to and read from a text column: sorted, so diffs are stable. */
@Singleton
final class DraftFiles {
    private static final Argument<Map<String, String>> FILES = Argument.mapOf(String.class, String.class);

    private final JsonMapper mapper;

    DraftFiles(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Map<String, String> files) {
        try {
            return mapper.writeValueAsString(new TreeMap<>(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> read(String text) {
        try {
            return new TreeMap<>(mapper.readValue(text, FILES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
