package nl.signaal.content;

import static nl.signaal.content.Fixtures.error;
import static nl.signaal.content.Fixtures.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One broken scenario per rule of the simulation spec (section 3), under content-fixtures/broken-scenarios/&lt;case&gt;;
 * each a copy of one small scenario with one defect, read as a stored version would be (files as texts).
 */
class ScenarioValidationTest {

    private static final Content MODULES = ContentLoader.load(Fixtures.valid()).content();

    private static List<ContentProblem> problems(String fixture) {
        return ContentLoader.readScenario(fixture, Fixtures.brokenScenario(fixture), MODULES)
                .problems();
    }

    private static String structure(String fixture) {
        return "content/scenarios/" + fixture + "/scenario.yaml";
    }

    private static String nl(String fixture) {
        return "content/scenarios/" + fixture + "/nl.yaml";
    }

    @Test
    void reportsYamlSyntaxErrorWithLine() {
        assertThat(problems("yaml-syntax-error"))
                .containsExactly(error(
                        structure("yaml-syntax-error"), 5, "YAML syntax error: mapping values are not allowed here"));
    }

    @Test
    void reportsFieldOfWrongType() {
        assertThat(problems("wrong-type"))
                .containsExactly(error(structure("wrong-type"), 5, "'minutes' must be a whole number, not 'vijf'"));
    }

    @Test
    void reportsIdNotMatchingFolder() {
        assertThat(problems("id-not-folder-name"))
                .containsExactly(error(
                        structure("id-not-folder-name"),
                        1,
                        "scenario id 'andere' does not match its folder name 'id-not-folder-name'"));
    }

    @Test
    void reportsUnknownTargetNodeWithSuggestion() {
        assertThat(problems("unknown-target"))
                .containsExactly(error(
                        structure("unknown-target"),
                        17,
                        "choice 'vragen' in scene 'begin' goes to unknown node 'goeed' (did you mean 'goed'?)"));
    }

    @Test
    void reportsUnknownStartNode() {
        assertThat(problems("unknown-start"))
                .containsExactly(error(
                        structure("unknown-start"), 9, "start node 'begn' does not exist (did you mean 'begin'?)"));
    }

    @Test
    void reportsUnknownVariableAtItsColumnInTheFile() {
        List<ContentProblem> problems = problems("unknown-variable");
        assertThat(problems)
                .containsExactly(error(
                        structure("unknown-variable"), 18, 13, "unknown variable 'trsut' (did you mean 'trust'?)"));
        assertThat(problems.get(0).format())
                .isEqualTo("content/scenarios/unknown-variable/scenario.yaml:18:13: error:"
                        + " unknown variable 'trsut' (did you mean 'trust'?)");
    }

    @Test
    void countsTheQuoteOfAQuotedConditionInTheColumn() {
        assertThat(problems("quoted-condition"))
                .containsExactly(error(
                        structure("quoted-condition"),
                        18,
                        33,
                        "unknown variable 'asked_school' (declare it under 'variables')"));
    }

    @Test
    void reportsConditionMixingTypes() {
        assertThat(problems("mixed-types"))
                .containsExactly(error(structure("mixed-types"), 18, 28, "'+' needs int, not bool"));
    }

    @Test
    void reportsEffectThatDoesNotParse() {
        assertThat(problems("effect-does-not-parse"))
                .containsExactly(error(structure("effect-does-not-parse"), 19, 28, "unexpected character ','"));
    }

    @Test
    void reportsInitialValueOutsideRange() {
        assertThat(problems("initial-out-of-range"))
                .containsExactly(error(
                        structure("initial-out-of-range"),
                        7,
                        "initial value 7 of variable 'trust' is outside its range [0, 5]"));
    }

    @Test
    void reportsNodeUnreachableFromTheStart() {
        assertThat(problems("unreachable-node"))
                .containsExactly(error(
                        structure("unreachable-node"),
                        25,
                        "scene 'vergeten' cannot be reached from the start 'begin': no choice leads to it"));
    }

    @Test
    void reportsSceneWithoutChoices() {
        assertThat(problems("scene-without-choices"))
                .containsExactly(error(
                        structure("scene-without-choices"),
                        25,
                        "scene 'leeg' has no choices: give it at least one, or make it an ending with 'ending: good',"
                                + " 'partial' or 'poor'"));
    }

    @Test
    void reportsNodeThatIsSceneAndEnding() {
        assertThat(problems("scene-and-ending"))
                .containsExactly(error(
                        structure("scene-and-ending"),
                        27,
                        "node 'goed' has both 'ending' and 'choices': a node is a scene or an ending, not both"));
    }

