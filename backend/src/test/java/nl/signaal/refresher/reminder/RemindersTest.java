package nl.signaal.refresher.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.email.EmailSender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.TestDatabase;
import nl.signaal.TestSmtp;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.DemoCreated;
import nl.signaal.identity.Members;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import nl.signaal.refresher.link.ReminderLinks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reminder e-mail through a real (in-process) SMTP server: the weekly cap, retries, and several instances. */
@MicronautTest(transactional = false)
class RemindersTest extends DatabaseTest {
    private static final int SMTP_PORT = TestSmtp.PORT;
    private static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

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
    Content content;

    @Inject
    MovableClock clock;

    @Inject
    PlanningReminders planning;

    @Inject
    SendingReminders sending;

    @Inject
    ReminderRepository outbox;

    @Inject
    EmailSender<Message, ?> sender;

    @Inject
    ReminderLinks links;

    @Inject
    SkipLockedClaim skipLocked;

    @Inject
    ReminderPreferences preferences;

    @Inject
    WeeklyDigest digests;

    @Inject
    Outbox otherMails;

    @Inject
    ApplicationEventPublisher<DemoCreated> demoEvents;

    private GreenMail smtp;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(TestSmtp.properties());
        return properties;
    }

    @BeforeAll
    void startSmtp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aDueLearnerGetsOneEmailInTheirLocaleWithSignedLinks() {
        UUID organisation = accounts.organisation("Herinneringen", "jeugdhulp");
        TrainingModule module = content.modules().get(0);
        String english = completedModule(organisation, "Emma", "en", module);
        String turkish = completedModule(organisation, "Deniz", "tr", module);
        clock.advance(Duration.ofDays(60));

        assertThat(planning.plan(organisation)).isEqualTo(2);
        sendAll(sending);

        List<MimeMessage> toEmma = receivedBy(english);
        assertThat(toEmma).hasSize(1);
        assertThat(subject(toEmma.get(0))).isEqualTo("Time for a short refresher");
        assertThat(text(toEmma.get(0)))
                .contains("Hello Emma,")
                .contains(module.title().in("en").text());
        List<MimeMessage> toDeniz = receivedBy(turkish);
        assertThat(toDeniz).hasSize(1);
        assertThat(subject(toDeniz.get(0))).isEqualTo("Kısa bir tekrar zamanı");
        assertThat(outbox.findByUserId(accounts.id(english)).get(0).status()).isEqualTo(Reminder.SENT);
    }

    @Test
    void theLinksInAReminderOpenARefresherSnoozeAndUnsubscribe() throws Exception {
        UUID organisation = accounts.organisation("Links in de mail", "jeugdhulp");
        String learner =
                completedModule(organisation, "Lotte", "en", content.modules().get(0));
        clock.advance(Duration.ofDays(60));
        planning.plan(organisation);
        sendAll(sending);

        MimeMessage mail = receivedBy(learner).get(0);
        String body = text(mail);
        String open = token(body, "/refresh?link=");
        String snooze = token(lineWith(body, "Pause reminders"), "/reminders/");
        String unsubscribe = token(lineWith(body, "Stop reminder e-mails"), "/reminders/");
        assertThat(body).contains("http://localhost:8080/refresh?link=" + open);
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String header = mail.getHeader("List-Unsubscribe", null);
        assertThat(header)
                .startsWith("<http://localhost:8080/api/reminder-links/")
                .endsWith(">");

        Api api = new Api(client, json);
        Api.Session session = api.logIn(learner, TestAccounts.PASSWORD);
        Api.Response opened = api.get("/api/reminder-links/" + open, session);
        assertThat(opened.text("purpose")).isEqualTo("OPEN");
        assertThat(opened.body().get("forSignedInUser").getBooleanValue()).isTrue();
        assertThat(api.post("/api/reminder-links/" + snooze, Map.of(), null)
                        .body()
                        .get("preference")
                        .get("snoozedUntil")
                        .isNull())
                .isFalse();
        String oneClick = header.substring("<http://localhost:8080".length(), header.length() - 1);
        Api.Response unsubscribed = api.send(
                HttpRequest.POST(oneClick, "List-Unsubscribe=One-Click")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                null);
        assertThat(unsubscribed.status()).isEqualTo(200);
        assertThat(unsubscribed.text("purpose")).isEqualTo("UNSUBSCRIBE");
        assertThat(api.post("/api/reminder-links/" + unsubscribe, Map.of(), null)
                        .body()
                        .get("alreadyDone")
                        .getBooleanValue())
                .isTrue();
    }

    @Test
    void thePlannerSkipsSnoozedAndOptedOutLearnersUntilTheSnoozeEnds() {
        UUID organisation = accounts.organisation("Pauze en uit", "jeugdhulp");
        TrainingModule module = content.modules().get(0);
        String reminded = completedModule(organisation, "Altijd", "nl", module);
        String snoozed = completedModule(organisation, "Even niet", "nl", module);
        String optedOut = completedModule(organisation, "Nooit", "nl", module);
        clock.advance(Duration.ofDays(60));
        preferences.snoozeUnlessSnoozed(accounts.id(snoozed), clock.instant());
        preferences.optOut(accounts.id(optedOut), clock.instant());

        assertThat(planning.plan(organisation)).isEqualTo(1);
        assertThat(outbox.findByUserId(accounts.id(reminded))).hasSize(1);
        assertThat(outbox.findByUserId(accounts.id(snoozed))).isEmpty();

        clock.advance(ReminderPreferences.SNOOZE.plusDays(1));
        assertThat(planning.plan(organisation)).isEqualTo(2);
        assertThat(outbox.findByUserId(accounts.id(snoozed))).hasSize(1);
        assertThat(outbox.findByUserId(accounts.id(optedOut))).isEmpty();
    }

    @Test
    void anotherFeaturesMailInTheSameWeekNeitherTakesTheDigestsPlaceNorFollowsItsOptOut() {
        UUID organisation = accounts.organisation("Twee soorten", "jeugdhulp");
        String learner =
                completedModule(organisation, "Beide", "nl", content.modules().get(0));
        UUID user = accounts.id(learner);
        clock.advance(Duration.ofDays(60));
        assertThat(otherMails.plan(new Outbox.Mail(
                        user,
                        organisation,
                        "CERTIFICATE_EXPIRY",
                        "een-certificaat/60",
                        learner,
                        "Certificaat",
                        "Tekst",
                        "nl")))
                .isTrue();

        assertThat(planning.plan(organisation))
                .as("the digest of this same week")
                .isEqualTo(1);
        preferences.optOut(user, clock.instant());
        sendAll(sending);

        assertThat(receivedBy(learner))
                .singleElement()
                .extracting(RemindersTest::subject)
                .isEqualTo("Certificaat");
        assertThat(outbox.findByUserId(user))
                .extracting(Reminder::kind, Reminder::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Reminder.WEEKLY, Reminder.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple("CERTIFICATE_EXPIRY", Reminder.SENT));
    }

    @Test
    void aReminderPlannedBeforeTheLearnerTurnedRemindersOffIsWithdrawnNotSent() {
        UUID organisation = accounts.organisation("Net op tijd uit", "jeugdhulp");
        TrainingModule module = content.modules().get(0);
        String changedMind = completedModule(organisation, "Bedenkt zich", "nl", module);
        String keeps = completedModule(organisation, "Blijft", "nl", module);
        clock.advance(Duration.ofDays(60));
        assertThat(planning.plan(organisation)).isEqualTo(2);

        preferences.optOut(accounts.id(changedMind), clock.instant());
        sendAll(sending);

        assertThat(receivedBy(changedMind)).isEmpty();
        assertThat(receivedBy(keeps)).hasSize(1);
        assertThat(outbox.findByUserId(accounts.id(changedMind)))
                .singleElement()
                .extracting(Reminder::status)
                .isEqualTo(Reminder.WITHDRAWN);
        assertThat(sending.sendDue())
                .as("a withdrawn reminder is never claimed again")
                .isZero();
        assertThat(receivedBy(changedMind)).isEmpty();
    }

    @Test
    void theDemosRefresherLearnerPassedAModuleLongEnoughAgoToBeReminded() {
        UUID organisation = accounts.organisation("Demo-achtig", "buurtteam");
        String email = accounts.userNamed(organisation, "Herhaler", Role.LEARNER);
        Members.Member member = members.of(organisation).get(0);
        SignedInUser learner = new SignedInUser(
                member.id(),
                organisation,
                "buurtteam",
                Set.of(Role.LEARNER),
                member.displayName(),
                DemoCreated.REFRESHER_LEARNER,
                "nl");

        demoEvents.publishEvent(new DemoCreated(List.of(learner)));

        assertThat(planning.plan(organisation)).isEqualTo(1);
        Reminder planned = outbox.findByUserId(accounts.id(email)).get(0);
        assertThat(digests.lines(planned.digest(), planned.locale()))
                .extracting(ReminderTexts.Line::title)
                .contains(content.modules().get(0).title().in("nl").text());
    }

    @Test
    void planningTwiceInOneWeekMakesOneReminderAndTheNextWeekAnother() {
        UUID organisation = accounts.organisation("Eens per week", "jeugdhulp");
        String learner =
                completedModule(organisation, "Wim", "nl", content.modules().get(0));
        accounts.userNamed(organisation, "Nog niets gedaan", Role.LEARNER);
        clock.advance(Duration.ofDays(60));

        assertThat(planning.plan(organisation)).isEqualTo(1);
        assertThat(planning.plan(organisation)).isZero();
        assertThat(outbox.findByUserId(accounts.id(learner))).hasSize(1);

        clock.advance(Duration.ofDays(7));
        assertThat(planning.plan(organisation)).isEqualTo(1);
        List<Reminder> reminders = outbox.findByUserId(accounts.id(learner));
        assertThat(reminders).hasSize(2);
        assertThat(reminders.get(0).week()).isNotEqualTo(reminders.get(1).week());
    }

    @Test
    void anSmtpFailureKeepsTheReminderForARetryThatSendsItOnce() throws Exception {
        UUID organisation = accounts.organisation("Storing", "jeugdhulp");
        String learner =
                completedModule(organisation, "Sanne", "nl", content.modules().get(0));
        clock.advance(Duration.ofDays(60));
        planning.plan(organisation);
        UUID user = accounts.id(learner);

        smtp.stop();
        try {
            sendAll(sending);
            Reminder failed = outbox.findByUserId(user).get(0);
            assertThat(failed.status()).isEqualTo(Reminder.PENDING);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).isNotBlank();
            assertThat(failed.nextAttemptAt()).isAfter(clock.instant());
            assertThat(failed.claimedBy()).isNull();
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        sendAll(sending);
        assertThat(receivedBy(learner)).isEmpty();

        clock.advance(SendingReminders.backoff(1).plusSeconds(1));
        sendAll(sending);
        sendAll(sending);

        assertThat(receivedBy(learner)).hasSize(1);
        Reminder sent = outbox.findByUserId(user).get(0);
        assertThat(sent.status()).isEqualTo(Reminder.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void twoInstancesWorkingTheSameOutboxSendEachReminderOnce() throws Exception {
        UUID organisation = accounts.organisation("Twee servers", "jeugdhulp");
        UUID user = accounts.id(accounts.user(organisation, Role.LEARNER));
        Instant now = clock.instant();
        List<String> recipients = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String recipient = "many-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            recipients.add(recipient);
            outbox.save(new Reminder(
                    UUID.randomUUID(),
                    user,
                    organisation,
                    "1999-W%02d".formatted(i),
                    Reminder.WEEKLY,
                    "1999-W%02d".formatted(i),
                    recipient,
                    "Onderwerp",
                    "Tekst",
                    "nl",
                    Reminder.PENDING,
                    0,
                    null,
                    now,
                    null,
                    null,
                    now,
                    null,
                    null,
                    null,
                    null));
        }
        List<SendingReminders> instances = List.of(
                new SendingReminders(
                        outbox,
                        sender,
                        links,
                        preferences,
                        digests,
                        clock,
                        "instance-a",
                        TestDatabase.postgres() ? skipLocked : null,
                        5),
                new SendingReminders(
                        outbox,
                        sender,
                        links,
                        preferences,
                        digests,
                        clock,
                        "instance-b",
                        TestDatabase.postgres() ? skipLocked : null,
                        5));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (SendingReminders instance : instances) {
                results.add(pool.submit(() -> {
                    start.await();
                    return sendAll(instance);
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isGreaterThanOrEqualTo(40);
        } finally {
            pool.shutdownNow();
        }

        for (String recipient : recipients) {
            assertThat(receivedBy(recipient)).as(recipient).hasSize(1);
        }
        assertThat(outbox.findByUserId(user)).allMatch(r -> r.status().equals(Reminder.SENT));
    }

    private static int sendAll(SendingReminders instance) {
        int total = 0;
        int sent;
        do {
            sent = instance.sendDue();
            total += sent;
        } while (sent > 0);
        return total;
    }

    @Test
    void theDigestListsEachDueModuleWithItsStatusAndKeepsTheTextThatWasSent() {
        UUID organisation = accounts.organisation("Inhoud van de digest", "jeugdhulp");
        TrainingModule first = content.modules().get(0);
        TrainingModule second = content.modules().get(1);
        String learner = completedModule(organisation, "Ayla", "en", first);
        Api api = new Api(client, json);
        CheckAnswers.submit(api, second, true, api.logIn(learner, TestAccounts.PASSWORD));
        clock.advance(Duration.ofDays(60));

        assertThat(planning.plan(organisation)).isEqualTo(1);
        Reminder planned = outbox.findByUserId(accounts.id(learner)).get(0);
        assertThat(planned.body()).as("rendered when sent").isNull();
        assertThat(planned.locale()).isEqualTo("en");
        sendAll(sending);

        String text = text(receivedBy(learner).get(0));
        for (TrainingModule module : List.of(first, second)) {
            assertThat(lineWith(text, module.title().in("en").text()))
                    .matches("- " + Pattern.quote(module.title().in("en").text())
                            + ": (due soon|due now|faded, take the module again)");
        }
        Reminder sent = outbox.findByUserId(accounts.id(learner)).get(0);
        assertThat(sent.subject()).isEqualTo("Time for a short refresher");
        assertThat(sent.body())
                .startsWith("Hello Ayla,")
                .contains(first.title().in("en").text());
    }

    @Test
    void deactivatedAccountsAndModulesThePolicyDoesNotRequireGetNoReminder() {
        UUID organisation = accounts.organisation("Beleid en vertrokken", "jeugdhulp");
        TrainingModule first = content.modules().get(0);
        TrainingModule second = content.modules().get(1);
        String stays = completedModule(organisation, "Blijft", "nl", first);
        String leaves = completedModule(organisation, "Vertrokken", "nl", first);
        String notRequired = completedModule(organisation, "Ander", "nl", second);
        Api api = new Api(client, json);
        api.post(
                "/api/organisations/" + organisation + "/members/" + accounts.id(leaves) + "/deactivate",
                Map.of(),
                api.logIn(accounts.user(organisation, Role.ADMIN), TestAccounts.PASSWORD));
        assertThat(api.put(
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
                                api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD))
                        .status())
                .isEqualTo(200);
        clock.advance(Duration.ofDays(60));

        assertThat(planning.plan(organisation)).isEqualTo(1);
        assertThat(outbox.findByUserId(accounts.id(stays))).hasSize(1);
        assertThat(outbox.findByUserId(accounts.id(leaves))).isEmpty();
        assertThat(outbox.findByUserId(accounts.id(notRequired))).isEmpty();
    }

    @Test
    void twoInstancesPlanningAtOnceMakeOneReminderPerLearner() throws Exception {
        UUID organisation = accounts.organisation("Tegelijk plannen", "jeugdhulp");
        TrainingModule module = content.modules().get(0);
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            learners.add(completedModule(organisation, "Tegelijk " + i, "nl", module));
        }
        clock.advance(Duration.ofDays(60));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int planned = 0;
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return planning.plan(organisation);
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                planned += run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(planned).isEqualTo(learners.size());
        for (String learner : learners) {
            assertThat(outbox.findByUserId(accounts.id(learner))).hasSize(1);
        }
    }

    private String completedModule(UUID organisation, String name, String locale, TrainingModule module) {
        String email = accounts.userSpeaking(organisation, name, locale, Role.LEARNER);
        Api api = new Api(client, json);
        CheckAnswers.submit(api, module, true, api.logIn(email, TestAccounts.PASSWORD));
        return email;
    }

    private List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address -> address.toString().equals(email));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String lineWith(String body, String text) {
        return body.lines()
                .filter(line -> line.contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + text + "' in:\n" + body));
    }

    private static String token(String text, String before) {
        Matcher matcher =
                Pattern.compile(Pattern.quote(before) + "([A-Za-z0-9_.-]+)").matcher(text);
        assertThat(matcher.find()).as(before + " in " + text).isTrue();
        return matcher.group(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(multipart.getBodyPart(i).getContent());
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
