package nl.signaal.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Micronaut's and Jackson's binding messages speak Java ("Cannot deserialize value of type
 * `nl.signaal.refresher.ReminderApi$Choice`", "Failed to convert argument [command]"). A client needs the field and
 * what it should hold, and must not learn our class names.
 */
final class JavaWords {
    private static final Pattern QUALIFIED_TYPE = Pattern.compile("`?\\b(?:[a-zA-Z_][\\w]*\\.)+[A-Z][\\w$]*`?");
    private static final Pattern ONE_OF = Pattern.compile("[Ee]xpected one of \\[([^\\]]*)]");
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[^\\]\\s]+\\s+)?(\\w+)]");
    private static final Pattern TYPE = Pattern.compile("(?:type|into) `?(?:[\\w.$]*[.$])?(\\w+)`?");

    private JavaWords() {}

    /** The JSON property a binding message names, if it names one. */
    static Optional<String> property(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher matcher = PROPERTY.matcher(message);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The message itself when it is already plain words, else what the field should hold. */
    static String userWords(String message) {
        if (message == null) {
            return null;
        }
        boolean java = QUALIFIED_TYPE.matcher(message).find()
                || message.contains("Failed to convert argument")
                || message.contains("deserialize")
                || message.contains("Source: ");
        if (!java) {
            return message;
        }
        Matcher oneOf = ONE_OF.matcher(message);
        if (oneOf.find()) {
            return "must be one of " + oneOf.group(1);
        }
        Matcher type = TYPE.matcher(message);
        if (type.find()) {
            return "expected " + expected(type.group(1));
        }
        return "has the wrong type or format";
    }

    private static String expected(String javaType) {
        return switch (javaType) {
            case "String", "Choice", "Role" -> "text";
            case "UUID" -> "an id (UUID)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "double", "Double", "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "List", "Set", "Collection" -> "a list";
            case "Map" -> "an object";
            default -> "a value of another shape";
        };
    }
}
