package nl.signaal.authoring.twee;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.ContentProblem;
import nl.signaal.content.LoadResult;
import org.jsoup.nodes.Element;

/**
 * The Twine import as the command and the browser use it: read a file, list its stories (a library archive holds
 * several), convert one into the files of a scenario folder and check them with the validator {@code
 * validate-content} uses, so "imported" is only said of a scenario that can be played.
 */
public final class TwineImport {

    /** One story of a file; {@code index} counts from 1 in the order of the file. */
    public record StoryChoice(int index, String name, String ifid) {}

    /**
     * One report line. severity ERROR (nothing written, or the validator rejects the result), WARNING or TODO;
     * passage empty and line 0 when they do not apply; line counts in the imported file.
     */
    public record Finding(String severity, String passage, int line, String message) {

        /** {@code story.twee:12: warning: passage 'X': message}, as the command prints it. */
        public String format(String file) {
            return file + (line > 0 ? ":" + line : "") + ": "
                    + severity.toLowerCase(Locale.ROOT).replace("todo", "to do") + ": "
                    + (passage.isEmpty() ? "" : "passage '" + passage + "': ") + message;
        }
    }

    public enum Status {
        /** Converted and valid. */
        IMPORTED,
        /** Converted, but the validator finds errors (e.g. unreachable nodes): it cannot be played yet. */
        IMPORTED_WITH_PROBLEMS,
        /** Not converted (errors in the file); nothing to write. */
        NOT_IMPORTED
    }

    /**
     * The outcome of converting one story. {@code files}: scenario.yaml and nl.yaml (empty when not imported);
     * {@code reportMarkdown}: import-report.md; {@code summary}: one line with the counts.
     */
    public record Result(
            Status status,
            String ifid,
            Map<String, String> files,
            List<Finding> findings,
            String reportMarkdown,
            String summary) {}

    private static final Pattern QUOTED_ID = Pattern.compile("'([a-z0-9]+(?:-[a-z0-9]+)*)'");

    private final String fileName;
    private final boolean html;
    private final List<Element> elements;
    private final Story twee;
    private final Report tweeReport;

    private TwineImport(String fileName, String source) {
        this.fileName = fileName;
        this.html = TweeImportCommand.isHtml(source);
        if (html) {
            this.elements = TwineHtmlParser.stories(source);
            this.twee = null;
            this.tweeReport = null;
        } else {
            this.elements = List.of();
            this.tweeReport = new Report();
            this.twee = TweeParser.parse(source, tweeReport);
        }
    }

    /** Reads a Twee 3 or Twine 2 HTML file (published story or library archive); nothing is converted yet. */
    public static TwineImport read(String fileName, String source) {
        return new TwineImport(fileName, source);
    }

