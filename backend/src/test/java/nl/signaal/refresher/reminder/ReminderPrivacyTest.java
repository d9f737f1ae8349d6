package nl.signaal.refresher.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.TestSmtp;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What a failed or sent reminder leaves behind: a mail server that refuses the learner names their address, and
 * neither the coordinator's delivery view nor the log may repeat it; sent mail is forgotten after the retention.
 */
@MicronautTest(transactional = false)
class ReminderPrivacyTest extends DatabaseTest {
    private RejectingSmtpServer smtp;

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

    @Inject
    PlanningReminders planning;

    @Inject
    SendingReminders sending;

    @Inject
    ForgettingSentReminders forgetting;

    @Inject
    ReminderRepository outbox;

    @Override
    public Map<String, String> getProperties() {
        if (smtp == null) {
            smtp = new RejectingSmtpServer();
        }
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(TestSmtp.properties());
        properties.put("signaal.reminders.enabled", "false");
        return properties;
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void aRefusedRecipientsAddressReachesNeitherTheDeliveryViewNorTheLog() {
        UUID organisation = accounts.organisation("Onbekend adres", "jeugdhulp");
        String learner = completedModule(organisation);
        clock.advance(Duration.ofDays(60));
        planning.plan(organisation);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try {
            sending.sendDue();
        } finally {
            root.detachAppender(log);
        }

        Reminder failed = outbox.findByUserId(accounts.id(learner)).get(0);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError())
                .contains("550")
                .contains("5.1.1")
                .contains("<address>")
                .doesNotContain(learner)
                .doesNotContain("@")
                .doesNotContain("Exception");
        Api api = new Api(client, json);
        String view = api.get(
                        "/api/organisations/" + organisation + "/reminder-outbox",
                        api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD))
                .raw()
                .body();
        assertThat(view).contains("550").doesNotContain(learner).doesNotContain("@");
        assertThat(log.list).as("something was logged about the failure").isNotEmpty();
        for (ILoggingEvent event : log.list) {
            String logged = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(logged).doesNotContain(learner);
        }
    }

    @Test
    void sentAndWithdrawnRemindersLoseAddressSubjectAndBodyAfterTheRetentionButStayCounted() {
        UUID organisation = accounts.organisation("Bewaartermijn", "jeugdhulp");
        UUID user = accounts.id(accounts.user(organisation, Role.LEARNER));
        Instant now = clock.instant();
        Reminder old = reminder(user, organisation, "2001-W01", Reminder.SENT, now);
        Reminder recent = reminder(user, organisation, "2001-W05", Reminder.SENT, now.plus(Duration.ofDays(25)));
        Reminder pending = reminder(user, organisation, "2001-W02", Reminder.PENDING, now);

        clock.advance(Duration.ofDays(31));
        assertThat(forgetting.forget()).isEqualTo(1);
        assertThat(forgetting.forget()).as("forgetting twice changes nothing").isZero();

        Reminder purged = outbox.findById(old.id()).orElseThrow();
        assertThat(purged.recipient()).isNull();
        assertThat(purged.subject()).isNull();
        assertThat(purged.body()).isNull();
        assertThat(purged.status()).isEqualTo(Reminder.SENT);
        assertThat(outbox.findById(recent.id()).orElseThrow().body()).isEqualTo("Tekst voor Piet");
        assertThat(outbox.findById(pending.id()).orElseThrow().recipient()).isEqualTo("piet@example.org");
    }

    private Reminder reminder(UUID user, UUID organisation, String week, String status, Instant at) {
        return outbox.save(new Reminder(
                UUID.randomUUID(),
                user,
                organisation,
                week,
                Reminder.WEEKLY,
                week,
                "piet@example.org",
                "Onderwerp",
                "Tekst voor Piet",
                "nl",
                status,
                0,
                null,
                at,
                null,
                null,
                at,
                Reminder.SENT.equals(status) ? at : null,
                null,
                null,
                null));
    }

    private String completedModule(UUID organisation) {
        String email = accounts.userNamed(organisation, "Weigering", Role.LEARNER);
        Api api = new Api(client, json);
        CheckAnswers.submit(api, content.modules().get(0), true, api.logIn(email, TestAccounts.PASSWORD));
        return email;
    }
}
