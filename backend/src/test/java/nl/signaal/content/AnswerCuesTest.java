package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner who always clicks the longest option, or the one in the same place, must not pass: the validator says so. */
class AnswerCuesTest {

    @TempDir
    Path folder;

    @Test
    void theValidFixtureHasNoCueThatFailsASet() {
        Path root = Fixtures.valid();
        List<AnswerCues.SetFigures> sets =
                AnswerCues.measure(ContentLoader.load(root).content(), root);

        assertThat(sets)
                .extracting(AnswerCues.SetFigures::name)
                .contains("case tikkies", "module check signalen-herkennen");
        assertThat(sets).noneMatch(AnswerCues.SetFigures::fails);
        AnswerCues.SetFigures tikkies = sets.stream()
                .filter(set -> set.name().equals("case tikkies"))
                .findFirst()
                .orElseThrow();
        assertThat(tikkies.size()).isEqualTo(6);
        assertThat(tikkies.longest()).isEqualTo(2);
        assertThat(tikkies.shortest()).isEqualTo(2);
        assertThat(tikkies.positions()).containsEntry(1, 3).containsEntry(2, 3);
    }

    @Test
    void aCaseWhoseRecommendedChoiceIsAlwaysTheLongestFailsWithTheFileNamed() throws IOException {
        Path root = copyOfValid();
        Path nl = root.resolve("scenarios/tikkies/nl.yaml");
        // Every recommended choice made much longer than the others: a cue in every scene.
        String text = Files.readString(nl);
        for (String recommended : List.of(
                "Vraag door naar de Tikkies.",
                "Vraag alsnog door.",
                "Vraag naar verzuim.",
                "Luister naar Jamal.",
                "Meld het volgens de meldcode.",
                "Meld het alsnog.")) {
            text = text.replace(recommended, recommended + " Dat is verreweg het langste en dus het juiste antwoord.");
        }
        Files.writeString(nl, text);

        String printed = validate(root, 1);

        assertThat(printed)
                .contains("content/scenarios/tikkies/nl.yaml: error: answer cue: in 6 of 6 items of this case the right"
                        + " answer is the longest option (100%, the limit is 35%)")
                .containsPattern("content/scenarios/tikkies/nl\\.yaml:\\d+: warning: answer cue in 'eerste-gesprek':"
                        + " the right answer is much longer than the others")
                .contains("case tikkies                                  6 items  longest  6 (100%)")
                .contains("FAILS");
        int line = Files.readAllLines(nl).indexOf("  eerste-gesprek:") + 1;
        assertThat(printed)
                .contains("content/scenarios/tikkies/nl.yaml:" + line + ": warning: answer cue in 'eerste-gesprek'");
    }

    @Test
    void rightAnswersThatAreAlwaysTheShortestFailTooWhenTheAuthorOvercorrects() throws IOException {
        Path root = copyOfValid();
        Path nl = root.resolve("scenarios/tikkies/nl.yaml");
        String text = Files.readString(nl);
        for (String wrong :
                List.of("Wacht nog een dag.", "Hang op.", "Wijs Jamal terecht.", "Los het zelf op.", "Doe niets.")) {
            text = text.replace(wrong, wrong + " Een lange, omslachtige zin die niets toevoegt.");
        }
        Files.writeString(nl, text);

        assertThat(validate(root, 1))
                .contains("content/scenarios/tikkies/nl.yaml: error: answer cue: in 6 of 6 items of this case the right"
                        + " answer is the shortest option (100%, the limit is 35%)");
    }

    @Test
    void aSetWithTheRightAnswerAlwaysInTheSamePlaceFails() throws IOException {
        Path root = copyOfValid();
        Path structure = root.resolve("scenarios/tikkies/scenario.yaml");
        // Undo the fixture's variation: the recommended choice first in every scene.
        String text = Files.readString(structure).replace("""
                              - id: niet-bellen                 # the recommended choice is not always first (answer cues)
                                to: overleg
                                points: { cooperation: -1 }
                              - id: mentor-bellen
                                to: jamal-spreken
                                effects: asked_school = true; signals += 1
                                points: { cooperation: 2 }
                                recommended: true
                        """, """
                              - id: mentor-bellen
                                to: jamal-spreken
                                effects: asked_school = true; signals += 1
                                points: { cooperation: 2 }
                                recommended: true
                              - id: niet-bellen
                                to: overleg
                                points: { cooperation: -1 }
                        """).replace("""
                              - id: alleen-verder
                                to: slechte-afloop
                                points: { safety: -2 }
                              - id: toch-melden
                                to: gedeeltelijk
                                points: { safety: 2 }
                                recommended: true
                        """, """
                              - id: toch-melden
                                to: gedeeltelijk
                                points: { safety: 2 }
                                recommended: true
                              - id: alleen-verder
                                to: slechte-afloop
                                points: { safety: -2 }
                        """);
        Files.writeString(structure, text);

        assertThat(validate(root, 1))
                .contains("content/scenarios/tikkies/nl.yaml: error: answer cue: in 5 of 6 single-answer items of this"
                        + " case the right answer is option 1 (more than 50%): vary where the right answer stands");
    }

    @Test
    void aMultipleAnswerItemIsACueOnlyWhenEveryRightOptionIsLongerThanEveryWrongOne() {
        var cue = new AnswerCues.Item("q", List.of(30, 31, 10), java.util.Set.of(0, 1));
        var noCue = new AnswerCues.Item("q", List.of(30, 12, 20), java.util.Set.of(0, 1));
        var tie = new AnswerCues.Item("q", List.of(20, 20, 5), java.util.Set.of(0));
        var terse = new AnswerCues.Item("q", List.of(8, 30, 25), java.util.Set.of(0));

        assertThat(cue.longest()).isTrue();
        assertThat(cue.strong()).isTrue();
        assertThat(noCue.longest()).isFalse();
        assertThat(tie.longest()).isFalse(); // a tie is no cue: the longest option does not point at one answer
        assertThat(terse.shortest()).isTrue();
        assertThat(terse.longest()).isFalse();
        assertThat(noCue.shortest()).isFalse();
    }

    private Path copyOfValid() throws IOException {
        Path source = Fixtures.valid();
        Path target = folder.resolve("content");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }

    private static String validate(Path root, int expectedExitCode) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = ContentValidationCommand.run(root, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(expectedExitCode);
        return printed;
    }
}
