package nl.signaal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.TestSmtp;
import nl.signaal.content.Localized;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.refresher.reminder.Outbox;
import nl.signaal.refresher.reminder.TestOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expiry reminders through the reminder outbox and a real (in-process) SMTP server: 60 and 14 days before the end,
 * once each, none for revoked or renewed certificates, once even with two planners at the same moment or a failed
 * send. Each test writes to its own holders; the clock only moves forward.
 */
@MicronautTest(transactional = false)
class CertificateExpiryRemindersTest extends DatabaseTest {
    private static final ServerSetup SMTP = new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Localized MODULE_TITLE = new Localized(
            Map.of("nl", "Signalen herkennen", "en", "Recognising signals", "pl", "Rozpoznawanie sygnałów"));
    private static final Localized TRACK_TITLE = new Localized(Map.of(
            "nl", "Aandachtsfunctionaris criminele uitbuiting", "en", "Attention officer criminal exploitation"));

    @Inject
    TestAccounts accounts;

    @Inject
    Certificates certificates;

    @Inject
    CertificateRepository repository;

    @Inject
    PlanningExpiryReminders planning;

    @Inject
    Outbox outbox;

    @Inject
    TestOutbox delivery;

    @Inject
    MovableClock clock;

    private GreenMail smtp;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(TestSmtp.properties());
        properties.put("signaal.reminders.enabled", "false");
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
    void theSixtyDayMailGoesOutOnceWithTitleEndDateAndRenewalLink() throws MessagingException {
        UUID organisation = accounts.organisation("Zestig dagen", "jeugdhulp");
        String email = accounts.userSpeaking(organisation, "Emma", "en", Role.LEARNER);
        UUID holder = accounts.id(email);
        UUID certificate = issue(holder, module("signalen"), clock.instant().plus(Duration.ofDays(61)));

        planAndSend();
        assertThat(receivedBy(email)).as("61 days before the end").isEmpty();

        clock.advance(Duration.ofDays(1).plusHours(1));
        planAndSend();
        planAndSend();

        List<MimeMessage> mails = receivedBy(email);
        assertThat(mails).hasSize(1);
        String end = ExpiryReminderTexts.date(
                repository.findById(certificate).orElseThrow().validUntil(), "en");
        assertThat(mails.get(0).getSubject()).isEqualTo("Your certificate \"Recognising signals\" expires on " + end);
        assertThat(text(mails.get(0)))
                .contains("Hello Emma,")
                .contains("valid until " + end)
                .contains("take the module's knowledge check again: http")
                .contains("/learn/signalen/check");
        assertThat(mails.get(0).getHeader("List-Unsubscribe"))
                .as("the digest's unsubscribe link does not stop these")
                .isNull();
        assertThat(delivery.of(holder)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(PlanningExpiryReminders.KIND);
            assertThat(row.key()).isEqualTo(certificate + "/60");
            assertThat(row.status()).isEqualTo("SENT");
        });
    }

    @Test
    void theFourteenDayMailGoesOutOnceAndAloneWhenTheSixtyDayMomentWasMissed() throws MessagingException {
        UUID organisation = accounts.organisation("Veertien dagen", "jeugdhulp");
        String email = accounts.userSpeaking(organisation, "Zofia Wiśniewska", "pl", Role.ATTENTION_OFFICER);
        UUID holder = accounts.id(email);
        UUID certificate = issue(holder, track("aandacht"), clock.instant().plus(Duration.ofDays(20)));

        planAndSend();
        List<MimeMessage> first = receivedBy(email);
        assertThat(first).as("20 days before the end: the 60-day mail").hasSize(1);

        clock.advance(Duration.ofDays(6).plusHours(1));
        planAndSend();
        planAndSend();

        List<MimeMessage> mails = receivedBy(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).startsWith("Twój certyfikat \"Aandachtsfunctionaris");
        assertThat(text(mails.get(1))).contains("Dzień dobry Zofia Wiśniewska,").contains("/tracks/aandacht");
        assertThat(delivery.of(holder))
                .extracting(TestOutbox.Row::key)
                .containsExactlyInAnyOrder(certificate + "/60", certificate + "/14");

        String late = accounts.userSpeaking(organisation, "Laat", "nl", Role.LEARNER);
        UUID lateCertificate =
                issue(accounts.id(late), module("laat"), clock.instant().plus(Duration.ofDays(10)));
        planAndSend();
        clock.advance(Duration.ofDays(1));
        planAndSend();
        assertThat(receivedBy(late)).hasSize(1);
        assertThat(delivery.of(accounts.id(late)))
                .extracting(TestOutbox.Row::key)
                .containsExactly(lateCertificate + "/14");
    }

    @Test
    void revokedAndRenewedCertificatesGetNoReminder() {
        UUID organisation = accounts.organisation("Ingetrokken", "jeugdhulp");
        String revokedHolder = accounts.userSpeaking(organisation, "Ingetrokken", "nl", Role.LEARNER);
        UUID revoked = issue(
                accounts.id(revokedHolder),
                module("ingetrokken"),
                clock.instant().plus(Duration.ofDays(30)));
        assertThat(repository.revoke(revoked, organisation, clock.instant(), accounts.id(revokedHolder), "Test"))
                .isEqualTo(1);

        String renewingHolder = accounts.userSpeaking(organisation, "Vernieuwd", "nl", Role.ATTENTION_OFFICER);
        UUID renewer = accounts.id(renewingHolder);
        Instant now = clock.instant();
        assertThat(certificates.issue(
                        renewer, track("vernieuwd", 1), now.minus(Duration.ofDays(700)), now.plus(Duration.ofDays(30))))
                .isPresent();
        assertThat(certificates.issue(renewer, track("vernieuwd", 2), now, now.plus(Duration.ofDays(730))))
                .as("renewed: a later version, valid for two more years")
                .isPresent();

        String control = accounts.userSpeaking(organisation, "Gewoon", "nl", Role.LEARNER);
        issue(accounts.id(control), module("gewoon"), clock.instant().plus(Duration.ofDays(30)));

        planAndSend();
        clock.advance(Duration.ofDays(20));
        planAndSend();

        assertThat(receivedBy(revokedHolder)).isEmpty();
        assertThat(receivedBy(renewingHolder)).isEmpty();
        assertThat(receivedBy(control))
                .as("the same dates without revocation or renewal")
                .hasSize(2);
    }

    @Test
    void twoPlannersAtTheSameMomentPlanEachMailOnce() throws Exception {
        UUID organisation = accounts.organisation("Twee planners", "jeugdhulp");
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String email = accounts.userSpeaking(organisation, "Houder " + i, "nl", Role.LEARNER);
            holders.add(email);
            issue(accounts.id(email), module("parallel-" + i), clock.instant().plus(Duration.ofDays(40)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int planned = 0;
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return planning.planAll();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                planned += result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        delivery.sendAll();

        assertThat(planned).as("other tests' certificates may be due too").isGreaterThanOrEqualTo(holders.size());
        for (String email : holders) {
            assertThat(receivedBy(email)).as(email).hasSize(1);
            assertThat(delivery.of(accounts.id(email))).hasSize(1);
        }
    }

    @Test
    void planningTheSameMailAgainAddsNothing() {
        UUID organisation = accounts.organisation("Dubbel", "jeugdhulp");
        String email = accounts.userSpeaking(organisation, "Dubbel", "nl", Role.LEARNER);
        UUID holder = accounts.id(email);
        Outbox.Mail mail = new Outbox.Mail(
                holder,
                organisation,
                PlanningExpiryReminders.KIND,
                "some-certificate/60",
                email,
                "Onderwerp",
                "Tekst",
                "nl");
        assertThat(outbox.plan(mail)).isTrue();
        assertThat(outbox.plan(mail))
                .as("the unique key, not a check before it")
                .isFalse();
        assertThat(outbox.planned(holder, PlanningExpiryReminders.KIND, "some-certificate/60"))
                .isTrue();
        assertThat(delivery.of(holder)).hasSize(1);
    }

    @Test
    void aRetryAfterAnSmtpFailureSendsTheMailOnce() {
        UUID organisation = accounts.organisation("Storing", "jeugdhulp");
        String email = accounts.userSpeaking(organisation, "Storing", "nl", Role.LEARNER);
        UUID holder = accounts.id(email);
        issue(holder, module("storing"), clock.instant().plus(Duration.ofDays(50)));

        smtp.stop();
        try {
            planning.planAll();
            delivery.sendAll();
            assertThat(delivery.of(holder)).singleElement().satisfies(row -> {
                assertThat(row.status()).isEqualTo("PENDING");
                assertThat(row.attempts()).isEqualTo(1);
                assertThat(row.lastError()).isNotBlank();
            });
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        planning.planAll();
        delivery.sendAll();
        assertThat(receivedBy(email)).as("before the back-off ends").isEmpty();

        clock.advance(TestOutbox.backoff(1).plusSeconds(1));
        planAndSend();
        planAndSend();

        assertThat(receivedBy(email)).hasSize(1);
        assertThat(delivery.of(holder)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.attempts()).isEqualTo(1);
        });
    }

    private void planAndSend() {
        planning.planAll();
        delivery.sendAll();
    }

    private UUID issue(UUID holder, CertificateSubject subject, Instant validUntil) {
        return certificates.issue(holder, subject, validUntil).orElseThrow();
    }

    private static CertificateSubject module(String id) {
        return new CertificateSubject(CertificateSubject.Kind.MODULE, id, 1, MODULE_TITLE, 90);
    }

    private static CertificateSubject track(String id) {
        return track(id, 1);
    }

    private static CertificateSubject track(String id, int version) {
        return new CertificateSubject(CertificateSubject.Kind.TRACK, id, version, TRACK_TITLE, 16 * 60);
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
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
}
