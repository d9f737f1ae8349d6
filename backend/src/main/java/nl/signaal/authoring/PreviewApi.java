package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** What the preview endpoints read and answer; docs/authoring.md ("Preview") describes them. */
final class PreviewApi {
    private PreviewApi() {}

    /**
     * Preview a scenario draft as a learner: at node (default: the start) with the declared initial values, the given
     * variables (name to an int, or true/false for a flag) in their place; with choice, that choice made there.
     */
    @Serdeable
    record PreviewCommand(
            @Nullable String node,
            @Nullable Map<String, Object> variables,
            @Nullable String locale,
            @Nullable String choice) {}

    /** Markdown of a lesson, flyer (module drafts) or scene text (scenario drafts), at most 100 000 characters. */
    @Serdeable
    record LessonPreviewCommand(
            @Nullable String locale,
            @Nullable String markdown,
            @Nullable String kind) {}

    /** line: the line in the Markdown (1-based; 0 when not known). */
    @Serdeable
    record MarkdownProblem(String severity, int line, String message) {}

    /** html: sanitised as learners get it (images shown as their alt text); problems: what the validator says. */
    @Serdeable
    record LessonPreviewView(String html, List<MarkdownProblem> problems) {}
}