    /** The stories in the file: one for Twee, one per {@code <tw-storydata>} for HTML (none: not a Twine file). */
    public List<StoryChoice> stories() {
        if (!html) {
            return List.of(new StoryChoice(1, twee.title(), twee.ifid()));
        }
        List<StoryChoice> stories = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            stories.add(new StoryChoice(i + 1, e.attr("name"), e.attr("ifid").strip()));
        }
        return stories;
    }

    /** The story named by {@code selector}: its index (from 1) or its exact name; empty when none matches. */
    public Optional<StoryChoice> story(String selector) {
        String s = selector.strip();
        List<StoryChoice> stories = stories();
        if (s.matches("[0-9]{1,9}")) {
            int index = Integer.parseInt(s);
            return index >= 1 && index <= stories.size() ? Optional.of(stories.get(index - 1)) : Optional.empty();
        }
        return stories.stream().filter(c -> c.name().equals(s)).findFirst();
    }

    /** A scenario id made from a story name: lowercase letters, digits and single hyphens. */
    public static String idFor(String storyName) {
        return TweeConversion.slug(storyName, "twine-verhaal");
    }

    /**
     * Converts story {@code index} (from 1) into scenario {@code scenarioId} and checks the result with the validator
     * (lesson links against {@code modulesForLinks}).
     */
    public Result convert(int index, String scenarioId, Content modulesForLinks) {
        Report report = new Report();
        Story story;
        if (html) {
            story = index >= 1 && index <= elements.size()
                    ? TwineHtmlParser.parse(elements.get(index - 1), report)
                    : null;
            if (story == null) {
                report.error("", 0, "no <tw-storydata> element: this is not a Twine 2 story file");
            }
        } else {
            tweeReport.entries().forEach(e -> copy(e, report));
            tweeReport.unconverted().forEach(u -> report.keep(u.title(), u.line(), u.source()));
            story = twee;
        }
        TweeConversion.Scenario scenario = null;
        if (story != null && !report.hasErrors()) {
            scenario = TweeConversion.convert(story, scenarioId, report);
        }
        String counts = counts(report);
        if (scenario == null || report.hasErrors()) {
            return new Result(
                    Status.NOT_IMPORTED,
                    story == null ? "" : story.ifid(),
                    Map.of(),
                    findings(report),
                    "",
                    "Not imported: " + counts + "; nothing written");
        }
        Map<String, String> files = ScenarioFolder.files(scenario, story.ifid());
        LoadResult checked = ContentLoader.checkScenario(scenarioId, files, modulesForLinks);
        for (ContentProblem problem : checked.errors()) {
            Story.Passage passage = passageOf(problem.message(), scenario);
            report.invalid(
                    passage == null ? "" : passage.name(),
                    passage == null ? 0 : passage.line(),
                    problem.message() + " (" + problem.file().getFileName()
                            + (problem.line() > 0 ? " line " + problem.line() : "") + ")");
        }
        boolean playable = !checked.hasErrors();
        String summary = (playable ? "Imported " : "Imported with problems: ")
                + count(scenario.nodes(), "node") + " (" + count(scenario.endings(), "ending") + "), "
                + count(scenario.choices(), "choice") + ", " + count(scenario.variables(), "variable") + "; "
                + counts(report)
                + (playable
                        ? ""
                        : "; validate-content finds " + count(checked.errors().size(), "error")
                                + ": the scenario cannot be played until they are fixed");
        String title = String.valueOf(scenario.dutch().get("title"));
        String format = story.format().isEmpty()
                ? "unknown story format"
                : "story format " + (story.format() + " " + story.formatVersion()).strip();
        String markdown = ScenarioFolder.markdown(title, fileName + " (" + format + ")", summary + ".", report);
        return new Result(
                playable ? Status.IMPORTED : Status.IMPORTED_WITH_PROBLEMS,
                story.ifid(),
                files,
                findings(report),
                markdown,
                summary);
    }

    /** The passage of the first node the validator's message names ('node-id'), null when it names none. */
    private static Story.Passage passageOf(String message, TweeConversion.Scenario scenario) {
        Matcher m = QUOTED_ID.matcher(message);
        while (m.find()) {
            Story.Passage p = scenario.passageOfNode().get(m.group(1));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static void copy(Report.Entry e, Report into) {
        switch (e.severity()) {
            case ERROR -> into.error(e.passage(), e.line(), e.message());
            case WARNING -> into.warning(e.passage(), e.line(), e.message());
            case TODO -> into.todo(e.passage(), e.line(), e.message());
            case INVALID -> into.invalid(e.passage(), e.line(), e.message());
        }
    }

    private static List<Finding> findings(Report report) {
        return report.entries().stream()
                .map(e -> new Finding(
                        e.severity() == Report.Severity.INVALID
                                ? "ERROR"
                                : e.severity().name(),
                        e.passage(),
                        e.line(),
                        e.message()))
                .toList();
    }

    private static String counts(Report report) {
        return count(report.count(Report.Severity.ERROR), "error") + ", "
                + count(report.count(Report.Severity.WARNING), "warning") + ", "
                + report.count(Report.Severity.TODO) + " to do";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
