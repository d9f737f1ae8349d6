package nl.signaal.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.signaal.content.LocaleTexts.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A Markdown text being written (a lesson, a flyer, a scene's text) rendered exactly as learners will get it, with
 * what the validator would say about it. The HTML comes from the very renderer and sanitiser that render content/
 * ({@link LessonMarkdown}); the problems from the same reader that checks a locale file, so the messages match.
 *
 * <p>One difference, as images are not authored in the browser: an image of a lesson or flyer shows as its alt text
 * (what a browser shows for an image it cannot load), never as an image fetched from the app.
 */
public record MarkdownPreview(String html, List<ContentProblem> problems) {

    /** What is previewed: where it will appear decides how links and images are read. */
    public enum Kind {
        /** A module's lesson body: lesson:&lt;lesson&gt; links point into the module; images allowed. */
        LESSON,
        /** A module's flyer: as a lesson. */
        FLYER,
        /** A scenario's text (scene, ending, debrief): lesson links name their module; no images. */
        SCENE
    }

    private static final Path FILE = Path.of("content", "preview.yaml");

    public MarkdownPreview {
        problems = List.copyOf(problems);
    }

    /**
     * @param moduleId the module the text belongs to (LESSON, FLYER), null for SCENE
     * @param ownLessons the lessons of that module as the draft has them, so links between its lessons are known
     * @param content the shipped content that lesson: and term: links may point to
     */
    public static MarkdownPreview of(
            String markdown, Kind kind, String moduleId, Set<String> ownLessons, Content content) {
        boolean inModule = kind != Kind.SCENE;
        String html = LessonMarkdown.toHtml(markdown, inModule ? moduleId : null);
        return new MarkdownPreview(
                inModule ? imagesAsAltText(html) : html, problems(markdown, kind, moduleId, ownLessons, content));
    }

    private static String imagesAsAltText(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        for (Element image : document.select("img")) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        return document.body().html();
    }

    private static List<ContentProblem> problems(
            String markdown, Kind kind, String moduleId, Set<String> ownLessons, Content content) {
        // The text as the only value of a small locale file, read as a lesson body is read: a literal block keeps
        // every character as written, and its line n is the Markdown's line n - 1.
        String where = kind.name().toLowerCase(java.util.Locale.ROOT);
        String yaml = "body: |2-\n"
                + markdown.replace("\r\n", "\n")
                        .replace('\r', '\n')
                        .lines()
                        .map(line -> "  " + line)
                        .collect(Collectors.joining("\n"));
        Problems problems = new Problems(Path.of("content"));
        String currentModule = kind == Kind.SCENE ? null : moduleId;
        YamlFile.parse(FILE, yaml, problems).ifPresent(file -> {
            LocaleTexts texts =
                    LocaleTextsReader.read(file, SupportedLocales.SOURCE, currentModule, problems, (r, root) -> {
                        if (kind != Kind.SCENE) {
                            r.allowImages();
                        }
                        r.markdown(root, "body", where);
                    });
            Text text = texts.texts().get(where);
            if (text != null) {
                ModuleReader.checkLinks(
                        currentModule, texts, where, text, lessons(content, currentModule, ownLessons), problems);
            }
        });
        List<String> terms =
                content.glossary().terms().stream().map(Glossary.Term::id).toList();
        for (Problems.TermLink link : problems.termLinks()) {
            if (!terms.contains(link.term())) {
                problems.error(
                        link.file(),
                        link.line(),
                        Suggestion.unknown("glossary term", link.term(), terms) + " in " + link.where()
                                + " (not in content/glossary/glossary.yaml)");
            }
        }
        return problems.sorted().stream()
                .map(p -> new ContentProblem(
                        p.severity(), Path.of(where), Math.max(0, p.line() - 1), p.column(), p.message()))
                .toList();
    }

    private static Map<String, Set<String>> lessons(Content content, String moduleId, Set<String> ownLessons) {
        Map<String, Set<String>> lessons = new HashMap<>();
        content.modules()
                .forEach(module -> lessons.put(
                        module.id(), module.lessons().stream().map(Lesson::id).collect(Collectors.toSet())));
        if (moduleId != null) {
            lessons.put(moduleId, Set.copyOf(ownLessons));
        }
        return lessons;
    }
}
