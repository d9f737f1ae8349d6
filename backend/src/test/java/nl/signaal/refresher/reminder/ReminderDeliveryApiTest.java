package nl.signaal.refresher.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.identity.Members;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/** The coordinator's view of the reminder outbox: delivery state of their own organisation, never mail content. */
@MicronautTest(transactional = false)
class ReminderDeliveryApiTest extends DatabaseTest {
    private static final String SUBJECT = "Geheim onderwerp 7f3a";
    private static final String BODY = "Geheime inhoud 91c2";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Members members;

    @Inject
    MovableClock clock;

    @Inject
    ReminderRepository outbox;

    private Api api() {
        return new Api(client, json);
    }

    private Api.Session logIn(String email) {
        return api().logIn(email, TestAccounts.PASSWORD);
    }

    private UUID member(UUID organisation, String displayName) {
        return members.of(organisation).stream()
                .filter(m -> m.displayName().equals(displayName))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Reminder reminder(UUID organisation, UUID user, Instant at, String status, int attempts, String lastError) {
        return outbox.save(new Reminder(
                UUID.randomUUID(),
                user,
                organisation,
                PlanningReminders.week(at),
                Reminder.WEEKLY,
                PlanningReminders.week(at),
                "learner-" + user + "@example.org",
                SUBJECT,
                BODY,
                "nl",
                status,
                attempts,
                lastError,
                at.plus(Duration.ofMinutes(attempts)),
                null,
                null,
                at,
                Reminder.SENT.equals(status) ? at : null,
                null,
                null,
                null));
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.values().forEach(entry -> values.add(entry.get(field).getStringValue()));
        return values;
    }

    @Test
    void aCoordinatorSeesTheirOrganisationsDeliveryPerWeekAndWhatIsNotDeliveredWithoutContent() {
        UUID organisation = accounts.organisation("Bezorging", "jeugdhulp");
        UUID other = accounts.organisation("Andere bezorging", "jeugdhulp");
        accounts.userNamed(organisation, "Anna", Role.LEARNER);
        accounts.userNamed(organisation, "Bram", Role.LEARNER);
        accounts.userNamed(organisation, "Cas", Role.LEARNER);
        accounts.userNamed(other, "Elders", Role.LEARNER);
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        Instant now = clock.instant();
        Instant lastWeek = now.minus(Duration.ofDays(7));
        reminder(organisation, member(organisation, "Anna"), now, Reminder.SENT, 0, null);
        reminder(organisation, member(organisation, "Bram"), now, Reminder.PENDING, 2, "MailConnectException: refused");
        reminder(organisation, member(organisation, "Cas"), lastWeek, Reminder.FAILED, 10, "SMTP 550: mailbox unknown");
        reminder(organisation, member(organisation, "Anna"), lastWeek, Reminder.SENT, 0, null);
        reminder(other, member(other, "Elders"), now, Reminder.FAILED, 10, "elsewhere");

        Api.Response response = api().get("/api/organisations/" + organisation + "/reminder-outbox", coordinator);

        assertThat(response.status()).isEqualTo(200);
        JsonNode weeks = response.body().get("weeks");
        assertThat(texts(weeks, "week")).containsExactly(PlanningReminders.week(now), PlanningReminders.week(lastWeek));
        assertThat(weeks.get(0).get("sent").getLongValue()).isEqualTo(1);
        assertThat(weeks.get(0).get("pending").getLongValue()).isEqualTo(1);
        assertThat(weeks.get(0).get("failed").getLongValue()).isZero();
        assertThat(weeks.get(1).get("sent").getLongValue()).isEqualTo(1);
        assertThat(weeks.get(1).get("failed").getLongValue()).isEqualTo(1);
        JsonNode undelivered = response.body().get("undelivered");
        assertThat(texts(undelivered, "displayName")).containsExactly("Cas", "Bram");
        assertThat(texts(undelivered, "status")).containsExactly("FAILED", "PENDING");
        assertThat(undelivered.get(0).get("attempts").getIntValue()).isEqualTo(10);
        assertThat(undelivered.get(0).get("lastError").getStringValue()).isEqualTo("SMTP 550: mailbox unknown");
        assertThat(undelivered.get(1).get("nextAttemptAt").getStringValue()).isNotBlank();
        assertThat(response.body().get("undeliveredTotal").getLongValue()).isEqualTo(2);
        String raw = response.raw().body();
        assertThat(raw)
                .doesNotContain(SUBJECT)
                .doesNotContain(BODY)
                .doesNotContain("@example.org")
                .doesNotContain("\"subject\"")
                .doesNotContain("\"body\"")
                .doesNotContain("Elders");
    }

    @Test
    void anAdminSeesTheirOwnOrganisationToo() {
        UUID organisation = accounts.organisation("Bezorging beheer", "jeugdhulp");
        accounts.userNamed(organisation, "Dirk", Role.LEARNER);
        reminder(organisation, member(organisation, "Dirk"), clock.instant(), Reminder.SENT, 0, null);

        Api.Response response = api().get(
                        "/api/organisations/" + organisation + "/reminder-outbox",
                        logIn(accounts.user(organisation, Role.ADMIN)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("weeks").get(0).get("sent").getLongValue())
                .isEqualTo(1);
    }

    @Test
    void anOrganisationWithoutRemindersHasNothingToShow() {
        UUID organisation = accounts.organisation("Nog geen herinneringen", "jeugdhulp");

        Api.Response response = api().get(
                        "/api/organisations/" + organisation + "/reminder-outbox",
                        logIn(accounts.user(organisation, Role.COORDINATOR)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("weeks").values()).isEmpty();
        assertThat(response.body().get("undelivered").values()).isEmpty();
        assertThat(response.body().get("undeliveredTotal").getLongValue()).isZero();
    }

    @Test
    void weeksLongAgoAreNotCountedButWhatIsStillPendingFromThenIsShown() {
        UUID organisation = accounts.organisation("Lang geleden", "jeugdhulp");
        accounts.userNamed(organisation, "Eva", Role.LEARNER);
        Instant longAgo = clock.instant().minus(Duration.ofDays(7L * ReminderDelivery.RECENT_WEEKS + 7));
        reminder(organisation, member(organisation, "Eva"), longAgo, Reminder.PENDING, 3, "timeout");

        JsonNode body = api().get(
                        "/api/organisations/" + organisation + "/reminder-outbox",
                        logIn(accounts.user(organisation, Role.COORDINATOR)))
                .body();

        assertThat(body.get("weeks").values()).isEmpty();
        assertThat(texts(body.get("undelivered"), "week")).containsExactly(PlanningReminders.week(longAgo));
    }

    @Test
    void aLearnerAndAnotherOrganisationsCoordinatorAreRefused() {
        UUID organisation = accounts.organisation("Afgeschermd", "jeugdhulp");
        UUID other = accounts.organisation("Buren", "jeugdhulp");
        String path = "/api/organisations/" + organisation + "/reminder-outbox";

        Api.Response asLearner = api().get(path, logIn(accounts.user(organisation, Role.LEARNER)));
        Api.Response asOtherCoordinator = api().get(path, logIn(accounts.user(other, Role.COORDINATOR)));

        assertThat(asLearner.status()).isEqualTo(403);
        assertThat(asLearner.contentType()).startsWith("application/problem+json");
        assertThat(asOtherCoordinator.status()).isEqualTo(403);
    }

    @Test
    void retryingAFailedReminderMakesItPendingAndDueNowKeepingItsAttemptsAndRetryingAgainChangesNothing() {
        UUID organisation = accounts.organisation("Opnieuw", "jeugdhulp");
        accounts.userNamed(organisation, "Fleur", Role.LEARNER);
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        Reminder failed =
                reminder(organisation, member(organisation, "Fleur"), clock.instant(), Reminder.FAILED, 10, "SMTP 550");
        String path = "/api/organisations/" + organisation + "/reminder-outbox/" + failed.id() + "/retry";

        assertThat(api().post(path, Map.of(), coordinator).status()).isEqualTo(204);
        Reminder retried = outbox.findById(failed.id()).orElseThrow();
        assertThat(retried.status()).isEqualTo(Reminder.PENDING);
        assertThat(retried.attempts()).isEqualTo(10);
        assertThat(retried.lastError()).isEqualTo("SMTP 550");
        assertThat(retried.nextAttemptAt()).isBeforeOrEqualTo(clock.instant());

        assertThat(api().post(path, Map.of(), coordinator).status()).isEqualTo(204);
        assertThat(outbox.findById(failed.id()).orElseThrow()).isEqualTo(retried);
    }

    @Test
    void aReminderOfAnotherOrganisationCannotBeRetried() {
        UUID organisation = accounts.organisation("Eigen", "jeugdhulp");
        UUID other = accounts.organisation("Vreemd", "jeugdhulp");
        accounts.userNamed(other, "Gijs", Role.LEARNER);
        Reminder theirs = reminder(other, member(other, "Gijs"), clock.instant(), Reminder.FAILED, 10, "SMTP 550");

        Api.Response response = api().post(
                        "/api/organisations/" + organisation + "/reminder-outbox/" + theirs.id() + "/retry",
                        Map.of(),
                        logIn(accounts.user(organisation, Role.COORDINATOR)));

        assertThat(response.status()).isEqualTo(404);
        assertThat(outbox.findById(theirs.id()).orElseThrow().status()).isEqualTo(Reminder.FAILED);
    }
}
