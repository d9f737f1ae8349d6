package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example exercise in docs/content-format.md must load without problems beside the shipped content. */
class DocumentedPoolingExerciseTest {

    private static final Pattern FILE =
            Pattern.compile("`content/pooling/lina-kort/([a-z]+\\.yaml)`:\\n\\n```yaml\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void exampleInTheContentFormatDocumentIsValid() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "content-format.md"));
        Matcher matcher = FILE.matcher(doc);
        Map<String, String> files = new TreeMap<>();
        while (matcher.find()) {
            files.put(matcher.group(1), matcher.group(2));
        }
        assertThat(files).containsOnlyKeys("exercise.yaml", "nl.yaml");
        Path content = temp.resolve("content");
        copy(Path.of("..", "content"), content);
        Path folder = Files.createDirectories(content.resolve("pooling/lina-kort"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }

        LoadResult result = ContentLoader.load(content);

        assertThat(result.problems())
                .filteredOn(problem -> problem.file().toString().contains("lina-kort"))
                .isEmpty();
        assertThat(result.content().poolingExercise("lina-kort")).isPresent();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
