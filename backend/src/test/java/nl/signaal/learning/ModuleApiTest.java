package nl.signaal.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.Option;
import nl.signaal.content.Question;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The learner journey through the API, on the shipped content: answers come from the content model. */
@MicronautTest(transactional = false)
class ModuleApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    Api api;
    UUID organisation;
    TrainingModule module;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Buurtteam Test", "buurtteam");
        module = content.modules().get(0);
    }

    private Api.Session newLearner() {
        return api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
    }

    private static Map<String, List<String>> answers(TrainingModule module, boolean right) {
        return new HashMap<>(CheckAnswers.of(module, right));
    }

    private Api.Response submit(Api.Session session, UUID attemptId, Map<String, List<String>> answers) {
        return api.post(
                "/api/modules/" + module.id() + "/check/attempts?locale=en",
                Map.of("attemptId", attemptId.toString(), "answers", answers),
                session);
    }

    @Test
    void theCatalogueIsPublicAndInTheAskedLocale() {
        Api.Response nl = api.get("/api/modules?locale=nl", null);
        Api.Response en = api.get("/api/modules?locale=en", null);

        assertThat(nl.status()).isEqualTo(200);
        assertThat(nl.body().size()).isEqualTo(content.modules().size());
        JsonNode first = en.body().get(0);
        assertThat(first.get("title").getStringValue())
                .isEqualTo(module.title().in("en").text());
        assertThat(first.get("targetGroups").isArray()).isTrue();
        assertThat(first.get("lessonCount").getIntValue())
                .isEqualTo(module.lessons().size());
    }

    @Test
    void anUnknownLocaleOrModuleIsAClearProblem() {
        Api.Response locale = api.get("/api/modules?locale=xx", null);
        assertThat(locale.status()).isEqualTo(400);
        assertThat(locale.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("locale");

        Api.Response missing = api.get("/api/modules/no-such-module", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text("detail")).contains("no-such-module");
    }

    @Test
    void theFlyerIsPublicSanitisedHtmlInTheAskedLocale() {
        Api.Response flyer = api.get("/api/modules/" + module.id() + "/flyer?locale=en", null);

        assertThat(flyer.status()).isEqualTo(200);
        assertThat(flyer.text("moduleId")).isEqualTo(module.id());
        assertThat(flyer.text("title")).isEqualTo(module.title().in("en").text());
        assertThat(flyer.text("html"))
                .isEqualTo(module.flyer().in("en").text())
                .contains("<h2>")
                .doesNotContain("<script");
        assertThat(flyer.text("locale")).isEqualTo("en");
        assertThat(flyer.body().get("untranslated").getBooleanValue()).isFalse();
    }

    @Test
    void lessonsAndChecksNeedALogin() {
        String lesson = module.lessons().get(0).id();
        assertThat(api.get("/api/modules/" + module.id() + "/lessons/" + lesson, null)
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/modules/" + module.id() + "/check", null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/modules/" + module.id(), null).status()).isEqualTo(200);
    }

    @Test
    void aLessonComesAsSanitisedHtmlWithItsNeighbours() {
        Api.Session learner = newLearner();
        String second = module.lessons().get(1).id();
        Api.Response lesson = api.get("/api/modules/" + module.id() + "/lessons/" + second + "?locale=en", learner);

        assertThat(lesson.status()).isEqualTo(200);
        assertThat(lesson.text("html")).contains("<p>").doesNotContain("<script");
        assertThat(lesson.text("previousLessonId"))
                .isEqualTo(module.lessons().get(0).id());
    }

    @Test
    void theCheckDoesNotGiveAwayTheAnswers() {
        Api.Response check = api.get("/api/modules/" + module.id() + "/check?locale=en", newLearner());
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.raw().body()).doesNotContain("correct").doesNotContain("feedback");
        assertThat(check.body().get("questions").size())
                .isEqualTo(module.check().questions().size());
    }

    @Test
    void aFailedCheckCanBeRetriedAndAPassCompletesTheModule() {
        Api.Session learner = newLearner();
        String lesson = module.lessons().get(0).id();
        assertThat(api.post("/api/modules/" + module.id() + "/lessons/" + lesson + "/views", Map.of(), learner)
                        .status())
                .isEqualTo(204);

        Api.Response failed = submit(learner, UUID.randomUUID(), answers(module, false));
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body().get("passed").getBooleanValue()).isFalse();
        assertThat(failed.body().get("correctCount").getIntValue()).isZero();
        assertThat(failed.body().get("completedAt").isNull()).isTrue();
        JsonNode firstQuestion = failed.body().get("questions").get(0);
        assertThat(firstQuestion.get("correct").getBooleanValue()).isFalse();
        String chosen = firstQuestion.get("selected").get(0).getStringValue();
        for (JsonNode option : firstQuestion.get("options").values()) {
            if (option.get("id").getStringValue().equals(chosen)) {
                assertThat(option.get("feedback").getStringValue()).isNotBlank();
            }
        }

        Api.Response passed = submit(learner, UUID.randomUUID(), answers(module, true));
        assertThat(passed.body().get("passed").getBooleanValue()).isTrue();
        assertThat(passed.body().get("score").getDoubleValue()).isEqualTo(1.0);
        assertThat(passed.body().get("completedAt").isNull()).isFalse();

        JsonNode progress = progressOf(learner, module.id());
        assertThat(progress.get("status").getStringValue()).isEqualTo("COMPLETED");
        assertThat(progress.get("attempts").getIntValue()).isEqualTo(2);
        assertThat(progress.get("bestScore").getDoubleValue()).isEqualTo(1.0);
        assertThat(progress.get("lastScore").getDoubleValue()).isEqualTo(1.0);
        assertThat(progress.get("lessonsViewed").get(0).getStringValue()).isEqualTo(lesson);

        Api.Response passedAgain = submit(learner, UUID.randomUUID(), answers(module, true));
        assertThat(passedAgain.body().get("completedAt").isNull())
                .as("only the first pass completes the module")
                .isTrue();
    }

    @Test
    void theCheckIsShuffledPerAttemptAndStableWithinOne() {
        Api.Session learner = newLearner();
        Api.Response fresh = api.get("/api/modules/" + module.id() + "/check?locale=en", learner);
        String attempt = fresh.text("attemptId");
        assertThat(attempt).isNotBlank();

        Api.Response again = api.get("/api/modules/" + module.id() + "/check?locale=en&attemptId=" + attempt, learner);
        assertThat(order(again.body())).as("a reload of the attempt").isEqualTo(order(fresh.body()));
        assertThat(again.text("attemptId")).isEqualTo(attempt);

        Set<List<String>> orders = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            JsonNode other = api.get("/api/modules/" + module.id() + "/check?locale=en", learner)
                    .body();
            assertThat(other.get("attemptId").getStringValue()).isNotEqualTo(attempt);
            orders.add(order(other));
        }
        assertThat(orders).as("new attempts, new orders").hasSizeGreaterThan(1);
        Set<String> everyOption = new HashSet<>();
        module.check().questions().forEach(q -> q.options().forEach(o -> everyOption.add(q.id() + ":" + o.id())));
        assertThat(orders.iterator().next()).containsExactlyInAnyOrderElementsOf(everyOption);

        Api.Response result = submit(learner, UUID.fromString(attempt), answers(module, false));
        List<String> resultOrder = new ArrayList<>();
        result.body()
                .get("questions")
                .values()
                .forEach(q -> q.get("options")
                        .values()
                        .forEach(o -> resultOrder.add(
                                q.get("id").getStringValue() + ":" + o.get("id").getStringValue())));
        assertThat(resultOrder).as("the result keeps the attempt's order").isEqualTo(order(fresh.body()));
    }

    /** question:option in the order shown. */
    private static List<String> order(JsonNode check) {
        List<String> order = new ArrayList<>();
        check.get("questions")
                .values()
                .forEach(q -> q.get("options")
                        .values()
                        .forEach(o -> order.add(
                                q.get("id").getStringValue() + ":" + o.get("id").getStringValue())));
        return order;
    }

    @Test
    void aFailedCheckNamesTheWrongQuestionsAndTheChosenFeedbackButNotTheKey() {
        Api.Session learner = newLearner();
        // Right on the first question, wrong on all others: failed, with one right question.
        Map<String, List<String>> answers = answers(module, false);
        Question first = module.check().questions().get(0);
        answers.put(first.id(), List.copyOf(first.correct()));

        Api.Response failed = submit(learner, UUID.randomUUID(), answers);

        assertThat(failed.body().get("passed").getBooleanValue()).isFalse();
        assertThat(failed.body().get("keyShown").getBooleanValue()).isFalse();
        String raw = failed.raw().body();
        for (Question question : module.check().questions()) {
            JsonNode shown = null;
            for (JsonNode q : failed.body().get("questions").values()) {
                if (q.get("id").getStringValue().equals(question.id())) {
                    shown = q;
                }
            }
            assertThat(shown).isNotNull();
            boolean right = question == first;
            assertThat(shown.get("correct").getBooleanValue()).isEqualTo(right);
            if (right) {
                assertThat(shown.get("correctOptions").size())
                        .isEqualTo(question.correct().size());
                continue;
            }
            assertThat(shown.get("correctOptions").isNull()).isTrue();
            List<String> chosen = answers.get(question.id());
            for (JsonNode option : shown.get("options").values()) {
                String id = option.get("id").getStringValue();
                assertThat(option.get("correct").isNull())
                        .as("no key in %s", id)
                        .isTrue();
                assertThat(option.get("selected").getBooleanValue()).isEqualTo(chosen.contains(id));
                assertThat(option.get("feedback").isNull()).isEqualTo(!chosen.contains(id));
            }
            for (Option option : question.options()) {
                if (question.correct().contains(option.id())) {
                    assertThat(raw)
                            .as("the feedback of a correct option of a wrong question")
                            .doesNotContain(json(option.feedback().in("en").text()));
                }
            }
        }

        Api.Response again = submit(learner, UUID.fromString(failed.text("attemptId")), answers(module, true));
        assertThat(again.raw().body())
                .as("the same attempt again: still no key")
                .isEqualTo(raw);

        Api.Response passed = submit(learner, UUID.randomUUID(), answers(module, true));
        assertThat(passed.body().get("keyShown").getBooleanValue()).isTrue();
        JsonNode option = passed.body().get("questions").get(0).get("options").get(0);
        assertThat(option.get("correct").isNull()).isFalse();
        assertThat(option.get("feedback").getStringValue()).isNotBlank();
    }

    private String json(String text) {
        try {
            String quoted = json.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void resubmittingTheSameAttemptReturnsTheSameResultAndRecordsNothingNew() {
        Api.Session learner = newLearner();
        UUID attempt = UUID.randomUUID();
        Api.Response first = submit(learner, attempt, answers(module, true));
        int statements = statementCount(learner);

        Api.Response retry = submit(learner, attempt, answers(module, false));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("passed").getBooleanValue()).isTrue();
        assertThat(retry.text("completedAt")).isEqualTo(first.text("completedAt"));
        assertThat(statementCount(learner)).isEqualTo(statements);
        assertThat(progressOf(learner, module.id()).get("attempts").getIntValue())
                .isEqualTo(1);
    }

    @Test
    void anotherLearnersAttemptIdIsAConflict() {
        UUID attempt = UUID.randomUUID();
        submit(newLearner(), attempt, answers(module, true));
        assertThat(submit(newLearner(), attempt, answers(module, true)).status())
                .isEqualTo(409);
    }

    @Test
    void incompleteOrUnknownAnswersAreFieldErrors() {
        Map<String, List<String>> answers = answers(module, true);
        String dropped = module.check().questions().get(0).id();
        answers.remove(dropped);
        answers.put(module.check().questions().get(1).id(), List.of("no-such-option"));
        answers.put("no-such-question", List.of("a"));

        Api.Response response = submit(newLearner(), UUID.randomUUID(), answers);

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body()
                .get("errors")
                .values()
                .forEach(e -> fields.add(e.get("field").getStringValue()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "answers." + dropped,
                        "answers." + module.check().questions().get(1).id(),
                        "answers.no-such-question");
    }

    private JsonNode progressOf(Api.Session learner, String moduleId) {
        for (JsonNode node :
                api.get("/api/me/progress", learner).body().get("modules").values()) {
            if (node.get("moduleId").getStringValue().equals(moduleId)) {
                return node;
            }
        }
        throw new AssertionError("no progress for " + moduleId);
    }

    private int statementCount(Api.Session learner) {
        return api.get("/api/xapi/statements?size=500", learner)
                .body()
                .get("statements")
                .size();
    }
}
