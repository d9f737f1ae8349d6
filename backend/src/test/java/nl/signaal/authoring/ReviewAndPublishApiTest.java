package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.authoring.ReviewApi.VersionCommand;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.web.ApiException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Review and publishing over HTTP on H2 and PostgreSQL: the two-person rule, version numbers, send back, unpublish,
 * diff, delete, and two reviewers publishing at once.
 */
@MicronautTest(transactional = false)
class ReviewAndPublishApiTest extends DatabaseTest {
    private static final String ITEMS = "/api/authoring/items/";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    ReviewingDrafts reviewing;

    UUID organisation;
    String authorEmail;
    String reviewerEmail;
    String secondReviewerEmail;
    Api.Session author;
    Api.Session reviewer;
    Api.Session foreignTrainer;

    private Api api() {
        return new Api(client, json);
    }

    @BeforeAll
    void setUp() {
        organisation = accounts.organisation("Jeugdzorg Review", "jeugdhulp");
        UUID other = accounts.organisation("Onderwijs Review", "onderwijs");
        authorEmail = accounts.userNamed(organisation, "Anna Auteur", Role.TRAINER);
        reviewerEmail = accounts.userNamed(organisation, "Rik Recensent", Role.TRAINER);
        secondReviewerEmail = accounts.userNamed(organisation, "Cor Coördinator", Role.COORDINATOR);
        author = api().logIn(authorEmail, TestAccounts.PASSWORD);
        reviewer = api().logIn(reviewerEmail, TestAccounts.PASSWORD);
        foreignTrainer = api().logIn(accounts.user(other, Role.TRAINER), TestAccounts.PASSWORD);
    }