    @Test
    void reportsLoopWithoutExitAsScenesFromWhichNoEndingCanBeReached() {
        String file = structure("loop-without-exit");
        assertThat(problems("loop-without-exit"))
                .containsExactly(
                        error(
                                file,
                                25,
                                "no ending can be reached from scene 'lus' (e.g. with asked = false, trust = 2)"),
                        error(
                                file,
                                30,
                                "no ending can be reached from scene 'lus-terug' (e.g. with asked = false, trust = 2)"),
                        warning(file, 32, LUS_WITHOUT_PROGRESS),
                        error(
                                file,
                                37,
                                "ending 'slecht' cannot be reached from the start 'begin': no choice leads to it"));
    }

    private static final String LUS_WITHOUT_PROGRESS = """
            choice 'terug' in scene 'lus-terug' closes a loop without progress: a run can go 'lus' → 'lus-terug' → \
            'lus' (choices 'rond', 'terug') and come back with nothing changed (e.g. with asked = false, trust = 2), \
            so a learner can go round it without end; let the way back change something that lasts, or lead \
            elsewhere the second time""";

    @Test
    void warnsAboutLoopWithExitThatALearnerCanRepeatWithoutChangingAnything() {
        assertThat(problems("loop-with-exit"))
                .containsExactly(warning(structure("loop-with-exit"), 32, LUS_WITHOUT_PROGRESS));
    }

    @Test
    void acceptsLoopWhoseWayBackChangesSomethingThatLasts() {
        assertThat(problems("loop-with-progress")).isEmpty();
    }

    @Test
    void reportsEndingThatConditionsNeverLetARunReach() {
        String file = structure("ending-never-reached");
        assertThat(problems("ending-never-reached"))
                .containsExactly(
                        warning(
                                file,
                                23,
                                "the condition 'trust > 5' of choice 'wachten' in scene 'begin' never holds when a"
                                        + " run is there"),
                        error(
                                file,
                                28,
                                "ending 'slecht' can never be reached: the conditions on the way to it never hold"));
    }

    @Test
    void warnsAboutConditionThatNeverHolds() {
        assertThat(problems("condition-never-holds"))
                .containsExactly(warning(
                        structure("condition-never-holds"),
                        27,
                        "the condition 'asked' of choice 'nogmaals' in scene 'begin' never holds when a run is there"));
    }

    @Test
    void reportsChoiceWithoutDutchFeedback() {
        assertThat(problems("choice-without-feedback"))
                .containsExactly(error(
                        nl("choice-without-feedback"),
                        9,
                        "missing Dutch (nl) text for nodes.begin.choices.vragen.feedback"));
    }

    @Test
    void reportsMissingDutchDebrief() {
        assertThat(problems("missing-nl-text"))
                .containsExactly(error(nl("missing-nl-text"), 18, "missing Dutch (nl) text for nodes.slecht.debrief"));
    }

    @Test
    void reportsMissingDutchFile() {
        assertThat(problems("missing-nl-file"))
                .containsExactly(error(
                        nl("missing-nl-file"),
                        0,
                        "missing nl.yaml: Dutch (nl) is the source locale and every scenario needs its texts"));
    }

    @Test
    void warnsAboutMissingEnglishText() {
        assertThat(problems("missing-en-text"))
                .containsExactly(warning(
                        "content/scenarios/missing-en-text/en.yaml",
                        1,
                        "missing English (en) text for summary (the Dutch text is shown)"));
    }

    @Test
    void reportsUnknownLocaleFile() {
        assertThat(problems("unknown-locale-file"))
                .containsExactly(error(
                        "content/scenarios/unknown-locale-file/de.yaml",
                        0,
                        "unknown locale 'de': locale files are named nl.yaml, en.yaml, ar.yaml, tr.yaml, pl.yaml"));
    }

    @Test
    void reportsUnknownCompetencyInPoints() {
        assertThat(problems("unknown-competency"))
                .containsExactly(error(
                        structure("unknown-competency"),
                        20,
                        "unknown competency 'signal-recogniton' (did you mean 'signal-recognition'?) in points of choice"
                                + " 'vragen' of scene 'begin'"));
    }

    @Test
    void reportsPointsForCompetencyTheScenarioDoesNotTrain() {
        assertThat(problems("competency-not-in-scenario"))
                .containsExactly(error(
                        structure("competency-not-in-scenario"),
                        24,
                        "competency 'cooperation' in points of choice 'wachten' of scene 'begin' is not one of the"
                                + " scenario's competencies (signal-recognition, safety)"));
    }

