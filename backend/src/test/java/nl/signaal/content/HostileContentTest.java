package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content an attacker or a careless copy could bring: every case is a located problem, never a crash or a leak. */
class HostileContentTest {

    @TempDir
    Path temp;

    @Test
    void yamlNestedThousandsOfLevelsDeepIsALocatedProblemNotAStackOverflow() throws IOException {
        Path content = copyOfValidContent();
        Path module = content.resolve("modules/signalen-herkennen/module.yaml");
        Files.writeString(
                module, "id: signalen-herkennen\nversion: 1\nextra: " + "[".repeat(3000) + "]".repeat(3000) + "\n");

        LoadResult result = ContentLoader.load(content);

        assertThat(result.errors()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("content/modules/signalen-herkennen/module.yaml"));
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("nested more than " + YamlFile.MAX_DEPTH + " levels");
        });
    }

    @Test
    void deepBlockStyleNestingIsRefusedToo() throws IOException {
        Path content = copyOfValidContent();
        StringBuilder yaml = new StringBuilder("id: signalen-herkennen\n");
        for (int level = 0; level < 200; level++) {
            yaml.append("  ".repeat(level)).append("k").append(level).append(":\n");
        }
        Files.writeString(content.resolve("modules/signalen-herkennen/nl.yaml"), yaml);

        LoadResult result = ContentLoader.load(content);

        assertThat(result.errors()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("content/modules/signalen-herkennen/nl.yaml"));
            assertThat(problem.line()).isEqualTo(2 + YamlFile.MAX_DEPTH);
            assertThat(problem.message()).contains("nested more than");
        });
    }

    @Test
    void aLinkToAFileOutsideTheContentFolderIsNotFollowedAndNotQuoted() throws IOException {
        Path content = copyOfValidContent();
        Path secret = Files.writeString(temp.resolve("secret.txt"), "root:x:0:0:the secret line\n");
        Path translation = content.resolve("modules/signalen-herkennen/en.yaml");
        Files.createSymbolicLink(translation, secret);

        LoadResult result = ContentLoader.load(content);

        assertThat(result.errors()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("content/modules/signalen-herkennen/en.yaml"));
            assertThat(problem.message()).contains("outside the content folder");
        });
        assertThat(result.problems())
                .noneSatisfy(problem -> assertThat(problem.message()).contains("secret"));
    }

    @Test
    void aPoolingExerciseFileLinkedOutsideTheContentFolderIsNotFollowedAndNotQuoted() throws IOException {
        Path content = copyOfValidContent();
        Path secret = Files.writeString(temp.resolve("secret.yaml"), "title: the secret line\n");
        Path dutch = content.resolve("pooling/jamal-samen/nl.yaml");
        Files.delete(dutch);
        Files.createSymbolicLink(dutch, secret);

        LoadResult result = ContentLoader.load(content);

        assertThat(result.errors()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("content/pooling/jamal-samen/nl.yaml"));
            assertThat(problem.message()).contains("outside the content folder");
        });
        assertThat(result.problems())
                .noneSatisfy(problem -> assertThat(problem.message()).contains("secret"));
        assertThat(result.content().poolingExercises()).isEmpty();
    }

    @Test
    void aLinkedModuleFolderOutsideTheContentFolderIsRefused() throws IOException {
        Path content = copyOfValidContent();
        Path elsewhere = temp.resolve("elsewhere");
        copy(content.resolve("modules/signalen-herkennen"), elsewhere);
        deleteTree(content.resolve("modules/signalen-herkennen"));
        Files.createSymbolicLink(content.resolve("modules/signalen-herkennen"), elsewhere);

        LoadResult result = ContentLoader.load(content);

        assertThat(result.errors())
                .anySatisfy(problem -> assertThat(problem.message()).contains("outside the content folder"));
    }

    @Test
    void aLinkInsideTheContentFolderIsFine() throws IOException {
        Path content = copyOfValidContent();
        Path dutch = content.resolve("modules/signalen-herkennen/nl.yaml");
        Path moved = Files.move(dutch, content.resolve("modules/nl-shared.yaml.txt"));
        Files.createSymbolicLink(dutch, moved);

        assertThat(ContentLoader.load(content).errors()).isEmpty();
    }

    @Test
    void aBackslashLinkThatBrowsersOpenOffSiteIsRefusedByTheValidator() throws IOException {
        Path content = copyOfValidContent();
        Path dutch = content.resolve("modules/signalen-herkennen/nl.yaml");
        Files.writeString(
                dutch, Files.readString(dutch).replace("Let op verzuim", "Let op [x](/\\\\evil.example/path) verzuim"));

        LoadResult result = ContentLoader.load(content);

        assertThat(result.errors()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("content/modules/signalen-herkennen/nl.yaml"));
            assertThat(problem.message()).contains("is not allowed");
        });
    }

    private Path copyOfValidContent() throws IOException {
        Path content = temp.resolve("content");
        copy(Fixtures.valid(), content);
        return content;
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

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }
}
