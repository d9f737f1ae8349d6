package nl.signaal.content;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Content roots under src/test/resources/content-fixtures. */
final class Fixtures {

    private Fixtures() {}

    static Path valid() {
        return root("valid");
    }

    static Path broken(String name) {
        return root("broken/" + name);
    }

    /** A content root with module basis and a broken refresher bank, under content-fixtures/broken-refreshers. */
    static Path brokenRefreshers(String name) {
        return root("broken-refreshers/" + name);
    }

    /** The files of content-fixtures/broken-scenarios/&lt;name&gt;/, by file name, as a stored version holds them. */
    static Map<String, String> brokenScenario(String name) {
        URL url = Fixtures.class.getResource("/content-fixtures/broken-scenarios/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            Map<String, String> texts = new TreeMap<>();
            for (Path file : files.toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file));
            }
            return texts;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files of the valid fixture's scenario (content-fixtures/valid/.../scenarios/tikkies), by file name. */
    static Map<String, String> validScenario() {
        try (Stream<Path> files = Files.list(valid().resolve("scenarios/tikkies"))) {
            Map<String, String> texts = new TreeMap<>();
            for (Path file : files.toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file));
            }
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

    static ContentProblem error(String file, int line, int column, String message) {
        return new ContentProblem(Severity.ERROR, Path.of(file), line, column, message);
    }

    static ContentProblem warning(String file, int line, String message) {
        return new ContentProblem(Severity.WARNING, Path.of(file), line, message);
    }
}