    @Test
    void aDraftWithErrorsCannotBeSentForReview() {
        Api.Response created = create("review-met-fouten");
        Map<String, String> files = files(created);
        files.put("scenario.yaml", files.get("scenario.yaml").replace("to: goed", "to: nergens"));
        Api.Response saved = save(created.text("id"), version(created), files, author);

        Api.Response asked = review(created.text("id"), version(saved), author);

        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.text("type")).contains("draft-has-errors");
        assertThat(get(created.text("id"), author).text("state")).isEqualTo("DRAFT");
    }

    @Test
    void aStaleReviewRequestIsRefused() {
        Api.Response created = create("review-verouderd");
        save(created.text("id"), version(created), files(created), reviewer);

        Api.Response asked = review(created.text("id"), version(created), author);

        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.text("type")).contains("draft-edited");
    }

    @Test
    void askingForReviewTwiceForTheSameVersionChangesNothing() {
        Api.Response created = create("review-twee-keer");
        String id = created.text("id");

        Api.Response first = review(id, version(created), author);
        Api.Response again = review(id, version(created), author);

        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("state")).isEqualTo("IN_REVIEW");
        assertThat(again.text("reviewRequestedBy"))
                .isEqualTo(accounts.id(authorEmail).toString());
        assertThat(version(again)).as("asking for review is no edit").isEqualTo(version(created));
    }

    @Test
    void theTrainerWhoAskedForReviewMayNotPublish() {
        Api.Response created = create("zelf-publiceren");
        String id = created.text("id");
        review(id, version(created), author);

        Api.Response published = publish(id, version(created), author);

        assertThat(published.status()).isEqualTo(403);
        assertThat(published.raw().body()).contains("second trainer must review");
        assertThat(api().get(ITEMS + id + "/versions", author).body().size()).isZero();
    }

    @Test
    void aColleaguePublishesVersionOneWithBothNames() {
        Api.Response created = create("collega-publiceert");
        String id = created.text("id");
        review(id, version(created), author);

        Api.Response published = publish(id, version(created), reviewer);

        assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
        assertThat(published.text("state")).isEqualTo("DRAFT");
        assertThat(published.body().get("publishedVersion").getIntValue()).isEqualTo(1);
        assertThat(published.body().get("reviewRequestedBy").isNull()).isTrue();
        JsonNode versions = api().get(ITEMS + id + "/versions", author).body();
        assertThat(versions.size()).isEqualTo(1);
        assertThat(versions.get(0).get("number").getIntValue()).isEqualTo(1);
        assertThat(versions.get(0).get("authoredBy").get("name").getStringValue())
                .isEqualTo("Anna Auteur");
        assertThat(versions.get(0).get("publishedBy").get("name").getStringValue())
                .isEqualTo("Rik Recensent");
        assertThat(versions.get(0).get("live").getBooleanValue()).isTrue();
        assertThat(get(id, author).text("state")).isEqualTo("DRAFT");
    }

    @Test
    void versionNumbersFollowTheHighestPublishedAndNeverGoBelowTheDraftsOwn() {
        Api.Response created = create("versienummers");
        String id = created.text("id");
        Api.Response first = publishedByColleague(id, version(created));
        assertThat(files(first).get("scenario.yaml")).contains("\nversion: 1\n");

        Api.Response second = publishedByColleague(id, version(first));
        assertThat(second.body().get("publishedVersion").getIntValue()).isEqualTo(2);
        assertThat(files(second).get("scenario.yaml")).contains("\nversion: 2\n");

        Map<String, String> files = files(second);
        String before = files.get("scenario.yaml");
        files.put("scenario.yaml", before.replace("\nversion: 2\n", "\nversion: 7   # na de papieren versie 6\n"));
        Api.Response saved = save(id, version(second), files, author);
        Api.Response third = publishedByColleague(id, version(saved));

        assertThat(third.body().get("publishedVersion").getIntValue()).isEqualTo(7);
        assertThat(files(third).get("scenario.yaml"))
                .as("only the number changes")
                .isEqualTo(before.replace("\nversion: 2\n", "\nversion: 7   # na de papieren versie 6\n"));
        assertThat(api().get(ITEMS + id + "/versions", author)
                        .body()
                        .get(0)
                        .get("number")
                        .getIntValue())
                .isEqualTo(7);
    }

    @Test
    void aModuleGetsItsNumberInModuleYaml() {
        Api.Response created =
                api().post("/api/authoring/items", Map.of("kind", "MODULE", "contentId", "module-publiceren"), author);
        String id = created.text("id");
        Api.Response first = publishedByColleague(id, version(created));

        Api.Response second = publishedByColleague(id, version(first));

        assertThat(second.body().get("publishedVersion").getIntValue()).isEqualTo(2);
        assertThat(files(second).get("module.yaml"))
                .isEqualTo(files(created).get("module.yaml").replace("\nversion: 1\n", "\nversion: 2\n"));
    }

    @Test
    void aPublishRetriedByTheSameReviewerAnswersTheSameDraft() {
        Api.Response created = create("publiceren-herhaald");
        String id = created.text("id");
        review(id, version(created), author);
        Api.Response published = publish(id, version(created), reviewer);

        Api.Response retried = publish(id, version(created), reviewer);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(version(retried)).isEqualTo(version(published));
        assertThat(api().get(ITEMS + id + "/versions", author).body().size()).isEqualTo(1);
    }

    @Test
    void aReviewerSendsTheDraftBackWithAComment() {
        Api.Response created = create("terugsturen");
        String id = created.text("id");
        review(id, version(created), author);
        String comment = "Keuze 2 is te makkelijk.\nMaak de feedback concreter.";

        Api.Response sent = api().post(ITEMS + id + "/send-back", Map.of("comment", comment), reviewer);

        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);
        assertThat(sent.text("state")).isEqualTo("DRAFT");
        assertThat(get(id, author).text("reviewComment")).isEqualTo(comment);
        Api.Response publishedAnyway = publish(id, version(created), reviewer);
        assertThat(publishedAnyway.status()).isEqualTo(409);
        assertThat(publishedAnyway.text("type")).contains("not-in-review");
        Api.Response again = review(id, version(created), author);
        assertThat(again.body().get("reviewComment").isNull())
                .as("a new review request clears the comment")
                .isTrue();
    }

    @Test
    void aSendBackNeedsAComment() {
        Api.Response created = create("terugsturen-zonder-reden");
        String id = created.text("id");
        review(id, version(created), author);

        Api.Response empty = api().post(ITEMS + id + "/send-back", Map.of("comment", "  \n "), reviewer);
        Api.Response tooLong = api().post(ITEMS + id + "/send-back", Map.of("comment", "x".repeat(4001)), reviewer);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.raw().body()).contains("comment");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(get(id, author).text("state")).isEqualTo("IN_REVIEW");
    }

    @Test
    void savingADraftInReviewPutsItBackToDraft() {
        Api.Response created = create("wijzigen-tijdens-review");
        String id = created.text("id");
        review(id, version(created), author);

        Api.Response saved = save(id, version(created), files(created), author);

        assertThat(saved.text("state")).isEqualTo("DRAFT");
        assertThat(publish(id, version(saved), reviewer).status()).isEqualTo(409);
    }

    @Test
    void unpublishingTakesTheLiveVersionsOfflineAndMayBeRepeated() {
        Api.Response created = create("offline-halen");
        String id = created.text("id");
        Api.Response first = publishedByColleague(id, version(created));
        publishedByColleague(id, version(first));

        Api.Response unpublished = api().post(ITEMS + id + "/unpublish", Map.of(), author);
        Api.Response again = api().post(ITEMS + id + "/unpublish", Map.of(), author);

        assertThat(unpublished.status()).as(unpublished.raw().body()).isEqualTo(200);
        assertThat(unpublished.body().get("publishedVersion").isNull()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        JsonNode versions = api().get(ITEMS + id + "/versions", author).body();
        assertThat(versions.size()).isEqualTo(2);
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i).get("live").getBooleanValue()).isFalse();
        }
    }

    @Test
    void theDiffShowsChangedLinesWithContextPerFile() {
        Api.Response created = create("verschillen");
        String id = created.text("id");
        Api.Response published = publishedByColleague(id, version(created));
        Map<String, String> files = files(published);
        files.put("nl.yaml", files.get("nl.yaml").replace("title: Nieuwe casus", "title: Klusjes"));
        files.put("en.yaml", "title: Chores\n");
        save(id, version(published), files, author);

        JsonNode diff = api().get(ITEMS + id + "/diff?from=1&to=draft", author).body();

        assertThat(diff.size()).isEqualTo(3);
        assertThat(diff.get(0).get("file").getStringValue()).isEqualTo("en.yaml");
        assertThat(diff.get(0).get("status").getStringValue()).isEqualTo("added");
        assertThat(diff.get(1).get("file").getStringValue()).isEqualTo("nl.yaml");
        assertThat(diff.get(1).get("status").getStringValue()).isEqualTo("changed");
        JsonNode lines = diff.get(1).get("hunks").get(0).get("lines");
        assertThat(lines.get(0).get("kind").getStringValue()).isEqualTo("removed");
        assertThat(lines.get(0).get("oldLine").getIntValue()).isEqualTo(1);
        assertThat(lines.get(0).get("text").getStringValue()).isEqualTo("title: Nieuwe casus");
        assertThat(lines.get(1).get("kind").getStringValue()).isEqualTo("added");
        assertThat(lines.get(1).get("newLine").getIntValue()).isEqualTo(1);
        assertThat(lines.get(2).get("kind").getStringValue()).isEqualTo("context");
        assertThat(lines.size())
                .as("one changed line and three lines of context")
                .isEqualTo(5);
        assertThat(diff.get(2).get("status").getStringValue()).isEqualTo("same");
        assertThat(api().get(ITEMS + id + "/diff?from=1&to=9", author).status()).isEqualTo(400);
        assertThat(api().get(ITEMS + id + "/diff?from=een&to=draft", author)
                        .raw()
                        .body())
                .contains("from");
    }

    @Test
    void onlyANeverPublishedDraftCanBeDeleted() {
        String draft = create("weggooien").text("id");
        Api.Response created = create("gepubliceerd-blijft");
        String published = created.text("id");
        publishedByColleague(published, version(created));
        api().post(ITEMS + published + "/unpublish", Map.of(), author);

        Api.Response deleted = api().send(HttpRequest.DELETE(ITEMS + draft), author);
        Api.Response refused = api().send(HttpRequest.DELETE(ITEMS + published), author);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get(draft, author).status()).isEqualTo(404);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).contains("item-published");
        assertThat(get(published, author).status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationsTrainerFindsNothing() {
        Api.Response created = create("andere-organisatie");
        String id = created.text("id");
        review(id, version(created), author);

        assertThat(publish(id, version(created), foreignTrainer).status()).isEqualTo(404);
        assertThat(api().post(ITEMS + id + "/send-back", Map.of("comment", "nee"), foreignTrainer)
                        .status())
                .isEqualTo(404);
        assertThat(api().post(ITEMS + id + "/unpublish", Map.of(), foreignTrainer)
                        .status())
                .isEqualTo(404);
        assertThat(api().get(ITEMS + id + "/versions", foreignTrainer).status()).isEqualTo(404);
        assertThat(api().get(ITEMS + id + "/diff?from=draft&to=draft", foreignTrainer)
                        .status())
                .isEqualTo(404);
        assertThat(api().send(HttpRequest.DELETE(ITEMS + id), foreignTrainer).status())
                .isEqualTo(404);
        assertThat(get(id, author).text("state")).isEqualTo("IN_REVIEW");
    }

    /** Two reviewers publish the same review at the same moment, many times over: exactly one version each time. */
    @Test
    void twoReviewersPublishingAtOnceMakeExactlyOneVersion() throws Exception {
        List<SignedInUser> reviewers = List.of(user(reviewerEmail), user(secondReviewerEmail));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                Api.Response created = create("gelijktijdig-" + round);
                UUID id = UUID.fromString(created.text("id"));
                long version = version(created);
                review(id.toString(), version, author);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> calls = new ArrayList<>();
                for (SignedInUser who : reviewers) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        try {
                            return "published "
                                    + reviewing
                                            .publish(who, id, new VersionCommand(version))
                                            .version();
                        } catch (ApiException refused) {
                            return refused.type();
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> call : calls) {
                    outcomes.add(call.get());
                }

                assertThat(outcomes)
                        .as("round " + round)
                        .filteredOn(outcome -> outcome.startsWith("published"))
                        .hasSize(1);
                assertThat(outcomes).as("round " + round).anyMatch(outcome -> outcome.contains("not-in-review"));
                JsonNode versions = api().get(ITEMS + id + "/versions", author).body();
                assertThat(versions.size()).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private SignedInUser user(String email) {
        return new SignedInUser(
                accounts.id(email), organisation, "jeugdhulp", Set.of(Role.TRAINER), "Reviewer", email, "nl");
    }

    private Api.Response publishedByColleague(String id, long version) {
        Api.Response asked = review(id, version, author);
        assertThat(asked.status()).as(asked.raw().body()).isEqualTo(200);
        Api.Response published = publish(id, version, reviewer);
        assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
        return published;
    }

    private Api.Response create(String contentId) {
        Api.Response created =
                api().post("/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", contentId), author);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created;
    }

    private Api.Response get(String id, Api.Session who) {
        return api().get(ITEMS + id, who);
    }

    private Api.Response save(String id, long version, Map<String, String> files, Api.Session who) {
        Api.Response saved = api().put(ITEMS + id, Map.of("version", version, "files", files), who);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        return saved;
    }

    private Api.Response review(String id, long version, Api.Session who) {
        return api().post(ITEMS + id + "/review", Map.of("version", version), who);
    }

    private Api.Response publish(String id, long version, Api.Session who) {
        return api().post(ITEMS + id + "/publish", Map.of("version", version), who);
    }

    private static long version(Api.Response response) {
        return response.body().get("version").getLongValue();
    }

    private static Map<String, String> files(Api.Response response) {
        Map<String, String> files = new HashMap<>();
        response.body()
                .get("files")
                .entries()
                .forEach(e -> files.put(e.getKey(), e.getValue().getStringValue()));
        return files;
    }
}
