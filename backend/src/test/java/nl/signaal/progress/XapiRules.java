package nl.signaal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A structural check of a statement against the xAPI 1.0.3 rules Signaal's statements touch (IRIs absolute, language
 * maps keyed by valid language tags, ISO 8601 durations and timestamps, interaction types and correct-response
 * patterns consistent with the choices, context activities as arrays of activities). Names every problem it finds.
 */
public final class XapiRules {
    private static final Set<String> INTERACTION_TYPES = Set.of(
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other");
    private static final Set<String> CONTEXT_ACTIVITY_KEYS = Set.of("parent", "grouping", "category", "other");
    /** ISO 8601 duration as xAPI uses it: PnYnMnDTnHnMnS (parts optional, fractional seconds) or PnW. */
    private static final Pattern DURATION =
            Pattern.compile("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$|^P\\d+W$");

    private static final String SEPARATOR = Pattern.quote("[,]");

    private XapiRules() {}

    /** Fails with every problem of the statement. */
    public static void assertValid(JsonNode statement) {
        assertThat(problems(statement)).as("xAPI problems of %s", statement).isEmpty();
    }

    public static List<String> problems(JsonNode statement) {
        List<String> problems = new ArrayList<>();
        uuid(problems, "id", statement.get("id"));
        JsonNode actor = statement.get("actor");
        if (actor == null || actor.get("account") == null) {
            problems.add("actor: needs an account");
        } else {
            iri(problems, "actor.account.homePage", actor.get("account").get("homePage"));
        }
        JsonNode verb = statement.get("verb");
        iri(problems, "verb.id", verb == null ? null : verb.get("id"));
        languageMap(problems, "verb.display", verb == null ? null : verb.get("display"), false);
        JsonNode object = statement.get("object");
        if (object == null) {
            problems.add("object: missing");
        } else {
            activity(problems, "object", object);
        }
        JsonNode result = statement.get("result");
        if (result != null) {
            JsonNode duration = result.get("duration");
            if (duration != null && !DURATION.matcher(duration.getStringValue()).matches()) {
                problems.add("result.duration: not an ISO 8601 duration: " + duration.getStringValue());
            }
            JsonNode score = result.get("score");
            if (score != null && score.get("scaled") != null) {
                double scaled = score.get("scaled").getDoubleValue();
                if (scaled < -1 || scaled > 1) {
                    problems.add("result.score.scaled: outside -1..1");
                }
            }
            JsonNode response = result.get("response");
            JsonNode definition = object == null ? null : object.get("definition");
            if (response != null && definition != null && definition.get("interactionType") != null) {
                response(problems, definition, response.getStringValue());
            }
        }
        JsonNode context = statement.get("context");
        if (context != null) {
            if (context.get("registration") != null) {
                uuid(problems, "context.registration", context.get("registration"));
            }
            if (context.get("language") != null) {
                tag(problems, "context.language", context.get("language").getStringValue());
            }
            JsonNode activities = context.get("contextActivities");
            if (activities != null) {
                activities.entries().forEach(entry -> {
                    String path = "context.contextActivities." + entry.getKey();
                    if (!CONTEXT_ACTIVITY_KEYS.contains(entry.getKey())) {
                        problems.add(path + ": not a context activities key");
                    }
                    if (!entry.getValue().isArray()) {
                        problems.add(path + ": not an array");
                        return;
                    }
                    int i = 0;
                    for (JsonNode activity : entry.getValue().values()) {
                        activity(problems, path + "[" + i++ + "]", activity);
                    }
                });
            }
            JsonNode extensions = context.get("extensions");
            if (extensions != null) {
                extensions
                        .entries()
                        .forEach(e -> iri(problems, "context.extensions key", JsonNode.createStringNode(e.getKey())));
            }
        }
        timestamp(problems, "timestamp", statement.get("timestamp"));
        timestamp(problems, "stored", statement.get("stored"));
        return problems;
    }

    private static void activity(List<String> problems, String path, JsonNode activity) {
        JsonNode objectType = activity.get("objectType");
        if (objectType != null && !"Activity".equals(objectType.getStringValue())) {
            problems.add(path + ".objectType: not Activity");
        }
        iri(problems, path + ".id", activity.get("id"));
        JsonNode definition = activity.get("definition");
        if (definition == null) {
            return;
        }
        if (definition.get("type") != null) {
            iri(problems, path + ".definition.type", definition.get("type"));
        }
        if (definition.get("name") != null) {
            languageMap(problems, path + ".definition.name", definition.get("name"), true);
        }
        if (definition.get("description") != null) {
            languageMap(problems, path + ".definition.description", definition.get("description"), true);
        }
        JsonNode type = definition.get("interactionType");
        JsonNode choices = definition.get("choices");
        JsonNode pattern = definition.get("correctResponsesPattern");
        if (type == null) {
            if (choices != null || pattern != null) {
                problems.add(path + ".definition: choices or correctResponsesPattern without interactionType");
            }
            return;
        }
        if (!INTERACTION_TYPES.contains(type.getStringValue())) {
            problems.add(path + ".definition.interactionType: not allowed: " + type.getStringValue());
        }
        if (choices != null && !Set.of("choice", "sequencing").contains(type.getStringValue())) {
            problems.add(path + ".definition.choices: only for choice and sequencing");
        }
        Set<String> ids = choiceIds(problems, path, choices);
        if (pattern != null) {
            if (!pattern.isArray()) {
                problems.add(path + ".definition.correctResponsesPattern: not an array");
                return;
            }
            for (JsonNode one : pattern.values()) {
                for (String part : one.getStringValue().split(SEPARATOR, -1)) {
                    boolean known = "true-false".equals(type.getStringValue())
                            ? Set.of("true", "false").contains(part)
                            : ids.contains(part);
                    if (!known) {
                        problems.add(path + ".definition.correctResponsesPattern: '" + part + "' is no choice");
                    }
                }
            }
        }
    }

    private static Set<String> choiceIds(List<String> problems, String path, JsonNode choices) {
        Set<String> ids = new HashSet<>();
        if (choices == null) {
            return ids;
        }
        int i = 0;
        for (JsonNode choice : choices.values()) {
            String at = path + ".definition.choices[" + i++ + "]";
            if (choice.get("id") == null || choice.get("id").getStringValue().isBlank()) {
                problems.add(at + ".id: missing");
                continue;
            }
            if (!ids.add(choice.get("id").getStringValue())) {
                problems.add(at + ".id: not unique");
            }
            languageMap(problems, at + ".description", choice.get("description"), false);
        }
        return ids;
    }

    /** A response in the interaction's terms: choice ids of its choices, or true/false. */
    private static void response(List<String> problems, JsonNode definition, String response) {
        String type = definition.get("interactionType").getStringValue();
        if ("true-false".equals(type)) {
            if (!Set.of("true", "false").contains(response)) {
                problems.add("result.response: not true or false: " + response);
            }
            return;
        }
        if ("choice".equals(type) && definition.get("choices") != null) {
            Set<String> ids = new HashSet<>();
            definition.get("choices").values().forEach(c -> ids.add(c.get("id").getStringValue()));
            for (String part : response.isEmpty() ? new String[0] : response.split(SEPARATOR)) {
                if (!ids.contains(part)) {
                    problems.add("result.response: '" + part + "' is no choice of the interaction");
                }
            }
        }
    }

    private static void languageMap(List<String> problems, String path, JsonNode map, boolean allowEmpty) {
        if (map == null || !map.isObject()) {
            problems.add(path + ": not a language map");
            return;
        }
        if (!allowEmpty && map.size() == 0) {
            problems.add(path + ": empty");
        }
        map.entries().forEach(entry -> {
            tag(problems, path, entry.getKey());
            if (!entry.getValue().isString()) {
                problems.add(path + "." + entry.getKey() + ": not a string");
            }
        });
    }

    private static void tag(List<String> problems, String path, String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                problems.add(path + ": '" + tag + "' is no language tag");
            }
        } catch (IllformedLocaleException e) {
            problems.add(path + ": '" + tag + "' is no language tag");
        }
    }

    private static void iri(List<String> problems, String path, JsonNode value) {
        if (value == null || !value.isString()) {
            problems.add(path + ": missing");
            return;
        }
        try {
            URI uri = new URI(value.getStringValue());
            if (!uri.isAbsolute() || uri.getScheme() == null) {
                problems.add(path + ": not an absolute IRI: " + value.getStringValue());
            }
        } catch (URISyntaxException e) {
            problems.add(path + ": not an IRI: " + value.getStringValue());
        }
    }

    private static void uuid(List<String> problems, String path, JsonNode value) {
        try {
            UUID.fromString(value.getStringValue());
        } catch (RuntimeException e) {
            problems.add(path + ": not a UUID");
        }
    }

    private static void timestamp(List<String> problems, String path, JsonNode value) {
        try {
            OffsetDateTime.parse(value.getStringValue());
        } catch (DateTimeParseException | NullPointerException e) {
            problems.add(path + ": not an ISO 8601 timestamp");
        }
    }
}
