package nl.signaal.authoring;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.signaal.authoring.PreviewApi.LessonPreviewCommand;
import nl.signaal.authoring.PreviewApi.LessonPreviewView;
import nl.signaal.authoring.PreviewApi.MarkdownProblem;
import nl.signaal.authoring.PreviewApi.PreviewCommand;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.ContentProblem;
import nl.signaal.content.LoadResult;
import nl.signaal.content.MarkdownPreview;
import nl.signaal.content.Scenario;
import nl.signaal.simulation.ScenarioPreview;
import nl.signaal.simulation.engine.State;
import nl.signaal.web.ApiException;
import nl.signaal.web.Problem;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A draft as learners would see it, without publishing or storing anything: a scenario from any node with chosen
 * values (the run's own rendering and rules, {@link ScenarioPreview}), and Markdown being written rendered by the
 * renderer and sanitiser of content/ ({@link MarkdownPreview}).
 */
@Singleton
class PreviewingDrafts {
    static final int MAX_MARKDOWN = 100_000;
    private static final int ERRORS_SHOWN = 20;

    private final DraftFiles draftFiles;
    private final Content content;

    PreviewingDrafts(DraftFiles draftFiles, Content content) {
        this.draftFiles = draftFiles;
        this.content = content;
    }

    /** The node, or with a choice the step to the next node; 422 listing the errors when the draft cannot be played. */
    Object preview(AuthoredItem item, PreviewCommand command, String locale) {
        if (!item.scenario()) {
            throw ApiException.invalidField(
                    "id", "only a scenario draft plays; preview a module's texts with lesson-preview");
        }
        ScenarioPreview preview = new ScenarioPreview(playable(item), locale);
        String node = preview.node(command.node());
        State state = preview.state(command.variables());
        if (command.choice() == null || command.choice().isBlank()) {
            return preview.at(node, state);
        }
        return preview.choose(node, state, command.choice());
    }

    private Scenario playable(AuthoredItem item) {
        LoadResult read = ContentLoader.checkScenario(item.contentId(), draftFiles.read(item.files()), content);
        return read.content().scenario(item.contentId()).orElseThrow(() -> unplayable(read.errors()));
    }

    private static ApiException unplayable(List<ContentProblem> errors) {
        List<Problem.FieldError> shown = errors.stream()
                .limit(ERRORS_SHOWN)
                .map(error -> new Problem.FieldError(
                        error.file().getFileName() == null
                                ? ""
                                : error.file().getFileName().toString(),
                        (error.line() > 0 ? "line " + error.line() + ": " : "") + error.message()))
                .toList();
        return new ApiException(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "This draft cannot be played yet: it has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                        + " to fix first (listed per file).",
                shown);
    }

    LessonPreviewView lessonPreview(AuthoredItem item, LessonPreviewCommand command) {
        String markdown = command.markdown();
        if (markdown == null) {
            throw ApiException.invalidField("markdown", "is required (it may be empty)");
        }
        if (markdown.length() > MAX_MARKDOWN) {
            throw ApiException.invalidField(
                    "markdown", "may hold at most " + MAX_MARKDOWN + " characters; it holds " + markdown.length());
        }
        MarkdownPreview.Kind kind = kind(item, command.kind());
        Map<String, String> files = draftFiles.read(item.files());
        MarkdownPreview preview = MarkdownPreview.of(
                markdown, kind, item.contentId(), item.scenario() ? Set.of() : lessons(files), content);
        return new LessonPreviewView(
                preview.html(),
                preview.problems().stream()
                        .map(p -> new MarkdownProblem(p.severity().name(), p.line(), p.message()))
                        .toList());
    }

    private static MarkdownPreview.Kind kind(AuthoredItem item, String asked) {
        if (asked == null || asked.isBlank()) {
            return item.scenario() ? MarkdownPreview.Kind.SCENE : MarkdownPreview.Kind.LESSON;
        }
        Set<String> allowed = item.scenario() ? Set.of("scene") : Set.of("lesson", "flyer");
        if (!allowed.contains(asked)) {
            throw ApiException.invalidField(
                    "kind",
                    "must be " + allowed.stream().sorted().collect(Collectors.joining(" or ")) + " for a "
                            + item.kind().toLowerCase(Locale.ROOT) + " draft");
        }
        return MarkdownPreview.Kind.valueOf(asked.toUpperCase(Locale.ROOT));
    }

    /** The lessons module.yaml lists, so lesson: links between the draft's own lessons are known; none if unreadable. */
    private static Set<String> lessons(Map<String, String> files) {
        String module = files.get("module.yaml");
        if (module == null) {
            return Set.of();
        }
        try {
            Object parsed = new Load(LoadSettings.builder().build()).loadFromString(module);
            if (parsed instanceof Map<?, ?> map && map.get("lessons") instanceof List<?> lessons) {
                return lessons.stream().map(String::valueOf).collect(Collectors.toSet());
            }
        } catch (RuntimeException notYaml) {
            // a draft may be broken while it is written: its own lesson links are then reported as unknown
        }
        return Set.of();
    }
}
