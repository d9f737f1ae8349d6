package nl.signaal.refresher.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.junit.jupiter.api.Test;

/** The learner's in-app notice: how many of the organisation's mandatory modules are due, and for which week. */
@MicronautTest(transactional = false)
class MyNoticesApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    @Inject
    MovableClock clock;

    private Api api() {
        return new Api(client, json);
    }

    private Api.Session logIn(String email) {
        return api().logIn(email, TestAccounts.PASSWORD);
    }

    private Api.Response notices(Api.Session session) {
        Api.Response response = api().get("/api/me/notices", session);
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    @Test
    void aNewLearnerHasNothingDueThisWeek() {
        UUID organisation = accounts.organisation("Meldingen nieuw", "jeugdhulp");

        Api.Response response = notices(logIn(accounts.user(organisation, Role.LEARNER)));

        assertThat(response.body().get("refreshersDue").getIntValue()).isZero();
        assertThat(response.text("week")).isEqualTo(PlanningReminders.week(clock.instant()));
    }

    @Test
    void countsTheMandatoryModulesThatAreDueAndOnlyThose() {
        UUID organisation = accounts.organisation("Meldingen", "jeugdhulp");
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session learner = logIn(email);
        TrainingModule first = content.modules().get(0);
        TrainingModule second = content.modules().get(1);
        CheckAnswers.submit(api(), first, true, learner);
        CheckAnswers.submit(api(), second, true, learner);
        assertThat(notices(learner).body().get("refreshersDue").getIntValue())
                .as("just completed")
                .isZero();

        clock.advance(Duration.ofDays(60));
        learner = logIn(email);
        assertThat(notices(learner).body().get("refreshersDue").getIntValue())
                .as("both due")
                .isEqualTo(2);

        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        assertThat(api().put(
                                "/api/organisations/" + organisation + "/refresher-policy",
                                Map.of(
                                        "targetRetention",
                                        0.85,
                                        "maximumIntervalDays",
                                        180,
                                        "fullRefreshMonths",
                                        12,
                                        "mandatoryModules",
                                        List.of(first.id())),
                                coordinator)
                        .status())
                .isEqualTo(200);
        Api.Response response = notices(learner);
        assertThat(response.body().get("refreshersDue").getIntValue())
                .as("only the mandatory one")
                .isEqualTo(1);
        assertThat(response.text("week")).isEqualTo(PlanningReminders.week(clock.instant()));
    }

    @Test
    void passingACheckAfterAFailIsNotDueTomorrowNorCountedAtOnce() {
        UUID organisation = accounts.organisation("Meldingen herkansing", "jeugdhulp");
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session learner = logIn(email);
        TrainingModule module = content.modules().get(0);
        CheckAnswers.submit(api(), module, false, learner);
        CheckAnswers.submit(api(), module, true, learner);

        assertThat(notices(learner).body().get("refreshersDue").getIntValue())
                .as("right after passing")
                .isZero();
        Api.Response mine = api().get("/api/me/refreshers", learner);
        assertThat(mine.status()).isEqualTo(200);
        JsonNode view = java.util.stream.StreamSupport.stream(
                        mine.body().get("modules").values().spliterator(), false)
                .filter(m -> m.get("moduleId").getStringValue().equals(module.id()))
                .findFirst()
                .orElseThrow();
        assertThat(view.get("status").getStringValue()).isEqualTo("CURRENT");
        assertThat(java.time.Instant.parse(view.get("dueAt").getStringValue()))
                .as("decision 0033: at least 15 days at the default target")
                .isAfterOrEqualTo(clock.instant().plus(Duration.ofDays(15)).minusSeconds(5));

        clock.advance(Duration.ofDays(1));
        assertThat(notices(logIn(email)).body().get("refreshersDue").getIntValue())
                .as("the next day")
                .isZero();
    }

    @Test
    void aLearnersNoticesAreTheirOwn() {
        UUID organisation = accounts.organisation("Meldingen apart", "jeugdhulp");
        String busyLearner = accounts.user(organisation, Role.LEARNER);
        CheckAnswers.submit(api(), content.modules().get(0), true, logIn(busyLearner));
        clock.advance(Duration.ofDays(60));
        Api.Session busy = logIn(busyLearner);
        Api.Session idle = logIn(accounts.user(organisation, Role.LEARNER));

        assertThat(notices(busy).body().get("refreshersDue").getIntValue()).isEqualTo(1);
        assertThat(notices(idle).body().get("refreshersDue").getIntValue()).isZero();
    }
}
