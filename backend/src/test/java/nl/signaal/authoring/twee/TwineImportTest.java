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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real stories showed (issue 15): goto-style macros, IFIDs, archives, markup, and "imported" only when valid. */
class TwineImportTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private int run(String sample, String id, String story) {
        return TweeImportCommand.run(Samples.path(sample), temp.resolve(id), story, out);
    }

    private Map<String, Object> scenario(String id) {
        return Samples.yaml(temp.resolve(id).resolve("scenario.yaml"));
    }

    private Map<String, Object> dutch(String id) {
        return Samples.yaml(temp.resolve(id).resolve("nl.yaml"));
    }

    private static List<Object> choices(Map<String, Object> scenario, String node) {
        @SuppressWarnings("unchecked")
        List<Object> choices = (List<Object>) map(scenario, "nodes", node).get("choices");
        return choices;
    }

    @Test
    void turnsSugarCubeGotoIncludeAndLinkreplaceIntoChoicesAndAPlayableScenario() {
        assertThat(run("goto-sugarcube.twee", "portiek", null)).as(printed()).isZero();
        Map<String, Object> scenario = scenario("portiek");

        assertThat(choices(scenario, "start")).containsExactly(Map.of("id", "verder", "to", "portiek"));
        assertThat(choices(scenario, "portiek"))
                .containsExactly(
                        Map.of("id", "spreek-dani-aan", "to", "gesprek"), Map.of("id", "loop-door", "to", "weg"));
        assertThat(choices(scenario, "gesprek")).containsExactly(Map.of("id", "verder", "to", "melding"));
        assertThat(map(scenario, "nodes")).doesNotContainKey("beschrijving");
        assertThat(map(dutch("portiek"), "nodes", "portiek").get("text"))
                .isEqualTo("Het is donker en het ruikt er naar wiet.\nDani houdt een pakketje vast. Spreek Dani aan");
        assertThat(printed())
                .contains(
                        "goto-sugarcube.twee:9: warning: passage 'Start': <<goto>> moves on to 'Portiek' without a click"
                                + " in Twine; here it is the choice 'Verder'\n",
                        "goto-sugarcube.twee:13: warning: passage 'Portiek': <<linkreplace \"Kijk beter\">> shows its"
                                + " content after a click on that text in Twine; here the content is always shown and its"
                                + " links are choices\n",
                        "goto-sugarcube.twee:16: warning: passage 'Beschrijving': passage is only included in other"
                                + " passages; its text is shown there, it is no node of its own\n",
                        "goto-sugarcube.twee:21: warning: passage 'Gesprek': the included passage 'Menu' has links or"
                                + " macros; only its text is shown here (its links are no choices of this node)\n",
                        "goto-sugarcube.twee:24: warning: passage 'Menu': passage is only included in other passages;"
                                + " its text is shown there, it is no node of its own (its source, links included, is kept"
                                + " in the report)\n",
                        "goto-sugarcube.twee:22: warning: passage 'Gesprek': <<goto>> moves on to 'Melding' without a"
                                + " click in Twine; here it is the choice 'Verder'\n")
                .contains("Imported 5 nodes");
    }

    @Test
    void turnsHarloweGotoLinkGotoAndClickGotoIntoChoices() {
        assertThat(run("goto-harlowe.twee", "schoolplein", null)).as(printed()).isZero();
        Map<String, Object> scenario = scenario("schoolplein");

        assertThat(choices(scenario, "start"))
                .containsExactly(
                        Map.of("id", "sigaretten", "to", "sigaretten"), Map.of("id", "loop-weg", "to", "einde"));
        assertThat(choices(scenario, "sigaretten")).containsExactly(Map.of("id", "vraag-waarom", "to", "waarom"));
        assertThat(choices(scenario, "waarom")).containsExactly(Map.of("id", "verder", "to", "einde"));
        assertThat(printed()).doesNotContain("is not converted");
    }

    @Test
    void saysImportedWithProblemsAndExitsNonZeroWhenTheValidatorRejectsTheResult() throws IOException {
        assertThat(run("unreachable.twee", "eiland", null)).isEqualTo(TweeImportCommand.IMPORTED_WITH_PROBLEMS);

        assertThat(printed())
                .contains("unreachable.twee:14: error: passage 'Eiland': ")
                .contains("'eiland' cannot be reached from the start")
                .contains("Imported with problems: 3 nodes");
        assertThat(Files.readString(temp.resolve("eiland").resolve("import-report.md")))
                .contains("## Problems validate-content reports: the scenario cannot be played yet (1)");
        assertThat(temp.resolve("eiland").resolve("scenario.yaml")).exists();
    }

    @Test
    void keepsTheIfidAsAComment() throws IOException {
        assertThat(run("goto-harlowe.twee", "met-ifid", null)).isZero();

        assertThat(Files.readString(temp.resolve("met-ifid").resolve("scenario.yaml")))
                .startsWith("# twine-ifid: 7D2E3F40-5B6C-4D7E-9F80-AB1C2D3E4F50\nid: met-ifid\n");
    }

    @Test
    void warnsWhenTheIfidIsMissing() throws IOException {
        assertThat(run("no-ifid.twee", "zonder-ifid", null)).isZero();

        assertThat(printed())
                .contains("no-ifid.twee:5: warning: the story has no IFID (the Twine specification requires one): a"
                        + " later import of this story cannot be matched to this one\n");
        assertThat(Files.readString(temp.resolve("zonder-ifid").resolve("scenario.yaml")))
                .doesNotContain("twine-ifid");
    }

    @Test
    void listsTheStoriesOfAnArchiveAndImportsNoneWithoutAChoice() {
        assertThat(run("archive.html", "archief", null)).isEqualTo(1);

        assertThat(printed()).isEqualTo("""
                archive.html: error: the file holds 2 stories; choose one with --story <index|name>
                  1. Eerste verhaal (IFID 11111111-AAAA-4BBB-8CCC-000000000001)
                  2. Tweede verhaal (IFID 22222222-AAAA-4BBB-8CCC-000000000002)
                """);
        assertThat(temp.resolve("archief")).doesNotExist();
    }

    @Test
    void importsTheStoryOfAnArchiveChosenByIndexOrName() {
        assertThat(run("archive.html", "tweede", "2")).as(printed()).isZero();
        assertThat(run("archive.html", "eerste", "Eerste verhaal"))
                .as(printed())
                .isZero();
        assertThat(run("archive.html", "derde", "3")).isEqualTo(1);

        assertThat(map(scenario("tweede"), "nodes")).containsOnlyKeys("begin", "slot");
        assertThat(map(scenario("eerste"), "nodes")).containsOnlyKeys("start", "einde");
        assertThat(printed()).contains("archive.html: error: there is no story '3' in the file\n");
    }

    @Test
    void convertsSugarCubeMarkupAndStripsHtmlWithAWarning() {
        assertThat(run("markup-sugarcube.twee", "opmaak", null)).as(printed()).isZero();

        assertThat(map(dutch("opmaak"), "nodes", "start").get("text")).isEqualTo("""
                ### De melding
                Dit is een lange zin die doorloopt.
                Zacht gezegd.
                Een blok.""");
        assertThat(printed())
                .contains(
                        "markup-sugarcube.twee:8: warning: passage 'Start': HTML <span class=\"stil\"> is not shown to"
                                + " learners; removed from the text\n",
                        "markup-sugarcube.twee:9: warning: passage 'Start': HTML <div> is not shown to learners; removed"
                                + " from the text\n");
    }

    @Test
    void convertsHarloweWhitespaceBracesAndNamedHooks() {
        assertThat(run("markup-harlowe.twee", "haken", null)).as(printed()).isZero();

        assertThat(map(dutch("haken"), "nodes", "start").get("text"))
                .isEqualTo("Dit\nstaat op één regel.\n\nJe twijfelt. Klaar");
        assertThat(choices(scenario("haken"), "start")).containsExactly(Map.of("id", "klaar", "to", "klaar"));
    }
}
