package nl.signaal.authoring.twee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a Twine 2 HTML file (published story or library archive) into {@link Story}s: each
 * {@code <tw-storydata>}, its {@code <tw-passagedata>} children (entities decoded by jsoup), and the story
 * JavaScript and stylesheet as passages tagged {@code script} and {@code stylesheet}, as Twee has them.
 */
final class TwineHtmlParser {

    private TwineHtmlParser() {}

    /** The {@code <tw-storydata>} elements of a file: one for a published story, any number for a library archive. */
    static List<Element> stories(String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        return document.select("tw-storydata");
    }

    /** The first story; null when the file holds none (reported as an error). */
    static Story parse(String html, Report report) {
        List<Element> stories = stories(html);
        if (stories.isEmpty()) {
            report.error("", 0, "no <tw-storydata> element: this is not a Twine 2 story file");
            return null;
        }
        return parse(stories.get(0), report);
    }

    /** One {@code <tw-storydata>} of {@link #stories}. */
    static Story parse(Element data, Report report) {
        List<Story.Passage> passages = new ArrayList<>();
        Map<String, String> namesByPid = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Element element : data.select("tw-passagedata")) {
            String name = element.attr("name");
            String text = element.wholeText();
            int line = line(element);
            Integer first = firstLine.putIfAbsent(name, line);
            if (first != null) {
                report.warning(
                        name,
                        line,
                        "duplicate passage name (first defined at line " + first
                                + "); this passage is ignored and kept in the report");
                report.keep("Duplicate passage '" + name + "', line " + line, line, text);
                continue;
            }
            namesByPid.putIfAbsent(element.attr("pid"), name);
            Map<String, String> metadata = new LinkedHashMap<>();
            for (String key : List.of("position", "size")) {
                if (element.hasAttr(key)) {
                    metadata.put(key, element.attr(key));
                }
            }
            List<String> tags = Arrays.stream(element.attr("tags").split("\\s+"))
                    .filter(t -> !t.isEmpty())
                    .toList();
            passages.add(new Story.Passage(
                    name,
                    tags,
                    metadata,
                    text,
                    line,
                    element.sourceRange().end().lineNumber()));
        }
        addSource(data, "script, [type=text/twine-javascript]", "Story JavaScript", "script", passages);
        addSource(data, "style, [type=text/twine-css]", "Story Stylesheet", "stylesheet", passages);

        String startNode = data.attr("startnode");
        String start = namesByPid.get(startNode);
        if (start == null) {
            start = startNode.isEmpty() ? "(no startnode)" : "(pid " + startNode + ")";
        }
        return new Story(
                data.attr("name"),
                start,
                line(data),
                data.attr("format"),
                data.attr("format-version"),
                data.attr("ifid").strip(),
                passages);
    }

    private static void addSource(Element data, String query, String name, String tag, List<Story.Passage> into) {
        for (Element element : data.select(query)) {
            String text = element.data().strip();
            if (!text.isEmpty()) {
                into.add(new Story.Passage(
                        name,
                        List.of(tag),
                        Map.of(),
                        text,
                        line(element),
                        element.sourceRange().end().lineNumber()));
                return;
            }
        }
    }

    private static int line(Element element) {
        return Math.max(element.sourceRange().start().lineNumber(), 0);
    }
}
