package nl.signaal.progress;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The format parameter of the Statement API (Communication 2.1.3): {@code exact} is the statement as stored;
 * {@code ids} keeps only what identifies agents, activities and verbs; {@code canonical} is exact with every language
 * map narrowed to the one language the Accept-Language header prefers (or, when none of it matches, the map's first).
 * Works on the JSON tree, so it holds for whatever a statement comes to carry.
 */
final class StatementFormats {
    private static final Set<String> LANGUAGE_MAPS = Set.of("display", "name", "description");
    private static final Set<String> AGENT_IDENTITY =
            Set.of("objectType", "mbox", "mbox_sha1sum", "openid", "account", "member");
    private static final Set<String> AGENT_KEYS = Set.of("actor", "authority", "instructor", "team");

    private StatementFormats() {}

    static JsonNode apply(JsonNode statement, StatementQuery.Format format, String acceptLanguage) {
        return switch (format) {
            case EXACT -> statement;
            case IDS -> ids(statement);
            case CANONICAL -> canonical(statement, ranges(acceptLanguage));
        };
    }

    private static JsonNode ids(JsonNode statement) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : statement.entries()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            out.put(
                    key,
                    switch (key) {
                        case "verb" -> only(value, Set.of("id"));
                        case "object" -> object(value);
                        case "context" -> context(value);
                        default -> AGENT_KEYS.contains(key) ? agent(value) : value;
                    });
        }
        return JsonNode.createObjectNode(out);
    }

    private static JsonNode object(JsonNode object) {
        if (!object.isObject()) {
            return object;
        }
        JsonNode type = object.get("objectType");
        String objectType = type == null ? "Activity" : type.getStringValue();
        return switch (objectType) {
            case "Activity" -> only(object, Set.of("objectType", "id"));
            case "Agent", "Group" -> agent(object);
            case "SubStatement" -> ids(object);
            default -> object;
        };
    }

    private static JsonNode context(JsonNode context) {
        if (!context.isObject()) {
            return context;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : context.entries()) {
            JsonNode value = entry.getValue();
            if (entry.getKey().equals("contextActivities") && value.isObject()) {
                Map<String, JsonNode> categories = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> category : value.entries()) {
                    categories.put(category.getKey(), each(category.getValue(), StatementFormats::object));
                }
                value = JsonNode.createObjectNode(categories);
            } else if (AGENT_KEYS.contains(entry.getKey())) {
                value = agent(value);
            }
            out.put(entry.getKey(), value);
        }
        return JsonNode.createObjectNode(out);
    }

    private static JsonNode agent(JsonNode agent) {
        if (!agent.isObject()) {
            return agent;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : agent.entries()) {
            if (AGENT_IDENTITY.contains(entry.getKey())) {
                out.put(
                        entry.getKey(),
                        entry.getKey().equals("member")
                                ? each(entry.getValue(), StatementFormats::agent)
                                : entry.getValue());
            }
        }
        return JsonNode.createObjectNode(out);
    }

    private static JsonNode canonical(JsonNode node, List<Locale.LanguageRange> ranges) {
        if (node.isArray()) {
            return each(node, child -> canonical(child, ranges));
        }
        if (!node.isObject()) {
            return node;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            JsonNode value = entry.getValue();
            out.put(
                    entry.getKey(),
                    LANGUAGE_MAPS.contains(entry.getKey()) && isLanguageMap(value)
                            ? narrow(value, ranges)
                            : canonical(value, ranges));
        }
        return JsonNode.createObjectNode(out);
    }

    private static boolean isLanguageMap(JsonNode value) {
        if (!value.isObject() || value.size() == 0) {
            return false;
        }
        for (JsonNode text : value.values()) {
            if (!text.isString()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode narrow(JsonNode map, List<Locale.LanguageRange> ranges) {
        List<String> tags = new ArrayList<>();
        map.entries().forEach(entry -> tags.add(entry.getKey()));
        String chosen = ranges.isEmpty() ? null : Locale.lookupTag(ranges, tags);
        if (chosen == null) {
            chosen = tags.get(0);
        }
        for (Map.Entry<String, JsonNode> entry : map.entries()) {
            if (entry.getKey().equalsIgnoreCase(chosen)) {
                return JsonNode.createObjectNode(Map.of(entry.getKey(), entry.getValue()));
            }
        }
        return map;
    }

    private static List<Locale.LanguageRange> ranges(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static JsonNode only(JsonNode node, Set<String> keys) {
        if (!node.isObject()) {
            return node;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            if (keys.contains(entry.getKey())) {
                out.put(entry.getKey(), entry.getValue());
            }
        }
        return JsonNode.createObjectNode(out);
    }

    private static JsonNode each(JsonNode array, java.util.function.UnaryOperator<JsonNode> change) {
        if (!array.isArray()) {
            return array;
        }
        List<JsonNode> out = new ArrayList<>();
        array.values().forEach(item -> out.add(change.apply(item)));
        return JsonNode.createArrayNode(out);
    }
}
