package nl.signaal.authoring.twee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Twee 3 (twee-3-specification.md v1.0.0) into a {@link Story}. Damage is handled as the spec recommends:
 * bad StoryData or passage metadata is reported and dropped; a duplicate passage name keeps the first passage.
 */
final class TweeParser {

    private record Header(String name, List<String> tags, Map<String, String> metadata) {}

    private final Report report;

    private TweeParser(Report report) {
        this.report = report;
    }

    static Story parse(String source, Report report) {
        return new TweeParser(report).story(source);
    }

    private Story story(String source) {
        String[] lines = normalise(source).split("\n", -1);
        List<Story.Passage> passages = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String title = "";
        String start = "Start";
        int startLine = 0;
        String format = "";
        String formatVersion = "";
        String ifid = "";

        int i = 0;
        while (i < lines.length && !lines[i].startsWith("::")) {
            i++;
        }
        String preamble = String.join("\n", List.of(lines).subList(0, i)).strip();
        if (!preamble.isEmpty()) {
            report.warning("", 1, "text before the first passage header belongs to no passage; kept in the report");
            report.keep("Text before the first passage", 1, preamble);
        }
        while (i < lines.length) {
            int headerLine = i + 1;
            Header header = header(lines[i].substring(2), headerLine);
            i++;
            int textStart = i;
            while (i < lines.length && !lines[i].startsWith("::")) {
                i++;
            }
            int textEnd = i;
            while (textEnd > textStart && lines[textEnd - 1].isBlank()) {
                textEnd--;
            }
            List<String> body = new ArrayList<>();
            for (int l = textStart; l < textEnd; l++) {
                body.add(lines[l].startsWith("\\::") ? lines[l].substring(1) : lines[l]);
            }
            String text = String.join("\n", body);
            if (header == null) {
                report.keep("Passage without a name, line " + headerLine, headerLine, text);
                continue;
            }
            Integer first = firstLine.putIfAbsent(header.name(), headerLine);
            if (first != null) {
                report.warning(
                        header.name(),
                        headerLine,
                        "duplicate passage name (first defined at line " + first
                                + "); this passage is ignored and kept in the report");
                report.keep("Duplicate passage '" + header.name() + "', line " + headerLine, headerLine, text);
                continue;
            }
            switch (header.name()) {
                case "StoryTitle" -> title = text.strip();
                case "StoryData" -> {
                    Map<String, Object> data = storyData(text, headerLine);
                    if (data.get("start") instanceof String s) {
                        start = s;
                        startLine = lineOf(lines, textStart, textEnd, "\"start\"", headerLine);
                    }
                    format = data.get("format") instanceof String s ? s : "";
                    formatVersion = data.get("format-version") instanceof String s ? s : "";
                    ifid = data.get("ifid") instanceof String s ? s.strip() : "";
                }
                default ->
                    passages.add(new Story.Passage(
                            header.name(), header.tags(), header.metadata(), text, headerLine, headerLine + 1));
            }
        }
        return new Story(title, start, startLine, format, formatVersion, ifid, passages);
    }

    private static String normalise(String source) {
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineOf(String[] lines, int from, int to, String needle, int fallback) {
        for (int l = from; l < to; l++) {
            if (lines[l].contains(needle)) {
                return l + 1;
            }
        }
        return fallback;
    }

    private Map<String, Object> storyData(String text, int line) {
        try {
            if (Json.parse(text) instanceof Map<?, ?> map) {
                Map<String, Object> data = new LinkedHashMap<>();
                map.forEach((k, v) -> data.put((String) k, v));
                return data;
            }
            report.warning("StoryData", line, "StoryData is not a JSON object; ignored");
        } catch (Json.Invalid e) {
            report.warning("StoryData", line, "StoryData is not valid JSON (" + e.getMessage() + "); ignored");
        }
        return Map.of();
    }

    /** Parses what follows {@code ::}; null when there is no name. */
    private Header header(String rest, int line) {
        int pos = 0;
        StringBuilder name = new StringBuilder();
        while (pos < rest.length() && rest.charAt(pos) != '[' && rest.charAt(pos) != '{') {
            char c = rest.charAt(pos);
            if (c == '\\' && pos + 1 < rest.length()) {
                name.append(rest.charAt(pos + 1));
                pos += 2;
            } else {
                name.append(c);
                pos++;
            }
        }
        String passage = name.toString().strip();
        if (passage.isEmpty()) {
            report.error("", line, "passage header without a name");
            return null;
        }
        List<String> tags = new ArrayList<>();
        if (pos < rest.length() && rest.charAt(pos) == '[') {
            pos++;
            StringBuilder tag = new StringBuilder();
            boolean closed = false;
            while (pos < rest.length()) {
                char c = rest.charAt(pos);
                if (c == '\\' && pos + 1 < rest.length()) {
                    tag.append(rest.charAt(pos + 1));
                    pos += 2;
                    continue;
                }
                pos++;
                if (c == ']') {
                    closed = true;
                    break;
                }
                if (Character.isWhitespace(c)) {
                    addTag(tags, tag);
                } else {
                    tag.append(c);
                }
            }
            addTag(tags, tag);
            if (!closed) {
                report.warning(passage, line, "tag block is not closed with ']'; read to the end of the line");
            }
        }
        while (pos < rest.length() && rest.charAt(pos) == ' ') {
            pos++;
        }
        Map<String, String> metadata = Map.of();
        String tail = rest.substring(pos).strip();
        if (!tail.isEmpty()) {
            metadata = metadata(tail, passage, line);
        }
        return new Header(passage, tags, metadata);
    }

    private static void addTag(List<String> tags, StringBuilder tag) {
        if (!tag.isEmpty()) {
            tags.add(tag.toString());
            tag.setLength(0);
        }
    }

    private Map<String, String> metadata(String chunk, String passage, int line) {
        try {
            if (Json.parse(chunk) instanceof Map<?, ?> map) {
                Map<String, String> metadata = new LinkedHashMap<>();
                map.forEach((k, v) ->
                        metadata.put((String) k, v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v)));
                return metadata;
            }
            report.warning(passage, line, "passage metadata is not a JSON object; ignored: " + chunk);
        } catch (Json.Invalid e) {
            report.warning(
                    passage, line, "passage metadata is not valid JSON (" + e.getMessage() + "); ignored: " + chunk);
        }
        return Map.of();
    }
}
