package nl.signaal.simulation;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import nl.signaal.simulation.engine.State;

/** How run state and stored source files are written to and read from text columns. */
@Singleton
final class Json {
    private static final Argument<Map<String, Integer>> STATE = Argument.mapOf(String.class, Integer.class);
    private static final Argument<Map<String, String>> FILES = Argument.mapOf(String.class, String.class);

    private final JsonMapper mapper;

    Json(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String state(State state) {
        return write(new TreeMap<>(state.values()));
    }

    State state(String text) {
        return new State(read(text, STATE));
    }

    String files(Map<String, String> files) {
        return write(new TreeMap<>(files));
    }

    Map<String, String> files(String text) {
        return read(text, FILES);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
