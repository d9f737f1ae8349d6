package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.LessonRef;
import nl.signaal.simulation.engine.Outcome;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.Scene;
import nl.signaal.simulation.engine.VariableDeclaration;
import nl.signaal.simulation.engine.VariableType;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    private final LoadResult result = ContentLoader.load(Fixtures.valid());
    private final Scenario scenario = result.content().scenario("tikkies").orElseThrow();
    private final ScenarioDefinition definition = scenario.definition();

    @Test
    void loadsValidScenarioWithoutProblemsOfItsOwn() {
        assertThat(result.problems())
                .noneMatch(problem -> problem.file().toString().contains("scenarios"));
        assertThat(result.content().scenarios()).extracting(Scenario::id).containsExactly("tikkies");
    }

    @Test
    void readsScenarioStructure() {
        assertThat(definition.version()).isEqualTo(2);
        assertThat(definition.order()).isEqualTo(1);
        assertThat(definition.targetGroups()).containsExactly("buurtteam");
        assertThat(definition.minutes()).isEqualTo(15);
        assertThat(definition.start()).isEqualTo("eerste-gesprek");
        assertThat(definition.variables())
                .containsExactly(
                        new VariableDeclaration("trust", VariableType.INT, 3, 0, 5),
                        new VariableDeclaration("signals", VariableType.INT, 0, 0, 3),
                        new VariableDeclaration("asked_school", VariableType.FLAG, 0, 0, 1));
        assertThat(definition.nodes().keySet())
                .containsExactly(
                        "eerste-gesprek",
                        "wachten",
                        "school-navragen",
                        "jamal-spreken",
                        "overleg",
                        "veiligheid-checken",
                        "goede-afloop",
                        "gedeeltelijk",
                        "slechte-afloop");
        assertThat(definition.node("gedeeltelijk")).isEqualTo(new Ending("gedeeltelijk", Outcome.PARTIAL));
        assertThat(definition.readAgain().get("victim-or-perpetrator"))
                .containsExactly(
                        new LessonRef("wat-is-criminele-uitbuiting", "slachtoffer-en-dader"),
                        new LessonRef("wat-is-criminele-uitbuiting", "wat-is-het"));
    }

    @Test
    void readsChoicesWithConditionsEffectsAndPoints() {
        Scene scene = (Scene) definition.node("eerste-gesprek");
        assertThat(scene.speaker()).isEqualTo("moeder");
        assertThat(scene.setting()).isEqualTo("huisbezoek");
        Choice ask = scene.choices().get(0);
        assertThat(ask.id()).isEqualTo("doorvragen");
        assertThat(ask.to()).isEqualTo("school-navragen");
        assertThat(ask.condition().source()).isEqualTo("trust >= 2");
        assertThat(ask.effects()).extracting(effect -> effect.source()).containsExactly("trust += 1", "signals += 1");
        assertThat(ask.points()).isEqualTo(Map.of("signal-recognition", 2));
        assertThat(ask.recommended()).isTrue();
        assertThat(scene.choices().get(1).recommended()).isFalse();
    }

    @Test
    void readsTextsPerLocaleAndRendersMarkdown() {
        assertThat(scenario.title().in("en")).isEqualTo(new Translation("Tikkies from strangers", "en", false));
        assertThat(scenario.characters().get("moeder").in("nl").text()).isEqualTo("Moeder van Jamal");
        assertThat(scenario.settings().get("huisbezoek").in("tr"))
                .isEqualTo(new Translation("Huisbezoek, dinsdagmiddag", "nl", true));
        assertThat(scenario.nodeHtml().get("eerste-gesprek").in("nl").text())
                .isEqualTo("<p>Moeder vertelt over <strong>Tikkies</strong> van onbekenden.</p>\n");
        assertThat(scenario.debriefHtml().get("goede-afloop").in("nl").text())
                .isEqualTo("<p>Je vroeg door en meldde."
                        + " Lees ook <a href=\"/learn/signalen-herkennen/lessons/school\">school</a>.</p>\n");
        assertThat(scenario.choiceText().get("overleg/melden").in("en").text()).isEqualTo("Report it.");
        assertThat(scenario.choiceFeedback().get("overleg/melden").in("nl").text())
                .isEqualTo("Goed: dit is de route.");
    }

    @Test
    void keepsTheExactSourceFilesForVersionPinning() {
        assertThat(scenario.sourceFiles().keySet()).containsExactly("en.yaml", "nl.yaml", "scenario.yaml");
        assertThat(scenario.sourceFiles().get("scenario.yaml")).startsWith("id: tikkies\nversion: 2\n");
    }

    @Test
    void reReadsAPinnedVersionFromItsSourceFiles() {
        Scenario pinned = ContentLoader.loadScenario("tikkies", scenario.sourceFiles(), result.content());
        assertThat(pinned.definition().nodes().keySet())
                .isEqualTo(definition.nodes().keySet());
        assertThat(pinned.nodeHtml()).isEqualTo(scenario.nodeHtml());
        assertThat(pinned.sourceFiles()).isEqualTo(scenario.sourceFiles());
    }

    @Test
    void refusesAPinnedVersionWithErrors() {
        Map<String, String> files = new HashMap<>(scenario.sourceFiles());
        files.put("scenario.yaml", files.get("scenario.yaml").replace("start: eerste-gesprek", "start: begin"));
        assertThatThrownBy(() -> ContentLoader.loadScenario("tikkies", files, result.content()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored scenario 'tikkies' cannot be read:\n"
                        + "content/scenarios/tikkies/scenario.yaml:11: error: start node 'begin' does not exist");
    }

    @Test
    void treatsAContentRootWithoutScenariosFolderAsNoScenarios() {
        LoadResult modulesOnly = ContentLoader.load(Fixtures.broken("unknown-key"));
        assertThat(modulesOnly.content().scenarios()).isEmpty();
        assertThat(modulesOnly.problems())
                .noneMatch(problem -> problem.message().contains("scenario"));
    }

    @Test
    void keepsTheModulesOnlyConstructorOfContent() {
        assertThat(new Content(List.of()).scenarios()).isEmpty();
    }
}
