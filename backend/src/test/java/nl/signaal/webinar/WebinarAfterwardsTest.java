package nl.signaal.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.TestSmtp;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.refresher.reminder.TestOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After a webinar: the attendance certificate once it is over (attendees only, once; revoked and issued again on
 * correction), the follow-up micro-refresher and its mail exactly once a week after the end, and the organiser's
 * summary. The job's pass ({@link WebinarAfterwards#run}) is called directly; the clock only moves forward.
 */
@MicronautTest(transactional = false)
class WebinarAfterwardsTest extends DatabaseTest {
    private static final ServerSetup SMTP = new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    MovableClock clock;

    @Inject
    WebinarLiveFixture fixture;

    @Inject
    WebinarAfterwards afterwards;

    @Inject
    TestOutbox outbox;

    Api api;
    UUID organisation;
    UUID trainerId;
    String trainerEmail;
    String foreignTrainerEmail;
    String checkId;
    private GreenMail smtp;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(TestSmtp.properties());
        properties.put("signaal.reminders.enabled", "false");
        properties.put("signaal.live.joins-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void setUp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
        api = new Api(client, json);
        organisation = accounts.organisation("Webinar nazorg", "jeugdhulp");
        trainerEmail = accounts.user(organisation, Role.TRAINER);
        trainerId = accounts.id(trainerEmail);
        foreignTrainerEmail = accounts.user(accounts.organisation("Elders", "onderwijs"), Role.TRAINER);
        checkId = api.get("/api/live/activities?locale=en", trainer())
                .body()
                .get("checks")
                .get(0)
                .get("id")
                .getStringValue();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    /** Signed in afresh each time: a session does not outlive the days this test moves the clock. */
    private record Person(UUID id, String email, Api api) {
        Api.Session session() {
            return api.logIn(email, TestAccounts.PASSWORD);
        }
    }

    private Person learner(String name, String locale) {
        String email = accounts.userSpeaking(organisation, name, locale, Role.LEARNER);
        return new Person(accounts.id(email), email, api);
    }

    private Api.Session trainer() {
        return api.logIn(trainerEmail, TestAccounts.PASSWORD);
    }

    private Webinar webinar() {
        return fixture.webinar(organisation, trainerId, Duration.ofMinutes(5), "check:" + checkId);
    }

    private Api.Response attendance(Webinar webinar, WebinarRegistration registration, boolean attended) {
        return api.put(
                "/api/webinars/" + webinar.id() + "/registrations/" + registration.id() + "/attendance",
                Map.of("attended", attended),
                trainer());
    }

    private List<JsonNode> webinarCertificates(Person person, Webinar webinar) {
        JsonNode all =
                api.get("/api/me/certificates?locale=en", person.session()).body();
        List<JsonNode> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            JsonNode certificate = all.get(i);
            if (certificate.get("kind").getStringValue().equals("WEBINAR")
                    && certificate
                            .get("subjectId")
                            .getStringValue()
                            .equals(webinar.id().toString())) {
                found.add(certificate);
            }
        }
        return found;
    }

    @Test
    void attendeesGetOneCertificateOnceTheWebinarIsOverNoShowsNone() {
        Webinar webinar = webinar();
        Person attendee = learner("Aylin", "en");
        Person noShow = learner("Bram", "nl");
        Person unknown = learner("Chris", "nl");
        WebinarRegistration attended = fixture.place(webinar, attendee.id(), organisation);
        WebinarRegistration absent = fixture.place(webinar, noShow.id(), organisation);
        fixture.place(webinar, unknown.id(), organisation);
        assertThat(attendance(webinar, attended, true).status()).isEqualTo(200);
        assertThat(attendance(webinar, absent, false).status()).isEqualTo(200);

        afterwards.run();
        assertThat(webinarCertificates(attendee, webinar))
                .as("not before it is over")
                .isEmpty();

        clock.advance(Duration.ofMinutes(66));
        afterwards.run();
        afterwards.run();

        assertThat(webinarCertificates(attendee, webinar)).singleElement().satisfies(certificate -> {
            assertThat(certificate.get("title").getStringValue()).isEqualTo("Signals in the neighbourhood");
            assertThat(certificate.get("studyHours").getNumberValue().doubleValue())
                    .isEqualTo(1.5);
            assertThat(certificate.get("status").getStringValue()).isEqualTo("VALID");
        });
        assertThat(webinarCertificates(noShow, webinar)).isEmpty();
        assertThat(webinarCertificates(unknown, webinar)).isEmpty();
    }

    @Test
    void aCorrectionAfterwardsRevokesTheCertificateOrIssuesANewOne() {
        Webinar webinar = webinar();
        Person attendee = learner("Dana", "en");
        WebinarRegistration place = fixture.place(webinar, attendee.id(), organisation);
        clock.advance(Duration.ofMinutes(66));
        assertThat(attendance(webinar, place, true).status()).isEqualTo(200);
        assertThat(webinarCertificates(attendee, webinar))
                .as("a correction after the end certifies at once")
                .singleElement()
                .satisfies(c -> assertThat(c.get("status").getStringValue()).isEqualTo("VALID"));

        assertThat(attendance(webinar, place, false).status()).isEqualTo(200);
        afterwards.run();
        assertThat(webinarCertificates(attendee, webinar))
                .singleElement()
                .satisfies(c -> assertThat(c.get("status").getStringValue()).isEqualTo("REVOKED"));

        assertThat(attendance(webinar, place, true).status()).isEqualTo(200);
        assertThat(webinarCertificates(attendee, webinar))
                .extracting(c -> c.get("status").getStringValue() + " v"
                        + c.get("subjectVersion").getIntValue())
                .containsExactlyInAnyOrder("REVOKED v1", "VALID v2");
    }

