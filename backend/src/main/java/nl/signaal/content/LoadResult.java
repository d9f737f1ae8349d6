package nl.signaal.content;

import java.util.List;

/** The content that could be loaded and every problem found, sorted by file then line. */
public record LoadResult(Content content, List<ContentProblem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    public List<ContentProblem> errors() {
        return problems.stream()
                .filter(problem -> problem.severity() == Severity.ERROR)
                .toList();
    }

    public List<ContentProblem> warnings() {
        return problems.stream()
                .filter(problem -> problem.severity() == Severity.WARNING)
                .toList();
    }
}