    @Test
    void reportsReadAgainForCompetencyTheScenarioDoesNotTrain() {
        String fixture = "read-again-competency-not-in-scenario";
        assertThat(problems(fixture))
                .containsExactly(error(
                        structure(fixture),
                        11,
                        "competency 'reporting-route' in"
                                + " readAgain is not one of the scenario's competencies (signal-recognition, safety)"));
    }

    @Test
    void reportsReadAgainNamingUnknownModuleOrLesson() {
        String file = structure("read-again-unknown-lesson");
        assertThat(problems("read-again-unknown-lesson"))
                .containsExactly(
                        error(
                                file,
                                11,
                                "readAgain entry 'signalen-herkenen/school' for signal-recognition names unknown"
                                        + " module 'signalen-herkenen' (did you mean 'signalen-herkennen'?)"),
                        error(
                                file,
                                11,
                                "readAgain entry 'signalen-herkennen/scool' for signal-recognition names unknown"
                                        + " lesson 'scool' in module 'signalen-herkennen'"));
    }

    @Test
    void reportsMoreThanOneRecommendedChoice() {
        assertThat(problems("two-recommended"))
                .containsExactly(error(
                        structure("two-recommended"),
                        25,
                        "scene 'begin' has more than one recommended choice ('vragen' and 'wachten'): recommend one"));
    }

    @Test
    void warnsAboutSceneWithoutRecommendedChoice() {
        assertThat(problems("no-recommended"))
                .containsExactly(warning(
                        structure("no-recommended"),
                        13,
                        "scene 'begin' has no recommended choice: the debrief's recommended path stops there"));
    }

    @Test
    void reportsLessonLinkThatDoesNotNameItsModule() {
        assertThat(problems("lesson-link-without-module"))
                .containsExactly(
                        error(
                                nl("lesson-link-without-module"),
                                7,
                                "lesson link 'lesson:school' in nodes.begin.text must name its module: write lesson:<module>/<lesson>"));
    }

    @Test
    void fallsBackToNodeReachabilityWhenTheStateSpaceIsTooLarge() {
        assertThat(problems("state-space-too-large"))
                .containsExactly(warning(
                        structure("state-space-too-large"),
                        0,
                        "the scenario has more than 200,000 states (node and variable values): reachability was checked per"
                                + " node only, ignoring conditions and effects"));
    }

    @Test
    void reportsAnUnknownPracticeCompetencyWithSuggestion() {
        assertThat(problems("practice-unknown-competency"))
                .containsExactly(error(
                        structure("practice-unknown-competency"),
                        14,
                        "unknown competency 'signal-recogniton' (did you mean 'signal-recognition'?) in 'practice' of"
                                + " scene 'begin'"));
    }

    @Test
    void reportsAPracticeSceneWithAChoiceThatHasACondition() {
        assertThat(problems("practice-choice-with-condition"))
                .containsExactly(error(
                        structure("practice-choice-with-condition"),
                        14,
                        "scene 'begin' is marked for practice but choice"
                                + " 'vragen' has a condition ('if'): a practice decision shows every choice out of the case,"
                                + " so none may depend on the run so far"));
    }

    @Test
    void reportsAPracticeSceneWithoutRecommendedChoice() {
        String file = structure("practice-without-recommended");
        assertThat(problems("practice-without-recommended"))
                .containsExactly(
                        warning(
                                file,
                                13,
                                "scene 'begin' has no recommended choice: the debrief's recommended path stops"
                                        + " there"),
                        error(
                                file,
                                14,
                                "scene 'begin' is marked for practice but has no recommended choice: practice needs"
                                        + " a better choice to compare with"));
    }

    @Test
    void reportsAPracticeSceneWhoseRecommendedChoiceIsNotBetterForItsCompetency() {
        assertThat(problems("practice-no-better-choice"))
                .containsExactly(error(
                        structure("practice-no-better-choice"),
                        14,
                        "scene 'begin' is marked for practice for safety but its recommended choice 'vragen' does not"
                                + " score more safety points than choice 'wachten'"));
    }

    @Test
    void reportsPracticeOnAnEnding() {
        assertThat(problems("practice-on-ending"))
                .containsExactly(error(
                        structure("practice-on-ending"),
                        27,
                        "'practice' in node 'goed' marks a decision point, but an ending has no choices: mark a scene"
                                + " instead"));
    }
}
