package nl.signaal;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.ContentProblem;
import nl.signaal.content.LoadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads content/ once at start-up. Errors stop the application with every problem listed, so that
 * broken content never reaches a learner; warnings (such as missing translations) are logged. Modules published in the
 * browser are added then (decision 0043; {@link PublishedModulesAtStart}).
 */
@Factory
class ContentStartup {
    private static final Logger LOG = LoggerFactory.getLogger(ContentStartup.class);

    @Context
    Content content(@Value("${signaal.content.dir}") String directory, PublishedModulesAtStart publishedModules) {
        return publishedModules.addTo(content(directory));
    }

    /** The shipped content alone, as content/ holds it. */
    Content content(String directory) {
        Path root = Path.of(directory).toAbsolutePath().normalize();
        LoadResult result = ContentLoader.load(root);
        result.warnings().forEach(problem -> LOG.warn("{}", problem.format()));
        if (result.hasErrors()) {
            throw new InvalidContentException(root, result);
        }
        Content content = result.content();
        LOG.info(
                "Loaded {} modules, {} scenarios ({} with a trainer kit), {} refresher items and {} pooling exercises from {}",
                content.modules().size(),
                content.scenarios().size(),
                content.trainerKits().size(),
                content.refresherItems().size(),
                content.poolingExercises().size(),
                root);
        return content;
    }

    static final class InvalidContentException extends IllegalStateException {
        InvalidContentException(Path root, LoadResult result) {
            // No stack trace: the message is the whole story, and Application prints only that.
            super("The content in " + root + " has " + result.errors().size() + " errors; Signaal does not start "
                    + "with broken content. Fix them and start again (or run validate-content):\n"
                    + result.errors().stream().map(ContentProblem::format).collect(Collectors.joining("\n")));
            setStackTrace(new StackTraceElement[0]);
        }
    }
}
