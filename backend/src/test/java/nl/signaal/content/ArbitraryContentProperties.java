package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary text where content files are read: the readers answer with located problems only, never an unchecked
 * exception (a stack overflow on deep nesting was one). Inputs are the valid fixture files with random edits, so most
 * tries get past the YAML parser into the readers behind it, plus text made of YAML's own punctuation.
 */
class ArbitraryContentProperties {

    private static final Map<String, String> SCENARIO = Fixtures.validScenario();
    private static final Content MODULES = ContentLoader.load(Fixtures.valid()).content();

    @Property(tries = 300)
    void aScenarioOfArbitraryTextIsOnlyEverLocatedProblems(@ForAll("scenarioFiles") Map<String, String> files) {
        LoadResult result = ContentLoader.readScenario("tikkies", files, MODULES);

        assertLocated(result);
    }

    @Property(tries = 60)
    void aModuleRefresherOrPoolingFolderOfArbitraryTextIsOnlyEverLocatedProblems(
            @ForAll("fixtureFile") String file, @ForAll("mutation") Mutation mutation) throws IOException {
        Path root = Files.createTempDirectory("signaal-content");
        try {
            Path content = root.resolve("content");
            copy(Fixtures.valid(), content);
            Path target = content.resolve(file);
            Files.writeString(target, mutation.apply(Files.readString(target)));

            assertLocated(ContentLoader.load(content));
        } finally {
            delete(root);
        }
    }

    @Provide
    Arbitrary<Map<String, String>> scenarioFiles() {
        return Combinators.combine(Arbitraries.of(SCENARIO.keySet()), mutation())
                .as((name, mutation) -> {
                    Map<String, String> files = new TreeMap<>(SCENARIO);
                    files.put(name, mutation.apply(files.get(name)));
                    return files;
                });
    }

    @Provide
    Arbitrary<String> fixtureFile() {
        return Arbitraries.of(
                "modules/wat-is-criminele-uitbuiting/module.yaml",
                "modules/wat-is-criminele-uitbuiting/nl.yaml",
                "modules/wat-is-criminele-uitbuiting/en.yaml",
                "refreshers/wat-is-criminele-uitbuiting/items.yaml",
                "refreshers/wat-is-criminele-uitbuiting/nl.yaml",
                "pooling/jamal-samen/exercise.yaml",
                "pooling/jamal-samen/nl.yaml");
    }

    /** An edit of a file's text: replace a stretch with arbitrary text, or replace the whole file. */
    record Mutation(int at, int length, String insert, boolean whole) {
        String apply(String text) {
            if (whole) {
                return insert;
            }
            int start = Math.min(at, text.length());
            int end = Math.min(text.length(), start + length);
            return text.substring(0, start) + insert + text.substring(end);
        }
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        Arbitrary<String> yamlish = Arbitraries.strings()
                .withChars(":-[]{}&*!|>'\"%@`#,? \n\t0123456789abcxyz~\\")
                .ofMaxLength(80);
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> nested =
                Arbitraries.integers().between(40, 4000).map(depth -> "[".repeat(depth) + "]".repeat(depth));
        Arbitrary<String> insert = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, yamlish),
                net.jqwik.api.Tuple.of(3, anything),
                net.jqwik.api.Tuple.of(1, nested));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3000),
                        Arbitraries.integers().between(0, 40),
                        insert,
                        Arbitraries.of(false, false, false, true))
                .as(Mutation::new);
    }

    private static void assertLocated(LoadResult result) {
        for (ContentProblem problem : result.problems()) {
            assertThat(problem.file()).isNotNull();
            assertThat(problem.line()).isGreaterThanOrEqualTo(0);
            assertThat(problem.message()).doesNotContain("Exception").doesNotContain("nl.signaal.");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
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

    private static void delete(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path file :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
