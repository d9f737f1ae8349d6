package nl.signaal.content;

import static nl.signaal.content.Fixtures.error;
import static nl.signaal.content.Fixtures.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trainer kits (content/scenarios/&lt;id&gt;/kit/&lt;locale&gt;.yaml) against the valid fixture's scenario tikkies: a copy
 * of the fixture in a temporary folder, with the kit files each case writes. Scenes of tikkies: eerste-gesprek (two
 * choices), wachten, school-navragen, jamal-spreken, overleg, veiligheid-checken; endings goede-afloop,
 * gedeeltelijk, slechte-afloop.
 */
class TrainerKitValidationTest {

    private static final String NL = "content/scenarios/tikkies/kit/nl.yaml";
    private static final String EN = "content/scenarios/tikkies/kit/en.yaml";

    @TempDir
    Path temp;

    /** A complete Dutch kit; each case edits a copy. Line numbers below refer to this text. */
    private static final String VALID_NL = """
            aims:
              - "Signalen herkennen"
            timing:
              minutes30:
                - { minutes: 10, activity: "Opening" }
                - { minutes: 20, activity: "Spelen" }
              minutes60:
                - { minutes: 60, activity: "Alles" }
            listenFor:
              - "Pubergedrag"
            variations:
              buurtteam: "Nadruk op het overleg"
            scenes:
              eerste-gesprek:
                questions:
                  - "Wat vraag jij de moeder?"
                listenFor:
                  - "Feit of uitleg"
              wachten:
                questions: ["Waarom wachten?"]
              school-navragen:
                questions: ["Wie bel je?"]
              jamal-spreken:
                questions: ["Hoe begin je?"]
              overleg:
                questions: ["Wie beslist?"]
              veiligheid-checken:
                questions: ["Wat is acuut?"]
            """;

    private LoadResult load(String nl, String en) {
        Path root = temp.resolve("content");
        copy(Fixtures.valid(), root);
        Path kit = root.resolve("scenarios/tikkies/kit");
        try {
            Files.createDirectories(kit);
            if (nl != null) {
                Files.writeString(kit.resolve("nl.yaml"), nl);
            }
            if (en != null) {
                Files.writeString(kit.resolve("en.yaml"), en);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ContentLoader.load(root);
    }

    private List<ContentProblem> kitProblems(String nl, String en) {
        return load(nl, en).problems().stream()
                .filter(p -> p.file().toString().replace('\\', '/').contains("/kit/"))
                .toList();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsAKitWithATranslationThatFallsBackToDutchPerScene() {
        LoadResult result = load(VALID_NL, """
                aims: ["Recognise signals"]
                scenes:
                  eerste-gesprek:
                    questions: ["What do you ask the mother?"]
                """);
        assertThat(result.problems())
                .filteredOn(p -> p.file().toString().contains("kit"))
                .isEmpty();
        TrainerKit kit = result.content().trainerKit("tikkies").orElseThrow();
        assertThat(kit.source().scenes())
                .containsOnlyKeys(
                        "eerste-gesprek",
                        "wachten",
                        "school-navragen",
                        "jamal-spreken",
                        "overleg",
                        "veiligheid-checken");
        assertThat(kit.source().thirtyMinutes())
                .extracting(TrainerKit.TimingStep::minutes)
                .containsExactly(10, 20);
        assertThat(kit.source().scenes().get("eerste-gesprek").listenFor()).containsExactly("Feit of uitleg");
        TrainerKit.Guide english = kit.guide("en").orElseThrow();
        assertThat(english.aims()).containsExactly("Recognise signals");
        assertThat(english.listenFor()).containsExactly("Pubergedrag");
        assertThat(english.scenes().get("eerste-gesprek").questions()).containsExactly("What do you ask the mother?");
        assertThat(english.scenes().get("overleg").questions()).containsExactly("Wie beslist?");
        assertThat(english.variations()).containsEntry("buurtteam", "Nadruk op het overleg");
        assertThat(kit.guide("tr")).isEmpty();
    }

    @Test
    void aScenarioWithoutAKitHasNone() {
        assertThat(ContentLoader.load(Fixtures.valid()).content().trainerKits()).isEmpty();
    }

    @Test
    void reportsAnUnknownSceneWithItsLine() {
        assertThat(kitProblems(VALID_NL.replace("  overleg:", "  overleg-team:"), null))
                .contains(error(
                        NL,
                        25,
                        "unknown scene 'overleg-team' (known: eerste-gesprek, wachten, school-navragen, jamal-spreken, overleg,"
                                + " veiligheid-checken) of scenario 'tikkies'"));
    }

    @Test
    void reportsASceneThatIsAnEnding() {
        assertThat(kitProblems(VALID_NL + "  goede-afloop:\n    questions: [\"Waarom goed?\"]\n", null))
                .containsExactly(error(
                        NL,
                        29,
                        "scene 'goede-afloop' is an ending: there is no decision to discuss; talk about endings in"
                                + " 'listenFor' or a scene before it"));
    }

    @Test
    void reportsAKitWithoutDutch() {
        assertThat(kitProblems(null, "aims: [\"Recognise signals\"]\n"))
                .containsExactly(error(
                        NL, 0, "missing nl.yaml: Dutch (nl) is the source locale and every trainer kit needs it"));
    }

    @Test
    void reportsAnUnknownKeyAsAnError() {
        assertThat(kitProblems(VALID_NL.replace("listenFor:\n  - \"Pubergedrag\"", "listenfor:\n  - \"x\""), null))
                .contains(error(NL, 9, "unknown key 'listenfor' (did you mean 'listenFor'?)"));
    }

    @Test
    void reportsASceneOrSectorOnlyATranslationHas() {
        List<ContentProblem> problems =
                kitProblems(VALID_NL.replace("  jamal-spreken:\n    questions: [\"Hoe begin je?\"]\n", ""), """
                variations:
                  onderwijs: "School"
                scenes:
                  jamal-spreken:
                    questions: ["How do you start?"]
                """);
        assertThat(problems)
                .containsExactly(
                        error(
                                EN,
                                2,
                                "extra sector 'onderwijs': the Dutch kit (nl.yaml) has no variation for it; write it"
                                        + " there first"),
                        error(
                                EN,
                                4,
                                "extra scene 'jamal-spreken': the Dutch kit (nl.yaml) has no questions for it; write"
                                        + " them there first"),
                        warning(
                                NL,
                                13,
                                "decision scene 'jamal-spreken' has no discussion questions: add it under 'scenes'"));
    }

    @Test
    void warnsAboutADecisionSceneWithoutQuestionsButLoadsTheKit() {
        LoadResult result = load(VALID_NL.replace("  overleg:\n    questions: [\"Wie beslist?\"]\n", ""), null);
        assertThat(result.problems())
                .contains(
                        warning(NL, 13, "decision scene 'overleg' has no discussion questions: add it under 'scenes'"));
        assertThat(result.content().trainerKit("tikkies")).isPresent();
    }

    @Test
    void reportsASessionPlanThatDoesNotAddUp() {
        assertThat(kitProblems(VALID_NL.replace("minutes: 20, activity", "minutes: 25, activity"), null))
                .containsExactly(error(NL, 4, "the steps of 'minutes30' add up to 35 minutes, not 30"));
    }

    @Test
    void reportsAnUnknownSector() {
        assertThat(kitProblems(VALID_NL.replace("  buurtteam:", "  buurtteams:"), null))
                .containsExactly(
                        error(NL, 12, "unknown sector 'buurtteams' (did you mean 'buurtteam'?) in 'variations'"));
    }
}
