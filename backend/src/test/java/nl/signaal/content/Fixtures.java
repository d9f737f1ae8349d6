package nl.signaal.content;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Content roots under src/test/resources/content-fixtures. */
final class Fixtures {

    private Fixtures() {
    }

    static Path valid() {
        return root("valid");
    }

    static Path broken(String name) {
        return root("broken/" + name);
    }

    private static Path root(String name) {
        URL url = Fixtures.class.getResource("/content-fixtures/" + name + "/content");
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ContentProblem error(String file, int line, String message) {
        return new ContentProblem(Severity.ERROR, Path.of(file), line, message);
    }

    static ContentProblem warning(String file, int line, String message) {
        return new ContentProblem(Severity.WARNING, Path.of(file), line, message);
    }
}
