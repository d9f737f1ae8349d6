package nl.signaal.authoring.twee;

import static nl.signaal.authoring.twee.Samples.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TweeImportCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Path imported(String sample, String id) {
        Path folder = temp.resolve(id);
        assertThat(TweeImportCommand.run(Samples.path(sample), folder, out))
                .as(printed())
                .isZero();
        return folder;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> printedLines(String printed, String containing) {
        return printed.lines().filter(l -> l.contains(containing)).toList();
    }

    @Test
    void convertsAHarloweStoryWithVariablesConditionsAndTags() {
        Path folder = imported("harlowe.twee", "nieuwe-schoenen");
        Map<String, Object> scenario = Samples.yaml(folder.resolve("scenario.yaml"));

        assertThat(scenario)
                .containsEntry("id", "nieuwe-schoenen")
                .containsEntry("version", 1)
                .containsEntry("start", "begin");
        assertThat(map(scenario, "variables"))
                .isEqualTo(Map.of(
                        "vertrouwen", Map.of("type", "int", "initial", 5, "min", 0, "max", 10),
                        "signalen", Map.of("type", "int", "initial", 0, "min", 0, "max", 10),
                        "school_gebeld", Map.of("type", "flag", "initial", false)));
        Map<String, Object> nodes = map(scenario, "nodes");
        assertThat(nodes).containsOnlyKeys("begin", "doorvragen", "school", "vriend", "afwachten", "twijfel");
        assertThat(nodes.get("begin"))
                .isEqualTo(Map.of(
                        "choices",
                        List.of(
                                Map.of(
                                        "id",
                                        "vraag-naar-de-schoenen",
                                        "to",
                                        "doorvragen",
                                        "effects",
                                        "vertrouwen += 1; signalen += 2"),
                                Map.of("id", "laat-het-rusten", "to", "afwachten"),
                                Map.of("id", "twijfel", "to", "twijfel"))));
        assertThat(nodes.get("doorvragen"))
                .isEqualTo(Map.of(
                        "choices",
                        List.of(
                                Map.of(
                                        "id",
                                        "vraag-wie-die-vriend-is",
                                        "to",
                                        "vriend",
                                        "if",
                                        "vertrouwen > 5 and signalen == 2"),
                                Map.of("id", "bel-de-school", "to", "school", "effects", "school_gebeld = true"),
                                Map.of("id", "sluit-het-gesprek-af", "to", "afwachten"))));
        assertThat(nodes.get("vriend")).isEqualTo(Map.of("ending", "good"));
        assertThat(nodes.get("afwachten")).isEqualTo(Map.of("ending", "poor"));
        assertThat(nodes.get("twijfel")).isEqualTo(Map.of("ending", "partial"));
    }

    @Test
    void writesDutchTextsWithPlaceholderFeedbackAndDebrief() {
        Map<String, Object> nl =
                Samples.yaml(imported("harlowe.twee", "nieuwe-schoenen").resolve("nl.yaml"));

        assertThat(nl)
                .containsEntry("title", "De nieuwe schoenen")
                .containsEntry("summary", TweeConversion.SUMMARY_PLACEHOLDER);
        assertThat(map(nl, "nodes", "begin"))
                .containsEntry(
                        "text", "Je bent jongerenwerker. Milan (15) draagt **gloednieuwe** sneakers van 300 euro.");
        assertThat(map(nl, "nodes", "begin", "choices", "laat-het-rusten"))
                .isEqualTo(Map.of("text", "Laat het rusten", "feedback", TweeConversion.FEEDBACK_PLACEHOLDER));
        assertThat(map(nl, "nodes", "doorvragen")).containsEntry("text", """
                Milan haalt zijn schouders op: "Gekregen van een vriend."
                Hij kijkt je even aan. Vraag wie die vriend is
                Hij draait zich om.""");
        assertThat(map(nl, "nodes", "school")).containsEntry("text", """
                De mentor vertelt dat Milan vaak afwezig is.
                Dit zie je nooit.
                Je kunt terug naar Milan gaan.""");
        assertThat(map(nl, "nodes", "twijfel"))
                .isEqualTo(Map.of(
                        "text",
                        "Je weet het niet zeker en bespreekt het later.",
                        "debrief",
                        TweeConversion.DEBRIEF_PLACEHOLDER));
    }

    @Test
    void printsEveryWarningWithPassageAndLine() {
        imported("harlowe.twee", "nieuwe-schoenen");

        assertThat(printedLines(printed(), ": warning: "))
                .containsExactly(
                        "harlowe.twee:23: warning: passage 'Doorvragen': text inside (if: $vertrouwen > 5 and $signalen is 2)"
                                + " is always shown here; in Twine it depends on the condition",
                        "harlowe.twee:24: warning: passage 'Doorvragen': text inside (else:) is always shown here; in Twine it"
                                + " depends on the condition",
                        "harlowe.twee:31: warning: passage 'School': text inside (if: not $schoolGebeld) is always shown here;"
                                + " in Twine it depends on the condition",
                        "harlowe.twee:33: warning: passage 'School': (goto:) moves on to 'Afwachten' without a click in"
                                + " Twine; here it is the choice 'Verder'",
                        "harlowe.twee:37: warning: passage 'Vriend': '$vertrouwen' shows a variable's value in Twine; here it"
                                + " stays literal text",
                        "harlowe.twee:42: warning: passage 'Twijfel': ending without an outcome tag (good, partial, poor); set"
                                + " to partial");
        assertThat(printed())
                .endsWith("Imported 6 nodes (3 endings), 8 choices, 3 variables; 0 errors, 6 warnings,"
                        + " 13 to do -> " + temp.resolve("nieuwe-schoenen") + "\n");
    }

    @Test
    void listsEveryPlaceholderFeedbackInTheReport() {
        Path folder = imported("harlowe.twee", "nieuwe-schoenen");

        assertThat(printedLines(printed(), "placeholder feedback"))
                .containsExactly(
                        "harlowe.twee:16: to do: passage 'Begin': choice 'vraag-naar-de-schoenen' (\"Vraag naar de schoenen\""
                                + " to 'doorvragen') has placeholder feedback",
                        "harlowe.twee:17: to do: passage 'Begin': choice 'laat-het-rusten' (\"Laat het rusten\" to"
                                + " 'afwachten') has placeholder feedback",
                        "harlowe.twee:18: to do: passage 'Begin': choice 'twijfel' (\"Twijfel\" to 'twijfel') has placeholder"
                                + " feedback",
                        "harlowe.twee:23: to do: passage 'Doorvragen': choice 'vraag-wie-die-vriend-is' (\"Vraag wie die"
                                + " vriend is\" to 'vriend') has placeholder feedback",
                        "harlowe.twee:25: to do: passage 'Doorvragen': choice 'bel-de-school' (\"Bel de school\" to 'school')"
                                + " has placeholder feedback",
                        "harlowe.twee:26: to do: passage 'Doorvragen': choice 'sluit-het-gesprek-af' (\"Sluit het gesprek"
                                + " af\" to 'afwachten') has placeholder feedback",
                        "harlowe.twee:32: to do: passage 'School': choice 'terug-naar-milan' (\"terug naar Milan\" to"
                                + " 'vriend') has placeholder feedback",
                        "harlowe.twee:33: to do: passage 'School': choice 'verder' (\"Verder\" to 'afwachten') has"
                                + " placeholder feedback");
        assertThat(read(folder.resolve("import-report.md")))
                .contains(
                        "- line 16, passage *Begin*: choice 'vraag-naar-de-schoenen' (\"Vraag naar de schoenen\" to"
                                + " 'doorvragen') has placeholder feedback\n",
                        "## Warnings (6)",
                        "## To do (13)");
    }

    @Test
    void convertsASugarCubeStoryWithStoryInitSetterLinksAndElseBranches() {
        Path folder = imported("sugarcube.twee", "pakketje");
        Map<String, Object> scenario = Samples.yaml(folder.resolve("scenario.yaml"));

        assertThat(map(scenario, "variables"))
                .isEqualTo(Map.of(
                        "risico", Map.of("type", "int", "initial", 3, "min", 0, "max", 10),
                        "gemeld", Map.of("type", "flag", "initial", false),
                        "gesprekken", Map.of("type", "int", "initial", 1, "min", 0, "max", 10)));
        assertThat(map(scenario, "nodes").get("start"))
                .isEqualTo(Map.of(
                        "choices",
                        List.of(
                                Map.of(
                                        "id",
                                        "maak-een-melding",
                                        "to",
                                        "melding",
                                        "if",
                                        "risico >= 3 and not gemeld",
                                        "effects",
                                        "gemeld = true"),
                                Map.of(
                                        "id",
                                        "wacht-af",
                                        "to",
                                        "einde",
                                        "if",
                                        "not (risico >= 3 and not gemeld) and risico < 3"),
                                Map.of(
                                        "id",
                                        "praat-met-jamal",
                                        "to",
                                        "gesprek",
                                        "if",
                                        "not (risico >= 3 and not gemeld) and not (risico < 3)",
                                        "effects",
                                        "risico += 2; gesprekken += 1"),
                                Map.of("id", "gesprek", "to", "gesprek", "effects", "risico += 2; gesprekken += 1"))));
        assertThat(map(scenario, "nodes").get("gesprek"))
                .isEqualTo(Map.of(
                        "choices",
                        List.of(
                                Map.of(
                                        "id",
                                        "bespreek-het-in-het-team",
                                        "to",
                                        "melding",
                                        "if",
                                        "gesprekken == 2 or risico == 5"),
                                Map.of("id", "bel-de-wijkagent", "to", "melding"),
                                Map.of("id", "wacht-af", "to", "einde"))));
        assertThat(map(scenario, "nodes").get("melding")).isEqualTo(Map.of("ending", "good"));
        assertThat(map(scenario, "nodes").get("einde")).isEqualTo(Map.of("ending", "poor"));
        assertThat(map(scenario, "nodes")).doesNotContainKeys("story-init", "hulpjes");
    }

    @Test
    void keepsUnsupportedSugarCubeMacrosJavaScriptAndWidgetsVisible() {
        Path folder = imported("sugarcube.twee", "pakketje");

        assertThat(printedLines(printed(), ": warning: "))
                .containsExactly(
                        "sugarcube.twee:12: warning: passage 'Hulpjes': SugarCube widget passage is not converted; kept in the"
                                + " report",
                        "sugarcube.twee:32: warning: passage 'Gesprek': JavaScript (<script>) is not converted; kept in the"
                                + " text: <script>console.log(\"gesprek\");</script>");
        assertThat(map(Samples.yaml(folder.resolve("nl.yaml")), "nodes", "gesprek"))
                .containsEntry("text", """
                Jamal zegt dat hij *gewoon* bijverdient.

                ```twine
                <script>console.log("gesprek");</script>
                ```""");
        assertThat(read(folder.resolve("import-report.md"))).contains("""
                ### Hulpjes (SugarCube widget passage) (line 12)

                ```
                <<widget "groet">>Hallo <<= _args[0]>><</widget>>
                ```
                """);
    }

    @Test
    void convertsAPublishedTwineHtmlFile() {
        Path folder = imported("published.html", "op-de-fiets");
        Map<String, Object> scenario = Samples.yaml(folder.resolve("scenario.yaml"));
        Map<String, Object> nl = Samples.yaml(folder.resolve("nl.yaml"));

        assertThat(map(scenario, "variables"))
                .isEqualTo(Map.of("zorg", Map.of("type", "int", "initial", 2, "min", 0, "max", 10)));
        assertThat(map(scenario, "nodes"))
                .isEqualTo(Map.of(
                        "start",
                                Map.of(
                                        "choices",
                                        List.of(
                                                Map.of("id", "vraag-door", "to", "rit-route"),
                                                Map.of("id", "bel-veilig-thuis", "to", "melden", "if", "zorg >= 2"))),
                        "rit-route", Map.of("ending", "poor"),
                        "melden", Map.of("ending", "good")));
        assertThat(nl.get("title")).isEqualTo("Op de fiets & verder");
        assertThat(map(nl, "nodes", "start").get("text")).isEqualTo("Sara (16) zegt: \"Ik krijg € 50 per rit.\"");
        assertThat(map(nl, "nodes", "melden").get("text")).isEqualTo("Je belt Veilig Thuis & bespreekt wat je zag.");
        assertThat(printedLines(printed(), ": warning: "))
                .containsExactly(
                        "published.html:9: warning: passage 'Story JavaScript': story JavaScript is not converted; kept in the"
                                + " report",
                        "published.html:9: warning: passage 'Story Stylesheet': story stylesheet (CSS) is not converted; kept"
                                + " in the report");
        assertThat(read(folder.resolve("import-report.md")))
                .contains("window.signaal = true;", "tw-story { background: #fff; }");
    }

    @Test
    void convertsDespiteBadStoryDataAndBadMetadata() {
        Path folder = imported("bad-storydata.twee", "kapot");
        assertThat(map(Samples.yaml(folder.resolve("scenario.yaml")), "nodes")).containsOnlyKeys("start", "einde");
        assertThat(printed())
                .contains("bad-storydata.twee:4: warning: passage 'StoryData': StoryData is not valid"
                        + " JSON (Unexpected character ('}'): was expecting double-quote to start field name at character 73);"
                        + " ignored\n");

        Path second = imported("bad-metadata.twee", "kapot-twee");
        assertThat(map(Samples.yaml(second.resolve("scenario.yaml")), "nodes")).containsOnlyKeys("start", "einde");
        assertThat(read(second.resolve("import-report.md")))
                .contains(
                        "- line 4, passage *Start*: passage metadata is not valid JSON (Unexpected end-of-input: expected close"
                                + " marker for Object at character 22);"
                                + " ignored: {\"position\":\"100,100\"\n");
    }

    @Test
    void keepsTheFirstOfTwoPassagesWithOneName() {
        Path folder = imported("duplicates.twee", "dubbel");

        assertThat(map(Samples.yaml(folder.resolve("scenario.yaml")), "nodes", "gesprek"))
                .containsEntry("ending", "good");
        assertThat(printed())
                .contains("duplicates.twee:11: warning: passage 'Gesprek': duplicate passage name (first"
                        + " defined at line 8); this passage is ignored and kept in the report\n");
        assertThat(read(folder.resolve("import-report.md"))).contains("Het tweede gesprek met dezelfde naam.");
    }

    @Test
    void startsFromThePassageNamedStartWhenTheStartPassageDoesNotExist() {
        Path folder = imported("missing-start.twee", "zonder-begin");

        assertThat(Samples.yaml(folder.resolve("scenario.yaml"))).containsEntry("start", "start");
        assertThat(printed())
                .contains(
                        "missing-start.twee:7: warning: passage 'StoryData': start passage 'Begin' does not exist; the"
                                + " passage 'Start' is the start instead\n");
    }

    @Test
    void refusesADanglingStartPassageWithoutAPassageNamedStart() throws IOException {
        Path twee = Files.writeString(
                temp.resolve("geen-start.twee"),
                ":: StoryData\n{\"ifid\": \"A\", \"start\": \"Begin\"}\n\n:: Ergens\nTekst.\n");
        Path folder = temp.resolve("zonder-begin");

        assertThat(TweeImportCommand.run(twee, folder, out)).isEqualTo(1);
        assertThat(folder).doesNotExist();
        assertThat(printed()).isEqualTo("""
                geen-start.twee:2: error: passage 'StoryData': start passage 'Begin' does not exist (and there is no\
                 passage 'Start' to start from)
                Not imported: 1 error, 0 warnings, 0 to do; nothing written
                """);
    }

    @Test
    void refusesAFolderThatIsNotEmptyOrNotAnId() throws IOException {
        Path used = Files.createDirectories(temp.resolve("bestaand"));
        Files.writeString(used.resolve("scenario.yaml"), "id: bestaand\n");

        assertThat(TweeImportCommand.run(Samples.path("harlowe.twee"), used, out))
                .isEqualTo(1);
        assertThat(TweeImportCommand.run(Samples.path("harlowe.twee"), temp.resolve("Nieuwe Schoenen"), out))
                .isEqualTo(1);
        assertThat(read(used.resolve("scenario.yaml"))).isEqualTo("id: bestaand\n");
        assertThat(printed())
                .contains(
                        "harlowe.twee: error: output folder " + used + " is not empty; choose a new" + " folder\n",
                        "harlowe.twee: error: output folder name 'Nieuwe Schoenen' is not a scenario id: use lowercase"
                                + " letters, digits and single hyphens (e.g. 'buurtteam-tikkies')\n");
    }

    @Test
    void refusesAStartNodeThatNamesNoPassage() throws IOException {
        Path html = Files.writeString(
                temp.resolve("story.html"),
                "<tw-storydata name=\"X\" startnode=\"7\">"
                        + "<tw-passagedata pid=\"1\" name=\"A\">a</tw-passagedata></tw-storydata>");

        assertThat(TweeImportCommand.run(html, temp.resolve("x"), out)).isEqualTo(1);
        assertThat(printed())
                .contains("story.html:1: error: start passage '(pid 7)' does not exist (and there is no passage"
                        + " 'Start' to start from)\n");
    }

    private static final Pattern MARKUP = Pattern.compile(
            "\\[\\[([^\\]]*)\\](\\[[^\\]]*\\])?\\]|\\([a-zA-Z-]+:(?:[^()\"]|\"[^\"]*\"|\\([^()]*\\))*\\)|<<[^>]*>>");

    /** Every word of every passage, outside links and macros, plus link texts, reaches the output. */
    @ParameterizedTest
    @ValueSource(strings = {"harlowe.twee", "sugarcube.twee", "published.html", "duplicates.twee"})
    void losesNoWordOfThePassages(String sample) {
        Report report = new Report();
        Story story = sample.endsWith(".html")
                ? TwineHtmlParser.parse(Samples.text(sample), report)
                : TweeParser.parse(Samples.text(sample), report);
        Path folder = imported(sample, "woorden");
        String output = read(folder.resolve("nl.yaml")) + read(folder.resolve("import-report.md"));

        for (Story.Passage passage : story.passages()) {
            Matcher m = MARKUP.matcher(passage.text());
            StringBuilder words = new StringBuilder();
            while (m.find()) {
                if (m.group(1) != null) {
                    words.append(' ').append(m.group(1).replaceAll("->.*|.*\\|", ""));
                }
            }
            words.append(' ').append(MARKUP.matcher(passage.text()).replaceAll(" "));
            for (String word : words.toString().split("[^\\p{L}\\p{N}]+")) {
                assertThat(output).as("passage %s", passage.name()).contains(word);
            }
        }
    }
}
