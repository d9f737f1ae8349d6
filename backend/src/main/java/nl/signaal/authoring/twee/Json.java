package nl.signaal.authoring.twee;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small JSON chunks of Twee (StoryData, passage metadata), read with jackson-core's streaming parser (strict
 * RFC 8259; it is on the classpath through Micronaut serde). Decision 0046 says why not a reader of our own.
 */
final class Json {

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** Story metadata is two or three levels deep; deeper is refused long before the stack is at risk. */
    static final int MAX_DEPTH = 50;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private Json() {}

    /** Maps, lists, strings, BigDecimals, Booleans and nulls. */
    static Object parse(String text) throws Invalid {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new Invalid("no value");
            }
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new Invalid("unexpected " + parser.getText() + " after the value at character "
                        + (parser.currentTokenLocation().getCharOffset() + 1));
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new Invalid("nested more than " + MAX_DEPTH + " levels deep");
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage()
                    .lines()
                    .findFirst()
                    .orElse("")
                    .replaceAll(" \\(start marker at .*\\)", "")
                    .replaceAll(" \\(code [0-9]+\\)", "");
            throw new Invalid(message + " at character "
                    + (e.getLocation() == null ? 0 : e.getLocation().getCharOffset() + 1));
        } catch (IOException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, value(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }
}
