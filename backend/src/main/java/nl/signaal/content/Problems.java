package nl.signaal.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Collects problems while reading, so one run reports all of them instead of stopping at the first. */
final class Problems {

    private final Path base;
    private final Path root;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<TermLink> termLinks = new ArrayList<>();

    /** A glossary link {@code term:<id>} met while reading, checked once the glossary is read. */
    record TermLink(Path file, int line, String term, String where) {}

    Problems(Path contentRoot) {
        this.base = contentRoot.toAbsolutePath().normalize().getParent();
        this.root = realPath(contentRoot).orElse(contentRoot.toAbsolutePath().normalize());
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

    /** Remembers a well-formed glossary link, to be checked against the glossary when all content is read. */
    void termLink(Path file, int line, String term, String where) {
        termLinks.add(new TermLink(file, line, term, where));
    }

    List<TermLink> termLinks() {
        return List.copyOf(termLinks);
    }

    /** Whether the file, once links are resolved, lies outside the content folder (or cannot be resolved). */
    boolean outsideContent(Path file) {
        return realPath(file).map(real -> !real.startsWith(root)).orElse(false);
    }

    private static Optional<Path> realPath(Path file) {
        try {
            return Optional.of(file.toRealPath());
        } catch (IOException e) {
            return Optional.empty(); // a missing file is reported where it is read
        }
    }

    boolean hasErrorsUnder(Path folder) {
        Path shown = display(folder);
        return problems.stream()
                .anyMatch(p -> p.severity() == Severity.ERROR && p.file().startsWith(shown));
    }

    /** Sorted by file, line and column; the sort is stable, so problems on one line keep the order they were found in. */
    List<ContentProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparing((ContentProblem p) -> p.file().toString())
                        .thenComparingInt(ContentProblem::line)
                        .thenComparingInt(ContentProblem::column))
                .toList();
    }

    // Relative to the content root's parent, so messages read "content/modules/x/nl.yaml" wherever the app runs.
    Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute) : file;
    }
}
