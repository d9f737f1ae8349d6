package nl.signaal.authoring;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.ContentProblem;

/**
 * Checks a draft with the validator content/ is checked with: a draft's problems are exactly those
 * {@code validate-content} would print for the same files.
 */
@Singleton
class CheckingDrafts {
    private final Content content;

    CheckingDrafts(Content content) {
        this.content = content;
    }

    List<DraftProblem> check(String kind, String contentId, Map<String, String> files) {
        if (AuthoredItem.SCENARIO.equals(kind)) {
            return ContentLoader.checkScenario(contentId, files, content).problems().stream()
                    .map(CheckingDrafts::problem)
                    .toList();
        }
        // Modules: read in memory by the module reader (to come with the module editor).
        return List.of();
    }

    private static DraftProblem problem(ContentProblem problem) {
        Path file = problem.file().getFileName();
        return new DraftProblem(
                problem.severity().name(),
                file == null ? "" : file.toString(),
                problem.line(),
                problem.column(),
                null,
                null,
                problem.message());
    }
}
