package nl.signaal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a content root (content/) into the immutable model. Never throws for bad content: every problem is
 * collected, with file and line, so an author sees them all in one run.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    public static LoadResult load(Path contentRoot) {
        Problems problems = new Problems(contentRoot);
        if (!Files.isDirectory(contentRoot)) {
            problems.error(contentRoot, 0, "content folder " + contentRoot.toAbsolutePath() + " does not exist");
            return new LoadResult(new Content(List.of()), problems.sorted());
        }
        // Each kind of content has its own reader; scenarios/ and refreshers/ will be read here beside modules/.
        List<TrainingModule> modules = new ModuleReader(problems).read(contentRoot);
        return new LoadResult(new Content(modules), problems.sorted());
    }
}
