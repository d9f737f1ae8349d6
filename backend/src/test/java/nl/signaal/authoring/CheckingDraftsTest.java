package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.content.AnswerCues;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Real validator output on drafts (the shipped content as the rest): every problem named by file, field and position. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckingDraftsTest {
    private Content shipped;
    private CheckingDrafts checking;

    @BeforeAll
    void loadShipped() {
        shipped = ContentLoader.load(Path.of("../content")).content();
        checking = new CheckingDrafts(shipped);
    }

    private List<DraftProblem> scenario(Map<String, String> files) {
        return checking.check(AuthoredItem.SCENARIO, "mijn-casus", files);
    }

    private static Map<String, String> scenarioTemplate() {
        return new LinkedHashMap<>(AuthoringTemplates.scenario("mijn-casus"));
    }

    private static Optional<DraftProblem> about(List<DraftProblem> problems, String text) {
        return problems.stream().filter(p -> p.message().contains(text)).findFirst();
    }

    @Test
    void theTemplatesHaveNoProblems() {
        assertThat(scenario(scenarioTemplate())).isEmpty();
        assertThat(checking.check(AuthoredItem.MODULE, "mijn-module", AuthoringTemplates.module("mijn-module")))
                .isEmpty();
    }

    @Test
    void aWrongTargetIsTheChoicesToField() {
        Map<String, String> files = scenarioTemplate();
        files.put("scenario.yaml", files.get("scenario.yaml").replace("to: goed", "to: nergens"));
        DraftProblem problem = about(scenario(files), "nergens").orElseThrow();
        assertThat(problem.severity()).isEqualTo("ERROR");
        assertThat(problem.file()).isEqualTo("scenario.yaml");
        assertThat(problem.field()).isEqualTo("nodes.begin.choices.0.to");
        assertThat(problem.line()).isEqualTo(15);
    }

    @Test
    void anUnknownVariableInAConditionIsItsPositionInTheValue() {
        Map<String, String> files = scenarioTemplate();
        files.put(
                "scenario.yaml",
                files.get("scenario.yaml")
                        .replace(
                                "        to: afgewacht\n",
                                "        to: afgewacht\n        if: trust > 1 and trst < 3\n"));
        DraftProblem problem = about(scenario(files), "trst").orElseThrow();
        assertThat(problem.file()).isEqualTo("scenario.yaml");
        assertThat(problem.field()).isEqualTo("nodes.begin.choices.1.if");
        assertThat(problem.column()).isPositive();
        assertThat(problem.position()).isEqualTo("trust > 1 and ".length());
        assertThat(problem.message()).contains("did you mean 'trust'");
    }

    @Test
    void aQuotedConditionCountsFromInsideTheQuotes() {
        Map<String, String> files = scenarioTemplate();
        files.put(
                "scenario.yaml",
                files.get("scenario.yaml")
                        .replace("        to: afgewacht\n", "        to: afgewacht\n        if: \"trots > 1\"\n"));
        DraftProblem problem = about(scenario(files), "trots").orElseThrow();
        assertThat(problem.field()).isEqualTo("nodes.begin.choices.1.if");
        assertThat(problem.position()).isZero();
    }

    @Test
    void anUntranslatedFieldInEnglishIsThatField() {
        Map<String, String> files = scenarioTemplate();
        files.put("en.yaml", files.get("nl.yaml").replace("    text: Sam vertelt meer.\n", ""));
        DraftProblem problem = about(scenario(files), "missing English (en) text for nodes.goed.text")
                .orElseThrow();
        assertThat(problem.severity()).isEqualTo("WARNING");
        assertThat(problem.file()).isEqualTo("en.yaml");
        assertThat(problem.field()).isEqualTo("nodes.goed.text");
    }

    @Test
    void aMissingDutchTextIsAnErrorOnThatField() {
        Map<String, String> files = scenarioTemplate();
        files.put("nl.yaml", files.get("nl.yaml").replace("summary: Een korte casus om mee te beginnen.\n", ""));
        DraftProblem problem = about(scenario(files), "text for summary").orElseThrow();
        assertThat(problem.severity()).isEqualTo("ERROR");
        assertThat(problem.file()).isEqualTo("nl.yaml");
        assertThat(problem.field()).isEqualTo("summary");
    }

    @Test
    void aScenarioIdOtherThanTheItemsContentIdIsReported() {
        Map<String, String> files = scenarioTemplate();
        files.put("scenario.yaml", files.get("scenario.yaml").replace("id: mijn-casus", "id: andere-casus"));
        DraftProblem problem = about(scenario(files), "andere-casus").orElseThrow();
        assertThat(problem.message()).contains("does not match this item's content id 'mijn-casus'");
        assertThat(problem.field()).isEqualTo("id");
    }

    @Test
    void aModuleIsCheckedInMemoryAgainstTheShippedModulesAndGlossary() {
        Map<String, String> files = new LinkedHashMap<>(AuthoringTemplates.module("mijn-module"));
        files.put(
                "nl.yaml",
                files.get("nl.yaml")
                        .replace(
                                "      Schrijf hier de les.\n",
                                "      Schrijf hier de les.\n\n"
                                        + "      Zie [de stappen](lesson:de-meldcode/vijf-stappen) en"
                                        + " [de meldcode](term:meldcode).\n\n"
                                        + "      Niet: [weg](lesson:de-meldcode/bestaat-niet).\n\n"
                                        + "      Ook niet: [woord](term:geen-woord).\n\n"
                                        + "      ![Schema](images/schema.svg)\n"));
        files.put("module.yaml", files.get("module.yaml").replace("id: mijn-module", "id: andere-module"));
        List<DraftProblem> problems = checking.check(AuthoredItem.MODULE, "mijn-module", files);

        assertThat(problems).noneMatch(p -> p.message().contains("vijf-stappen"));
        assertThat(problems).noneMatch(p -> p.message().contains("'term:meldcode'"));
        DraftProblem lesson = about(problems, "bestaat-niet").orElseThrow();
        assertThat(lesson.file()).isEqualTo("nl.yaml");
        assertThat(lesson.field()).isEqualTo("lessons.eerste-les.body");
        assertThat(lesson.position()).isPositive();
        assertThat(about(problems, "geen-woord").orElseThrow().field()).isEqualTo("lessons.eerste-les.body");
        DraftProblem image = about(problems, "schema.svg").orElseThrow();
        assertThat(image.severity()).isEqualTo("ERROR");
        assertThat(image.message()).contains("missing file");
        assertThat(about(problems, "andere-module").orElseThrow().message())
                .contains("does not match this item's content id 'mijn-module'");
    }

    @Test
    void refresherItemsOfAModuleDraftAreCheckedAndNamedByTheirFolder() {
        Map<String, String> files = new LinkedHashMap<>(AuthoringTemplates.module("mijn-module"));
        files.put("refreshers/items.yaml", """
                module: mijn-module
                items:
                  - id: mijn-vraag
                    competency: signal-recognition
                    type: single
                    options: [a, b]
                    correct: [c]
                """);
        files.put("refreshers/nl.yaml", """
                items:
                  mijn-vraag:
                    prompt: Wat doe je?
                    options:
                      a: Doorvragen
                      b: Afwachten
                """);
        List<DraftProblem> problems = checking.check(AuthoredItem.MODULE, "mijn-module", files);
        DraftProblem correct = about(problems, "correct option 'c'").orElseThrow();
        assertThat(correct.file()).isEqualTo("refreshers/items.yaml");
        assertThat(correct.field()).isEqualTo("items.0.correct");
        DraftProblem explanation = about(problems, "explanation").orElseThrow();
        assertThat(explanation.file()).isEqualTo("refreshers/nl.yaml");
        assertThat(explanation.field()).isEqualTo("items.mijn-vraag.explanation");
    }

    @Test
    void theCuesOfAModuleDraftWithErrorsAreMeasuredAsFarAsItIsRead() {
        Map<String, String> files = new LinkedHashMap<>(AuthoringTemplates.module("mijn-module"));
        files.put("nl.yaml", files.get("nl.yaml").replace("          feedback: Afwachten laat signalen liggen.\n", ""));
        assertThat(checking.check(AuthoredItem.MODULE, "mijn-module", files))
                .anyMatch(p -> p.severity().equals("ERROR") && p.field().endsWith("options.b.feedback"));
        List<AnswerCues.SetFigures> sets = ContentLoader.measureModuleDraft("mijn-module", files, shipped);
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0).items().get(0).lengths())
                .containsExactly(
                        "Doorvragen naar wat er speelt.".length(),
                        "Afwachten tot het vanzelf duidelijk wordt.".length());
        assertThat(sets.get(0).shortest()).isEqualTo(1);
    }

    @Test
    void aScenarioDraftsGlossaryLinksMustNameAShippedTerm() {
        Map<String, String> files = scenarioTemplate();
        files.put(
                "nl.yaml",
                files.get("nl.yaml")
                        .replace(
                                "    text: Sam vertelt meer.",
                                "    text: Sam vertelt over [de meldcode](term:meldcode) en [iets](term:geen-term)."));
        List<DraftProblem> problems = scenario(files);
        assertThat(problems)
                .noneMatch(p ->
                        p.message().contains("'term:meldcode'") || p.message().contains("'meldcode'"));
        DraftProblem unknown = about(problems, "geen-term").orElseThrow();
        assertThat(unknown.severity()).isEqualTo("ERROR");
        assertThat(unknown.field()).isEqualTo("nodes.goed.text");
    }
}
