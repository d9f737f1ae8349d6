package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Lesson preview over HTTP on H2 and PostgreSQL: Markdown rendered exactly as the learner's lesson endpoint renders
 * the same Markdown of a shipped lesson, with nothing that could run in the browser.
 */
@MicronautTest(transactional = false)
class LessonPreviewApiTest extends DatabaseTest {
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
    String module;
    String scenario;

    private Api api() {
        return new Api(client, json);
    }

    @BeforeAll
    void setUp() {
        UUID organisation = accounts.organisation("Jeugdzorg Lesvoorbeeld", "jeugdhulp");
        UUID other = accounts.organisation("Onderwijs Lesvoorbeeld", "onderwijs");
        trainer = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        learner = api().logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        foreignTrainer = api().logIn(accounts.user(other, Role.TRAINER), TestAccounts.PASSWORD);
        module = api().post("/api/authoring/items", Map.of("kind", "MODULE", "contentId", "les-voorbeeld"), trainer)
                .text("id");
        scenario = api().post(
                        "/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", "les-voorbeeld-casus"), trainer)
                .text("id");
    }

    /** The Dutch Markdown of a shipped lesson, as content/ holds it. */
    @SuppressWarnings("unchecked")
    private static String shippedBody(String moduleId, String lessonId) throws IOException {
        String text = Files.readString(Path.of("..", "content", "modules", moduleId, "nl.yaml"));
        Map<String, Object> root =
                (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        Map<String, Object> lessons = (Map<String, Object>) root.get("lessons");
        return (String) ((Map<String, Object>) lessons.get(lessonId)).get("body");
    }

    private String learnersHtml(String moduleId, String lessonId) {
        Api.Response lesson = api().get("/api/modules/" + moduleId + "/lessons/" + lessonId + "?locale=nl", learner);
        assertThat(lesson.status()).isEqualTo(200);
        return lesson.text("html");
    }

    private Api.Response lessonPreview(String id, Map<String, ?> body, Api.Session who) {
        return api().post("/api/authoring/items/" + id + "/lesson-preview", body, who);
    }

    private static List<String> messages(JsonNode preview, String severity) {
        List<String> messages = new ArrayList<>();
        for (JsonNode problem : preview.get("problems").values()) {
            if (problem.get("severity").getStringValue().equals(severity)) {
                messages.add(problem.get("message").getStringValue());
            }
        }
        return messages;
    }

    @Test
    void aShippedLessonPreviewsExactlyAsTheLearnersLessonEndpointShowsIt() throws IOException {
        // Glossary term links and links to lessons of other modules; no images, no links within its own module.
        String markdown = shippedBody("de-aandachtsfunctionaris", "aandachtsfunctionaris-en-meldcode");
        Api.Response preview = lessonPreview(module, Map.of("locale", "nl", "markdown", markdown), trainer);
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.text("html"))
                .isEqualTo(learnersHtml("de-aandachtsfunctionaris", "aandachtsfunctionaris-en-meldcode"))
                .contains("/glossary#");
        assertThat(messages(preview.body(), "ERROR")).isEmpty();
    }

    @Test
    void calloutsRenderAsForLearnersAndImagesShowTheirAltText() throws IOException {
        String markdown = shippedBody("signalen-oppakken", "regie-en-outreachend-werken");
        String preview = lessonPreview(module, Map.of("locale", "nl", "markdown", markdown), trainer)
                .text("html");
        // What the learner gets, with each image as the text a browser shows for an image it cannot load.
        Document learners = Jsoup.parseBodyFragment(learnersHtml("signalen-oppakken", "regie-en-outreachend-werken"));
        learners.outputSettings(new Document.OutputSettings().prettyPrint(false));
        for (Element image : learners.select("img")) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        assertThat(preview)
                .isEqualTo(learners.body().html())
                .contains("<aside data-callout=")
                .contains("casusregie houdt één iemand het overzicht")
                .doesNotContain("<img");
    }

    @Test
    void aLinkToALessonOfTheDraftPointsIntoTheDraftModule() {
        Api.Response preview = lessonPreview(
                module,
                Map.of("markdown", "Lees eerst [de les](lesson:eerste-les) en [elders](lesson:nergens)."),
                trainer);
        assertThat(preview.text("html")).contains("href=\"/learn/les-voorbeeld/lessons/eerste-les\"");
        assertThat(messages(preview.body(), "ERROR")).singleElement().asString().contains("unknown lesson 'nergens'");
    }

    @Test
    void theValidatorsProblemsComeWithTheirLine() {
        JsonNode preview = lessonPreview(
                        module,
                        Map.of("markdown", "# Kop\n\nZie [de term](term:bestaat-niet).\n\n> [!onbekend]\n> Tekst"),
                        trainer)
                .body();
        List<String> errors = messages(preview, "ERROR");
        assertThat(errors).anySatisfy(m -> assertThat(m).contains("glossary term 'bestaat-niet'"));
        assertThat(errors).anySatisfy(m -> assertThat(m).contains("callout 'onbekend'"));
        assertThat(preview.get("problems").get(0).get("line").getIntValue()).isEqualTo(3);
    }

    @Test
    void scriptsJavascriptLinksAndRawHtmlDoNotSurvive() {
        String attack = String.join(
                "\n\n",
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(2)>",
                "[klik](javascript:alert(3)) [KLIK](JaVaScRiPt:alert(4)) [tab](java\tscript:alert(5))",
                "<javascript:alert(6)> [data](data:text/html;base64,PHNjcmlwdD4=)",
                "[ref][x]\n\n[x]: javascript:alert(7)",
                "![beeld](javascript:alert(8)) <a href=\"javascript:alert(9)\">a</a>",
                "<iframe src=\"https://evil.example\"></iframe><svg onload=alert(10)>",
                "[off-site](//evil.example) [slash](/\\evil.example)",
                "<div style=\"background:url(javascript:alert(11))\">x</div>");
        for (String kind : List.of("lesson", "flyer")) {
            Api.Response preview =
                    lessonPreview(module, Map.of("locale", "nl", "markdown", attack, "kind", kind), trainer);
            assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
            String html = preview.text("html");
            assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "<iframe", "<svg", "<div", "style=");
            assertHarmless(html);
            assertThat(messages(preview.body(), "WARNING"))
                    .anySatisfy(m -> assertThat(m).contains("raw HTML"));
            assertThat(messages(preview.body(), "ERROR"))
                    .anySatisfy(m -> assertThat(m).contains("javascript:alert(3)"));
        }
        String scene =
                lessonPreview(scenario, Map.of("markdown", attack), trainer).text("html");
        assertThat(scene.toLowerCase()).doesNotContain("<script", "<img", "<iframe", "<svg", "<div", "style=");
        assertHarmless(scene);
    }

    /**
     * Only Markdown's own elements, no event handler or style, and every link to the app, the web or mail: words like
     * "javascript:alert(6)" may remain as text, never as something the browser follows or runs.
     */
    private static void assertHarmless(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.tagName())
                    .isIn(
                            "body",
                            "p",
                            "a",
                            "strong",
                            "em",
                            "code",
                            "pre",
                            "h1",
                            "h2",
                            "h3",
                            "ul",
                            "ol",
                            "li",
                            "blockquote",
                            "aside",
                            "hr",
                            "br");
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).isIn("href", "data-callout");
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).matches("(/[^/\\\\].*|https?://.*|mailto:.*|#.*)");
                }
            });
        }
    }

    @Test
    void moreThanAHundredThousandCharactersAreRefused() {
        Api.Response refused = lessonPreview(module, Map.of("markdown", "a".repeat(100_001)), trainer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("markdown");
        assertThat(lessonPreview(module, Map.of("markdown", "a".repeat(100_000)), trainer)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theKindMustFitTheDraft() {
        Api.Response refused = lessonPreview(scenario, Map.of("markdown", "x", "kind", "lesson"), trainer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("kind");
    }

    @Test
    void onlyTrainersOfTheOrganisationPreviewLessons() {
        assertThat(lessonPreview(module, Map.of("markdown", "x"), learner).status())
                .isEqualTo(403);
        assertThat(lessonPreview(module, Map.of("markdown", "x"), foreignTrainer)
                        .status())
                .isEqualTo(404);
    }
}