    @Test
    void theFollowUpRefresherIsPlannedExactlyOnceAWeekAfterTheEnd() throws MessagingException {
        Webinar webinar = webinar();
        Person attendee = learner("Eva", "en");
        Person noShow = learner("Fleur", "nl");
        WebinarRegistration place = fixture.place(webinar, attendee.id(), organisation);
        fixture.place(webinar, noShow.id(), organisation);
        assertThat(attendance(webinar, place, true).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(65).plus(Duration.ofDays(6)).plusHours(23));
        afterwards.run();
        assertThat(outbox.of(attendee.id()))
                .as("six days and 23 hours after the end")
                .isEmpty();

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        afterwards.run();
        afterwards.run();
        outbox.sendAll();

        assertThat(outbox.of(attendee.id())).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(WebinarFollowUp.KIND);
            assertThat(row.key()).isEqualTo(webinar.id().toString());
            assertThat(row.status()).isEqualTo("SENT");
        });
        assertThat(outbox.of(noShow.id())).as("no follow-up for a no-show").isEmpty();
        List<MimeMessage> mails = receivedBy(attendee.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("A week after the webinar: a quick refresher");
        String text = text(mails.get(0));
        assertThat(text)
                .contains("Dear Eva,")
                .contains("\"Signals in the neighbourhood\"")
                .contains("/refresh/");
        String sessionId =
                text.substring(text.indexOf("/refresh/") + "/refresh/".length()).substring(0, 36);

        Api.Response refresher = api.get("/api/refresher-sessions/" + sessionId, attendee.session());
        assertThat(refresher.status())
                .as("the prepared micro-refresher is the attendee's")
                .isEqualTo(200);
        JsonNode items = refresher.body().get("items");
        assertThat(items.size()).isPositive();
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).get("moduleId").getStringValue())
                    .as("only the webinar's module")
                    .isEqualTo(checkId);
        }

        clock.advance(Duration.ofDays(3));
        afterwards.run();
        assertThat(outbox.of(attendee.id())).hasSize(1);
    }

    @Test
    void theSummaryCountsPlacesAttendanceAndTheLiveResults() {
        Webinar webinar = webinar();
        Person attendee = learner("Gijs", "nl");
        WebinarRegistration attended = fixture.place(webinar, attendee.id(), organisation);
        WebinarRegistration absent =
                fixture.place(webinar, learner("Hanna", "nl").id(), organisation);
        fixture.place(webinar, learner("Ivo", "nl").id(), organisation);
        fixture.registration(webinar, learner("Jet", "nl").id(), organisation, WebinarRegistration.WAITING);
        fixture.registration(webinar, learner("Kees", "nl").id(), organisation, WebinarRegistration.CANCELLED);
        attendance(webinar, absent, false);
        String code = api.post(
                        "/api/webinars/" + webinar.id() + "/live-sessions",
                        Map.of("kind", "check", "activityId", checkId),
                        trainer())
                .text("code");
        assertThat(api.post("/api/live/join", Map.of("code", code, "asSelf", true), attendee.session())
                        .status())
                .isEqualTo(200);
        assertThat(fixture.reread(attended).attended()).isTrue();

        JsonNode during =
                api.get("/api/webinars/" + webinar.id() + "/summary", trainer()).body();
        JsonNode counts = during.get("counts");
        assertThat(counts.get("registered").getIntValue()).isEqualTo(3);
        assertThat(counts.get("attended").getIntValue()).isEqualTo(1);
        assertThat(counts.get("noShow").getIntValue()).isEqualTo(1);
        assertThat(counts.get("unknown").getIntValue()).isEqualTo(1);
        assertThat(counts.get("waiting").getIntValue()).isEqualTo(1);
        assertThat(counts.get("cancelled").getIntValue()).isEqualTo(1);
        assertThat(during.get("live").size()).isEqualTo(1);
        JsonNode live = during.get("live").get(0);
        assertThat(live.get("kind").getStringValue()).isEqualTo("check");
        assertThat(live.get("activityId").getStringValue()).isEqualTo(checkId);
        assertThat(live.get("participants").getIntValue()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(66));
        JsonNode after =
                api.get("/api/webinars/" + webinar.id() + "/summary", trainer()).body();
        assertThat(after.get("over").getBooleanValue()).isTrue();
        assertThat(after.get("counts").get("noShow").getIntValue())
                .as("unknown counts as no-show once over")
                .isEqualTo(2);
        assertThat(after.get("counts").get("unknown").getIntValue()).isZero();

        assertThat(api.get(
                                "/api/webinars/" + webinar.id() + "/summary",
                                api.logIn(foreignTrainerEmail, TestAccounts.PASSWORD))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/webinars/" + webinar.id() + "/summary", attendee.session())
                        .status())
                .isEqualTo(403);
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

    private List<MimeMessage> receivedBy(String email) throws MessagingException {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(email))) {
                mine.add(message);
            }
        }
        return mine;
    }
}
