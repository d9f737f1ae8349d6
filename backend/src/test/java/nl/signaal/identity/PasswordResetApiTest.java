package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forgotten passwords through a real (in-process) SMTP server. */
@MicronautTest(transactional = false)
class PasswordResetApiTest extends DatabaseTest {
    private static final Pattern LINK =
            Pattern.compile("(http://localhost:8080/reset-password\\?token=)([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "zeven groene kikkers op de dijk";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    MovableClock clock;

    private GreenMail smtp;
    private Api api;
    private UUID organisation;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(TestSmtp.properties());
        return properties;
    }

    @BeforeAll
    void setUp() {
        smtp = new GreenMail(new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        api = new Api(client, json);
        organisation = accounts.organisation("Wachtwoord kwijt", "jeugdhulp");
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theMailInTheUsersLanguageHasALinkThatSetsTheNewPasswordEndsOldSessionsAndLogsIn() throws Exception {
        String email = accounts.userSpeaking(organisation, "Emma", "en", Role.LEARNER);
        Api.Session before = api.logIn(email, TestAccounts.PASSWORD);

        assertThat(requestReset(email.toUpperCase()).status()).isEqualTo(202);
        MimeMessage mail = awaitOneMail();
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(email);
        assertThat(mail.getSubject()).isEqualTo("A new password for Signaal");
        assertThat(text(mail)).contains("Hello Emma,").contains("30 minutes");

        Api.Response confirmed = confirm(token(mail), NEW_PASSWORD);
        assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
        assertThat(confirmed.text("email")).isEqualTo(email);
        assertThat(confirmed.header("Set-Cookie")).contains("SIGNAAL_SESSION=");
        assertThat(api.get("/api/me", before).status())
                .as("sessions from before the reset end: anonymous")
                .isEqualTo(204);
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", TestAccounts.PASSWORD), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.logIn(email, NEW_PASSWORD)).isNotNull();
    }

    @Test
    void aLinkWorksOnlyOnce() throws Exception {
        String email = accounts.user(organisation, Role.LEARNER);
        requestReset(email);
        String token = token(awaitOneMail());

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(200);
        Api.Response again = confirm(token, "nog een ander wachtwoord voor later");

        assertThat(again.status()).isEqualTo(400);
        assertThat(field(again)).isEqualTo("token");
        assertThat(api.logIn(email, NEW_PASSWORD)).isNotNull();
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() throws Exception {
        String email = accounts.user(organisation, Role.LEARNER);
        requestReset(email);
        String token = token(awaitOneMail());

        clock.advance(PasswordResets.LIFETIME.plusSeconds(1));

        Api.Response late = confirm(token, NEW_PASSWORD);
        assertThat(late.status()).isEqualTo(400);
        assertThat(field(late)).isEqualTo("token");
        assertThat(api.logIn(email, TestAccounts.PASSWORD)).isNotNull();
    }

    @Test
    void aNewRequestMakesTheOlderLinkUseless() throws Exception {
        String email = accounts.user(organisation, Role.LEARNER);
        requestReset(email);
        String first = token(awaitOneMail());
        smtp.purgeEmailFromAllMailboxes();
        clock.advance(PasswordResets.COOLDOWN.plusSeconds(1));

        requestReset(email);
        String second = token(awaitOneMail());

        assertThat(confirm(first, NEW_PASSWORD).status()).isEqualTo(400);
        assertThat(confirm(second, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String known = accounts.user(organisation, Role.LEARNER);

        Api.Response unknown = requestReset("nobody-" + UUID.randomUUID() + "@example.org");
        Api.Response existing = requestReset(known);

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(existing.status()).isEqualTo(202);
        assertThat(unknown.raw().body()).isEqualTo(existing.raw().body());
        // Requests are handled in order: once the known address's mail is in, the unknown one was handled too.
        MimeMessage only = awaitOneMail();
        assertThat(only.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(known);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aSecondRequestWithinAMinuteSendsNoSecondMail() throws Exception {
        String email = accounts.user(organisation, Role.LEARNER);
        requestReset(email);
        requestReset(email);
        String other = accounts.user(organisation, Role.LEARNER);
        requestReset(other);

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        Thread.sleep(200);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aRefusedNewPasswordNamesTheFieldAndDoesNotUseTheLinkUp() throws Exception {
        String email = accounts.userNamed(organisation, "Sanne Bakker", Role.LEARNER);
        requestReset(email);
        String token = token(awaitOneMail());

        Api.Response weak = confirm(token, "welkom123456");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.contentType()).startsWith("application/problem+json");
        assertThat(field(weak)).isEqualTo("newPassword");
        assertThat(field(confirm(token, "sanne bakker " + email))).isEqualTo("newPassword");

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorsResetLinkReachesTheUser() throws Exception {
        String email = accounts.userSpeaking(organisation, "Deniz", "tr", Role.LEARNER);
        Api.Session admin = api.logIn(accounts.user(organisation, Role.ADMIN), TestAccounts.PASSWORD);

        Api.Response sent = api.post(members() + accounts.id(email) + "/password-reset", Map.of(), admin);

        assertThat(sent.status()).isEqualTo(202);
        MimeMessage mail = awaitOneMail();
        assertThat(mail.getSubject()).isEqualTo("Signaal için yeni şifre");
        assertThat(confirm(token(mail), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedMemberGetsNoLinkAndAnEarlierLinkNoLongerWorks() throws Exception {
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session admin = api.logIn(accounts.user(organisation, Role.ADMIN), TestAccounts.PASSWORD);
        requestReset(email);
        String earlier = token(awaitOneMail());
        smtp.purgeEmailFromAllMailboxes();

        api.post(members() + accounts.id(email) + "/deactivate", Map.of(), admin);

        assertThat(confirm(earlier, NEW_PASSWORD).status()).isEqualTo(400);
        assertThat(api.post(members() + accounts.id(email) + "/password-reset", Map.of(), admin)
                        .status())
                .isEqualTo(409);
        requestReset(email);
        assertThat(smtp.waitForIncomingEmail(2_000, 1))
                .as("no mail for a deactivated account")
                .isFalse();
    }

    private String members() {
        return "/api/organisations/" + organisation + "/members/";
    }

    private Api.Response requestReset(String email) {
        return api.post("/api/auth/password-reset", Map.of("email", email), null);
    }

    private Api.Response confirm(String token, String newPassword) {
        return api.post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", newPassword), null);
    }

    private MimeMessage awaitOneMail() {
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("a mail arrives").isTrue();
        return smtp.getReceivedMessages()[0];
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as(text(mail)).isTrue();
        return link.group(2);
    }

    private static String field(Api.Response response) {
        return response.body().get("errors").get(0).get("field").getStringValue();
    }

    private static String text(MimeMessage mail) throws Exception {
        if (mail.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(multipart.getBodyPart(i).getContent());
            }
            return text.toString();
        }
        return String.valueOf(mail.getContent());
    }
}
