package nl.signaal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.uri.UriMatchInfo;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.web.router.RouteAttributes;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Refuses control characters (Unicode category Cc: NUL, ESC, line breaks, C1 controls) in path variables, query
 * values and JSON string values before any feature sees them: PostgreSQL rejects NUL in text (a 500 per request),
 * and no field of this API is free text that could hold a line break. One check at the edge instead of a pattern on
 * every field; decision 0010 says why and what a future multi-line field does.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ControlCharacters implements Ordered {
    static final String MESSAGE = "must not contain control characters";
    private final JsonMapper json;

    ControlCharacters(JsonMapper json) {
        this.json = json;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuse(HttpRequest<?> request, @Nullable @Body String body) {
        Set<String> fields = new LinkedHashSet<>();
        pathVariables(request, fields);
        request.getParameters().forEach((name, values) -> {
            if (hasControl(name)) {
                fields.add("query");
            } else if (values.stream().anyMatch(ControlCharacters::hasControl)) {
                fields.add(name);
            }
        });
        if (body != null && isJson(request)) {
            jsonStrings(body, fields, multiLine(request));
        }
        if (fields.isEmpty()) {
            return null;
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "The request has invalid fields.",
                fields.stream()
                        .map(field -> new Problem.FieldError(field, MESSAGE))
                        .toList());
    }

    @Override
    public int getOrder() {
        // Before the session lookup and the security rules: nothing behind this may see a NUL.
        return ServerFilterPhase.FIRST.after();
    }

    static boolean hasControl(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** As {@link #hasControl} but tab, CR and LF pass: for the multi-line texts of {@link #MULTI_LINE} routes. */
    static boolean hasControlBesidesLineBreaks(String text) {
        return text.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\r' && c != '\n');
    }

    /**
     * Routes whose JSON strings are multi-line by nature (decision 0010): authored content files. Their texts are
     * shown only after the content validator and the Markdown sanitiser have read them.
     */
    private static final String MULTI_LINE = "/api/authoring/";

    private static boolean multiLine(HttpRequest<?> request) {
        return request.getPath().startsWith(MULTI_LINE);
    }

    private static void pathVariables(HttpRequest<?> request, Set<String> fields) {
        RouteAttributes.getRouteMatch(request)
                .filter(UriMatchInfo.class::isInstance)
                .map(match -> ((UriMatchInfo) match).getVariableValues())
                .orElse(Map.of())
                .forEach((name, value) -> {
                    if (value != null && hasControl(decoded(value.toString()))) {
                        fields.add(name);
                    }
                });
        if (fields.isEmpty() && hasControl(decoded(request.getPath()))) {
            fields.add("path"); // no route takes it, but the 404 must not quote it either
        }
    }

    // The router hands over path and variables still percent-encoded; the controller's binding decodes them.
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType()
                .map(type -> type.getSubtype().endsWith("json"))
                .orElse(false);
    }

    private void jsonStrings(String body, Set<String> fields, boolean multiLine) {
        if (body.indexOf('\\') < 0 && !hasControl(body)) {
            return; // no control character can hide in it; the common case costs one scan
        }
        try {
            collect(json.readValue(body, JsonNode.class), "", fields, multiLine);
        } catch (IOException e) {
            // malformed JSON: the body binding answers 400 for it
        }
    }

    private static void collect(JsonNode node, String path, Set<String> fields, boolean multiLine) {
        if (node.isString()) {
            String text = node.getStringValue();
            if (multiLine ? hasControlBesidesLineBreaks(text) : hasControl(text)) {
                fields.add(path.isEmpty() ? "body" : path);
            }
        } else if (node.isArray()) {
            node.values().forEach(value -> collect(value, path, fields, multiLine));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                String key = entry.getKey();
                if (hasControl(key)) {
                    fields.add(path.isEmpty() ? "body" : path);
                } else {
                    collect(entry.getValue(), path.isEmpty() ? key : path + "." + key, fields, multiLine);
                }
            }
        }
    }
}
