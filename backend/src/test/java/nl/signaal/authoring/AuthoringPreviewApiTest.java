package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Preview as a learner over HTTP on H2 and PostgreSQL: a scenario draft from any node with chosen values, choices
 * made with the run's rules, and a scene's text sanitised as in a run.
 */
@MicronautTest(transactional = false)
class AuthoringPreviewApiTest extends DatabaseTest {
    static final String STRUCTURE = """
            id: %s
            version: 1
            order: 100
            targetGroups: []
            competencies: [signal-recognition]
            minutes: 5
            variables:
              trust: { type: int, initial: 2, min: 0, max: 5 }
              asked: { type: flag, initial: false }
            start: begin
            nodes:
              begin:
                speaker: jongere
                setting: school
                choices:
                  - id: doorvragen
                    to: midden
                    effects: trust += 1
                    points: { signal-recognition: 2 }
                    recommended: true
                  - id: navragen
                    to: midden
                    effects: asked = true
                    points: { signal-recognition: 1 }
                  - id: afwachten
                    to: afgewacht
                    points: { signal-recognition: -1 }
              midden:
                speaker: jongere
                choices:
                  - id: vertrouwelijk
                    to: goed
                    if: trust >= 3
                    effects: trust += 3
                    points: { signal-recognition: 2 }
                    recommended: true
                  - id: nog-eens
                    to: goed
                    if: not asked
                    points: { signal-recognition: 1 }
                  - id: stoppen
                    to: afgewacht
                    effects: trust -= 5
                    points: { signal-recognition: -1 }
              goed:
                ending: good
              afgewacht:
                ending: poor
            """;
    static final String DUTCH = """
            title: Voorbeeldcasus
            summary: Een casus om te bekijken.
            characters:
              jongere: Sam (16)
            settings:
              school: Het schoolplein
            nodes:
              begin:
                text: |
                  Sam vertelt over **klusjes**. <script>alert('x')</script><img src=x onerror=alert(1)>
                choices:
                  doorvragen: { text: Vraag door., feedback: Goed. Doorvragen helpt. }
                  navragen: { text: Vraag het een collega., feedback: Ook goed. }
                  afwachten: { text: Wacht af., feedback: Riskant <script>x</script> }
              midden:
                text: Sam twijfelt.
                choices:
                  vertrouwelijk: { text: Beloof niets wat je niet kunt waarmaken., feedback: Eerlijk en veilig. }
                  nog-eens: { text: Vraag het nog eens., feedback: Dat helpt soms. }
                  stoppen: { text: Stop het gesprek., feedback: Zo verlies je Sam. }
              goed:
                text: Sam vertelt meer.
                debrief: Je vroeg **door** en hoorde meer.
              afgewacht:
                text: Sam zegt niets meer.
                debrief: Je wachtte af.
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api.Session trainer;
    Api.Session learner;
    Api.Session foreignTrainer;
    String scenario;

    private Api api() {
        return new Api(client, json);
    }

    @BeforeAll
    void setUp() {
        UUID organisation = accounts.organisation("Jeugdzorg Voorvertoning", "jeugdhulp");
        UUID other = accounts.organisation("Onderwijs Voorvertoning", "onderwijs");
        trainer = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        learner = api().logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        foreignTrainer = api().logIn(accounts.user(other, Role.TRAINER), TestAccounts.PASSWORD);
        scenario = draft("voorvertoning-casus", Map.of("nl.yaml", DUTCH));
    }

    /** A scenario draft with this test's structure and the given texts; fails when it has errors. */
    private String draft(String contentId, Map<String, String> texts) {
        Api.Response created =
                api().post("/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", contentId), trainer);
        Map<String, String> files = new LinkedHashMap<>(texts);
        files.put("scenario.yaml", STRUCTURE.formatted(contentId));
        Api.Response saved = api().put(
                        "/api/authoring/items/" + created.text("id"),
                        Map.of("version", created.body().get("version").getLongValue(), "files", files),
                        trainer);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        for (JsonNode problem : saved.body().get("problems").values()) {
            assertThat(problem.get("severity").getStringValue())
                    .as(problem.get("message").getStringValue())
                    .isNotEqualTo("ERROR");
        }
        return created.text("id");
    }

    private Api.Response preview(String id, Map<String, ?> body, Api.Session who) {
        return api().post("/api/authoring/items/" + id + "/preview", body, who);
    }

    private static Map<String, Object> at(String node, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("node", node);
        body.put("variables", variables);
        body.put("locale", "nl");
        return body;
    }

    private static List<String> choices(JsonNode view, boolean available) {
        List<String> ids = new ArrayList<>();
        for (JsonNode choice : view.get("choices").values()) {
            if (choice.get("available").getBooleanValue() == available) {
                ids.add(choice.get("id").getStringValue());
            }
        }
        return ids;
    }

    private static String fieldOf(Api.Response refused) {
        return refused.body().get("errors").get(0).get("field").getStringValue();
    }

    @Test
    void withoutANodeThePreviewStartsAtTheStartWithTheInitialValues() {
        Api.Response shown = preview(scenario, Map.of("locale", "nl"), trainer);
        assertThat(shown.status()).as(shown.raw().body()).isEqualTo(200);
        JsonNode view = shown.body();
        assertThat(view.get("node").getStringValue()).isEqualTo("begin");
        assertThat(view.get("speaker").getStringValue()).isEqualTo("Sam (16)");
        assertThat(view.get("setting").getStringValue()).isEqualTo("Het schoolplein");
        assertThat(view.get("html").getStringValue()).contains("<strong>klusjes</strong>");
        assertThat(view.get("state").get("trust").getIntValue()).isEqualTo(2);
        assertThat(view.get("state").get("asked").getBooleanValue()).isFalse();
        assertThat(choices(view, true)).containsExactly("doorvragen", "navragen", "afwachten");
    }

    @Test
    void fromAMiddleNodeWithChosenValuesExactlyTheChoicesWhoseConditionsHoldAreOnOffer() {
        JsonNode trusted = preview(scenario, at("midden", Map.of("trust", 3, "asked", true)), trainer)
                .body();
        assertThat(choices(trusted, true)).containsExactly("vertrouwelijk", "stoppen");
        assertThat(choices(trusted, false)).containsExactly("nog-eens");
        assertThat(trusted.get("choices").get(1).get("unavailableBecause").getStringValue())
                .isEqualTo("not asked");

        JsonNode wary =
                preview(scenario, at("midden", Map.of("trust", 2)), trainer).body();
        assertThat(choices(wary, true)).containsExactly("nog-eens", "stoppen");
        assertThat(wary.get("choices").get(0).get("unavailableBecause").getStringValue())
                .isEqualTo("trust >= 3");
        assertThat(wary.get("state").get("asked").getBooleanValue()).isFalse();
    }

    @Test
    void aChoiceAppliesItsEffectsClampedAsInARun() {
        Map<String, Object> body = at("midden", Map.of("trust", 4));
        body.put("choice", "vertrouwelijk");
        Api.Response made = preview(scenario, body, trainer);
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        assertThat(made.text("feedback")).isEqualTo("Eerlijk en veilig.");
        assertThat(made.text("feedbackHtml")).isEqualTo("Eerlijk en veilig.");
        assertThat(made.text("text")).isEqualTo("Beloof niets wat je niet kunt waarmaken.");
        JsonNode next = made.body().get("next");
        assertThat(next.get("node").getStringValue()).isEqualTo("goed");
        assertThat(next.get("state").get("trust").getIntValue()).isEqualTo(5); // 4 + 3, clamped to max 5

        Map<String, Object> down = at("midden", Map.of("trust", 1));
        down.put("choice", "stoppen");
        assertThat(preview(scenario, down, trainer)
                        .body()
                        .get("next")
                        .get("state")
                        .get("trust")
                        .getIntValue())
                .isZero(); // 1 - 5, clamped to min 0
    }

    @Test
    void aChoiceWhoseConditionDoesNotHoldIsRefused() {
        Map<String, Object> body = at("midden", Map.of("trust", 2));
        body.put("choice", "vertrouwelijk");
        Api.Response refused = preview(scenario, body, trainer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldOf(refused)).isEqualTo("choice");
        assertThat(refused.raw().body()).contains("trust >= 3");
    }

    @Test
    void anEndingShowsItsOutcomeAndDebrief() {
        JsonNode ending = preview(scenario, at("goed", Map.of()), trainer).body();
        assertThat(ending.get("ending").getStringValue()).isEqualTo("good");
        assertThat(ending.get("html").getStringValue()).contains("Sam vertelt meer.");
        assertThat(ending.get("debriefHtml").getStringValue()).contains("<strong>door</strong>");
        assertThat(ending.get("choices").size()).isZero();
    }

    @Test
    void anUnknownNodeOrVariableIsRefusedByName() {
        Api.Response node = preview(scenario, at("nergens", Map.of()), trainer);
        assertThat(node.status()).isEqualTo(400);
        assertThat(fieldOf(node)).isEqualTo("node");
        assertThat(node.raw().body()).contains("nergens");

        Api.Response variable = preview(scenario, at("midden", Map.of("vertrouwen", 1)), trainer);
        assertThat(variable.status()).isEqualTo(400);
        assertThat(fieldOf(variable)).isEqualTo("variables.vertrouwen");
        assertThat(variable.raw().body()).contains("trust", "asked");
    }

    @Test
    void valuesOutsideTheDeclaredRangeOrOfTheWrongTypeAreRefused() {
        Api.Response tooHigh = preview(scenario, at("midden", Map.of("trust", 9)), trainer);
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(fieldOf(tooHigh)).isEqualTo("variables.trust");
        assertThat(tooHigh.raw().body()).contains("between 0 and 5");

        Api.Response flag = preview(scenario, at("midden", Map.of("asked", 1)), trainer);
        assertThat(flag.status()).isEqualTo(400);
        assertThat(fieldOf(flag)).isEqualTo("variables.asked");

        Api.Response text = preview(scenario, at("midden", Map.of("trust", "veel")), trainer);
        assertThat(text.status()).isEqualTo(400);
        assertThat(fieldOf(text)).isEqualTo("variables.trust");
    }

    @Test
    void rawHtmlInASceneOrFeedbackDoesNotReachTheBrowser() {
        String html = preview(scenario, at("begin", Map.of()), trainer).text("html");
        // The tags are dropped; what stood between them is plain text, escaped like any other.
        assertThat(html).doesNotContain("<script", "onerror", "<img");

        Map<String, Object> body = at("begin", Map.of());
        body.put("choice", "afwachten");
        Api.Response made = preview(scenario, body, trainer);
        assertThat(made.text("feedback")).isEqualTo("Riskant <script>x</script>"); // plain text, as in a run
        assertThat(made.text("feedbackHtml")).isEqualTo("Riskant &lt;script&gt;x&lt;/script&gt;");
    }

    @Test
    void anUntranslatedTextFallsBackToDutchAsInARun() {
        String id = draft(
                "voorvertoning-vertaald",
                Map.of(
                        "nl.yaml",
                        DUTCH,
                        "en.yaml",
                        "title: Preview case\nnodes:\n  midden:\n    text: Sam hesitates.\n"));
        JsonNode english =
                preview(id, Map.of("node", "midden", "locale", "en"), trainer).body();
        assertThat(english.get("html").getStringValue()).contains("Sam hesitates.");
        assertThat(english.get("choices").get(0).get("text").getStringValue())
                .isEqualTo("Beloof niets wat je niet kunt waarmaken.");
        assertThat(english.get("untranslated").getBooleanValue()).isTrue();
    }

    @Test
    void aDraftWithErrorsIsNotPlayedAndSaysWhy() {
        String id = api().post(
                        "/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", "voorvertoning-kapot"), trainer)
                .text("id");
        Api.Response read = api().get("/api/authoring/items/" + id, trainer);
        Map<String, String> files = new HashMap<>();
        read.body()
                .get("files")
                .entries()
                .forEach(e -> files.put(e.getKey(), e.getValue().getStringValue()));
        files.put("scenario.yaml", files.get("scenario.yaml").replace("to: goed", "to: nergens"));
        api().put(
                        "/api/authoring/items/" + id,
                        Map.of("version", read.body().get("version").getLongValue(), "files", files),
                        trainer);
        Api.Response refused = preview(id, Map.of(), trainer);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("cannot be played", "nergens", "scenario.yaml");
    }

    @Test
    void aModuleIsNotPreviewedAsAScenario() {
        String id = api().post(
                        "/api/authoring/items", Map.of("kind", "MODULE", "contentId", "voorvertoning-module"), trainer)
                .text("id");
        Api.Response refused = preview(id, Map.of(), trainer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldOf(refused)).isEqualTo("id");
    }

    @Test
    void onlyTrainersOfTheOrganisationPreview() {
        assertThat(preview(scenario, Map.of(), learner).status()).isEqualTo(403);
        assertThat(preview(scenario, Map.of(), foreignTrainer).status()).isEqualTo(404);
    }
}
