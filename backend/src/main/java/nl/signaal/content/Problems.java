package nl.signaal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while reading, so one run reports all of them instead of stopping at the first. */
final class Problems {

    private final Path base;
    private final List<ContentProblem> problems = new ArrayList<>();

    Problems(Path contentRoot) {
        this.base = contentRoot.toAbsolutePath().normalize().getParent();
    }

    void error(Path file, int line, String message) {
        problems.add(new ContentProblem(Severity.ERROR, display(file), line, message));
    }

    void warning(Path file, int line, String message) {
        problems.add(new ContentProblem(Severity.WARNING, display(file), line, message));
    }

    void error(Path file, int line, int column, String message) {
        problems.add(new ContentProblem(Severity.ERROR, display(file), line, column, message));
    }

    boolean hasErrorsUnder(Path folder) {
        Path shown = display(folder);
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR && p.file().startsWith(shown));
    }

    /** Sorted by file, line and column; the sort is stable, so problems on one line keep the order they were found in. */
    List<ContentProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparing((ContentProblem p) -> p.file().toString()).thenComparingInt(ContentProblem::line)
                        .thenComparingInt(ContentProblem::column))
                .toList();
    }

    // Relative to the content root's parent, so messages read "content/modules/x/nl.yaml" wherever the app runs.
    Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute) : file;
    }
}
