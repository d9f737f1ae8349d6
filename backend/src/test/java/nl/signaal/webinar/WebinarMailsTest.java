package nl.signaal.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
 * Webinar mails through the outbox and a real (in-process) SMTP server: invitations with a calendar REQUEST, the
 * waiting list, cancellations with a calendar CANCEL, changes with a raised SEQUENCE, and the 24-hour and 1-hour
 * reminders, once each, over the change to winter time. Webinars and registrations are written with the repositories,
 * the notices called as the registration code calls them. Each test has its own people; the clock only moves forward.
 */
@MicronautTest(transactional = false)
class WebinarMailsTest extends DatabaseTest {
    private static final ServerSetup SMTP = new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String MEETING = "https://meet.example.org/b/sig-nal-123";

    @Inject
    TestAccounts accounts;

    @Inject
    WebinarRepository webinars;

    @Inject
    WebinarRegistrationRepository registrations;

    @Inject
    WebinarNotices notices;

    @Inject
    PlanningWebinarReminders reminders;

    @Inject
    TestOutbox delivery;

    @Inject
    WebinarTexts texts;

    @Inject
    MovableClock clock;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private Api api;
    private String title;
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
        api = new Api(client, json);
        title = texts.write(Map.of(
                "nl", "Signalen herkennen",
                "en", "Recognising signals",
                "ar", "تمييز الإشارات",
                "tr", "Sinyalleri tanımak",
                "pl", "Rozpoznawanie sygnałów"));
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theInvitationCarriesACalendarRequestWithTheWebinarsUidAndSequence() throws Exception {
        UUID organisation = accounts.organisation("Uitnodiging", "jeugdhulp");
        String email = accounts.userSpeaking(organisation, "Emma", "en", Role.LEARNER);
        Webinar webinar = schedule(organisation, clock.instant().plus(Duration.ofDays(10)));
        WebinarRegistration place = register(webinar, email, WebinarRegistration.REGISTERED);

        notices.placed(webinar, place, false);
        notices.placed(webinar, place, false);
        delivery.sendAll();

        MimeMessage mail = single(email);
        assertThat(mail.getSubject()).isEqualTo("You have a place: Recognising signals");
        assertThat(text(mail))
                .contains("Hello Emma,")
                .contains("You have a place at the webinar \"Recognising signals\".")
                .contains("Join online: " + MEETING)
                .contains("(Dutch time)")
                .contains("/webinars/" + webinar.id());
        BodyPart part = calendarPart(mail).orElseThrow();
        assertThat(part.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(part.getFileName()).isEqualTo("invitation.ics");
        Ics ics = Ics.parse(content(part));
        assertThat(ics.value("METHOD")).isEqualTo("REQUEST");
        assertThat(ics.value("UID")).isEqualTo(WebinarCalendar.uid(webinar));
        assertThat(ics.value("SEQUENCE")).isEqualTo("0");
        assertThat(delivery.of(accounts.id(email))).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(WebinarNotices.PLACE);
            assertThat(row.invitationMethod()).isEqualTo("REQUEST");
            assertThat(row.status()).isEqualTo("SENT");
        });
    }

    @Test
    void theWaitingListHearsWithoutAnInvitationAndThePromotedPersonGetsOne() throws Exception {
        UUID organisation = accounts.organisation("Wachtlijst", "jeugdhulp");
        String email = accounts.userSpeaking(organisation, "Zofia", "pl", Role.LEARNER);
        Webinar webinar = schedule(organisation, clock.instant().plus(Duration.ofDays(10)));
        WebinarRegistration waiting = register(webinar, email, WebinarRegistration.WAITING);

        notices.queued(webinar, waiting);
        delivery.sendAll();
        MimeMessage queued = single(email);
        assertThat(queued.getSubject()).isEqualTo("Na liście oczekujących: Rozpoznawanie sygnałów");
        assertThat(calendarPart(queued)).isEmpty();
        assertThat(text(queued)).doesNotContain(MEETING);

        WebinarRegistration promoted = registrations.update(new WebinarRegistration(
                waiting.id(),
                webinar.id(),
                waiting.userId(),
                organisation,
                WebinarRegistration.REGISTERED,
                waiting.requestedAt(),
                clock.instant(),
                null,
                null,
                null,
                null));
        notices.placed(webinar, promoted, true);
        delivery.sendAll();

        List<MimeMessage> mails = receivedBy(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).isEqualTo("Zwolniło się miejsce: Rozpoznawanie sygnałów");
        assertThat(text(mails.get(1))).contains("Dzień dobry Zofia,").contains(MEETING);
        assertThat(Ics.parse(content(calendarPart(mails.get(1)).orElseThrow())).value("METHOD"))
                .isEqualTo("REQUEST");
    }

    @Test
    void cancellingOnesOwnPlaceSendsACalendarCancelAndLeavingTheQueueAPlainMail() throws Exception {
        UUID organisation = accounts.organisation("Afmelden", "jeugdhulp");
        String holder = accounts.userSpeaking(organisation, "Fatima", "ar", Role.LEARNER);
        String waiter = accounts.userSpeaking(organisation, "Kees", "nl", Role.LEARNER);
        Webinar webinar = schedule(organisation, clock.instant().plus(Duration.ofDays(10)));
        WebinarRegistration place = withdraw(register(webinar, holder, WebinarRegistration.REGISTERED));
        WebinarRegistration queued = withdraw(register(webinar, waiter, WebinarRegistration.WAITING));

        notices.released(webinar, place, true);
        notices.released(webinar, queued, false);
        delivery.sendAll();

        MimeMessage released = single(holder);
        assertThat(released.getSubject()).isEqualTo("تم إلغاء مقعدك: تمييز الإشارات");
        BodyPart part = calendarPart(released).orElseThrow();
        assertThat(part.getContentType()).contains("method=CANCEL");
        Ics ics = Ics.parse(content(part));
        assertThat(ics.value("METHOD")).isEqualTo("CANCEL");
        assertThat(ics.value("UID")).isEqualTo(WebinarCalendar.uid(webinar));

        MimeMessage left = single(waiter);
        assertThat(left.getSubject()).isEqualTo("Van de wachtlijst: Signalen herkennen");
        assertThat(calendarPart(left)).isEmpty();
    }

    @Test
    void aChangeGoesToEveryPlaceOnceWithARaisedSequence() throws Exception {
        UUID organisation = accounts.organisation("Verplaatst", "jeugdhulp");
        String holder = accounts.userSpeaking(organisation, "Emma", "en", Role.LEARNER);
        String waiter = accounts.userSpeaking(organisation, "Kees", "nl", Role.LEARNER);
        Webinar webinar = schedule(organisation, clock.instant().plus(Duration.ofDays(10)));
        register(webinar, holder, WebinarRegistration.REGISTERED);
        register(webinar, waiter, WebinarRegistration.WAITING);

        Webinar moved = move(webinar, Duration.ofDays(1));
        notices.changed(moved);
        notices.changed(moved);
        delivery.sendAll();

        MimeMessage changed = single(holder);
        assertThat(changed.getSubject()).isEqualTo("Changed: Recognising signals");
        Ics first = Ics.parse(content(calendarPart(changed).orElseThrow()));
        assertThat(first.value("METHOD")).isEqualTo("REQUEST");
        assertThat(first.value("SEQUENCE")).isEqualTo("1");
        assertThat(receivedBy(waiter)).as("only places hear of a change").isEmpty();

        Webinar movedAgain = move(moved, Duration.ofHours(2));
        notices.changed(movedAgain);
        delivery.sendAll();
        List<MimeMessage> mails = receivedBy(holder);
        assertThat(mails).as("each change one mail").hasSize(2);
        Ics second = Ics.parse(content(calendarPart(mails.get(1)).orElseThrow()));
        assertThat(second.value("SEQUENCE")).isEqualTo("2");
        assertThat(second.value("UID")).isEqualTo(first.value("UID"));
    }

    @Test
    void theOrganisersCancellationSendsACancelToPlacesAndAPlainMailToTheWaitingList() throws Exception {
        UUID organisation = accounts.organisation("Afgelast", "jeugdhulp");
        String holder = accounts.userSpeaking(organisation, "Ayşe", "tr", Role.LEARNER);
        String waiter = accounts.userSpeaking(organisation, "Emma", "en", Role.LEARNER);
        Webinar webinar = schedule(organisation, clock.instant().plus(Duration.ofDays(10)));
        register(webinar, holder, WebinarRegistration.REGISTERED);
        register(webinar, waiter, WebinarRegistration.WAITING);

        Webinar cancelled = cancel(webinar);
        notices.cancelled(cancelled);
        notices.cancelled(cancelled);
        delivery.sendAll();

        MimeMessage toHolder = single(holder);
        assertThat(toHolder.getSubject()).isEqualTo("İptal edildi: Sinyalleri tanımak");
        Ics ics = Ics.parse(content(calendarPart(toHolder).orElseThrow()));
        assertThat(ics.value("METHOD")).isEqualTo("CANCEL");
        MimeMessage toWaiter = single(waiter);
        assertThat(toWaiter.getSubject()).isEqualTo("Cancelled: Recognising signals");
        assertThat(text(toWaiter)).contains("You were on the waiting list");
        assertThat(calendarPart(toWaiter)).isEmpty();
    }

    @Test
    void remindersGoExactlyOnceTwentyFourHoursAndOneHourBeforeAStartAfterTheChangeToWinterTime() throws Exception {
        // Summer time ends on Sunday 31 October 2027 at 03:00 (01:00 UTC); the webinar is the next morning, 09:00 CET.
        Instant start = LocalDateTime.of(2027, 11, 1, 9, 0).atZone(DUTCH_TIME).toInstant();
        assertThat(start).isEqualTo(Instant.parse("2027-11-01T08:00:00Z"));
        UUID organisation = accounts.organisation("Wintertijd", "jeugdhulp");
        String email = accounts.userSpeaking(organisation, "Emma", "en", Role.LEARNER);
        Webinar webinar = schedule(organisation, start);
        register(webinar, email, WebinarRegistration.REGISTERED);

        // Sunday 09:00 summer time: the day before "at the same time on the clock" before the clocks went back.
        moveTo(Instant.parse("2027-10-31T07:00:01Z"));
        planAndSend();
        moveTo(start.minus(Duration.ofHours(24)).minusSeconds(30));
        planAndSend();
        assertThat(receivedBy(email))
                .as("not before 24 real hours before the start")
                .isEmpty();

        moveTo(start.minus(Duration.ofHours(24)));
        planAndSend();
        planAndSend();
        MimeMessage day = single(email);
        assertThat(day.getSubject()).isEqualTo("Tomorrow: Recognising signals");
        assertThat(text(day))
                .contains("starts within 24 hours")
                .contains("09:00–10:30 (Dutch time)")
                .contains(MEETING)
                .contains("turn them off under My account");
        assertThat(calendarPart(day)).isEmpty();

        moveTo(start.minus(Duration.ofHours(1)).minusSeconds(30));
        planAndSend();
        assertThat(receivedBy(email)).hasSize(1);
        moveTo(start.minus(Duration.ofHours(1)));
        planAndSend();
        planAndSend();
        moveTo(start.plusSeconds(60));
        planAndSend();

        List<MimeMessage> mails = receivedBy(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).isEqualTo("In one hour: Recognising signals");
        assertThat(delivery.of(accounts.id(email)))
                .extracting(TestOutbox.Row::key)
                .containsExactlyInAnyOrder(webinar.id() + "/24h/0", webinar.id() + "/1h/0");
    }

    @Test
    void aMovedWebinarIsRemindedOfAgainAndALatePlaceOnlyOfTheLastHour() {
        UUID organisation = accounts.organisation("Opnieuw herinneren", "jeugdhulp");
        String early = accounts.userSpeaking(organisation, "Vroeg", "nl", Role.LEARNER);
        String late = accounts.userSpeaking(organisation, "Laat", "nl", Role.LEARNER);
        Webinar webinar = schedule(organisation, clock.instant().plus(Duration.ofHours(30)));
        register(webinar, early, WebinarRegistration.REGISTERED);

        clock.advance(Duration.ofHours(6).plusMinutes(1));
        planAndSend();
        assertThat(receivedBy(early)).hasSize(1);

        Webinar moved = move(webinar, Duration.ofHours(4));
        clock.advance(Duration.ofHours(4));
        register(moved, late, WebinarRegistration.REGISTERED);
        planAndSend();
        assertThat(receivedBy(early)).as("24 hours before the new time").hasSize(2);
        assertThat(receivedBy(late)).as("the place came after that moment").isEmpty();

        clock.advance(Duration.ofHours(23));
        planAndSend();
        assertThat(receivedBy(early)).hasSize(3);
        assertThat(receivedBy(late)).hasSize(1);
        assertThat(delivery.of(accounts.id(early)))
                .extracting(TestOutbox.Row::key)
                .containsExactlyInAnyOrder(webinar.id() + "/24h/0", webinar.id() + "/24h/1", webinar.id() + "/1h/1");
    }

    @Test
    void remindersRespectTheReminderChoiceButNoticesOfChangesDoNot() throws Exception {
        UUID organisation = accounts.organisation("Geen herinneringen", "jeugdhulp");
        String off = accounts.userSpeaking(organisation, "Uit", "nl", Role.LEARNER);
        String paused = accounts.userSpeaking(organisation, "Gepauzeerd", "nl", Role.LEARNER);
        String on = accounts.userSpeaking(organisation, "Aan", "nl", Role.LEARNER);
        String waiting = accounts.userSpeaking(organisation, "Wacht", "nl", Role.LEARNER);
        String gone = accounts.userSpeaking(organisation, "Afgemeld", "nl", Role.LEARNER);
        Webinar webinar = schedule(organisation, clock.instant().plus(Duration.ofHours(25)));
        for (String email : List.of(off, paused, on)) {
            register(webinar, email, WebinarRegistration.REGISTERED);
        }
        register(webinar, waiting, WebinarRegistration.WAITING);
        withdraw(register(webinar, gone, WebinarRegistration.REGISTERED));
        delivery.optOut(accounts.id(off));
        delivery.pause(accounts.id(paused));

        String elsewhere = accounts.userSpeaking(organisation, "Afgelast", "nl", Role.LEARNER);
        Webinar called = schedule(organisation, clock.instant().plus(Duration.ofHours(25)));
        register(called, elsewhere, WebinarRegistration.REGISTERED);
        cancel(called);

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        planAndSend();

        assertThat(receivedBy(on)).hasSize(1);
        for (String quiet : List.of(off, paused, waiting, gone, elsewhere)) {
            assertThat(receivedBy(quiet)).as(quiet).isEmpty();
        }

        Webinar moved = move(webinar, Duration.ofHours(2));
        notices.changed(moved);
        delivery.sendAll();
        assertThat(receivedBy(off)).as("a change is a notice, not a reminder").hasSize(1);
        assertThat(receivedBy(paused)).hasSize(1);
    }

    @Test
    void aRetryAfterAnSmtpFailureSendsTheInvitationOnceAndItsContentIsForgottenLater() throws Exception {
        UUID organisation = accounts.organisation("Storing", "jeugdhulp");
        String email = accounts.userSpeaking(organisation, "Storing", "nl", Role.LEARNER);
        UUID user = accounts.id(email);
        Webinar webinar = schedule(organisation, clock.instant().plus(Duration.ofDays(20)));
        WebinarRegistration place = register(webinar, email, WebinarRegistration.REGISTERED);

        smtp.stop();
        try {
            notices.placed(webinar, place, false);
            delivery.sendAll();
            assertThat(delivery.of(user)).singleElement().satisfies(row -> {
                assertThat(row.status()).isEqualTo("PENDING");
                assertThat(row.attempts()).isEqualTo(1);
            });
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        notices.placed(webinar, place, false);
        delivery.sendAll();
        assertThat(receivedBy(email)).as("before the back-off ends").isEmpty();

        clock.advance(TestOutbox.backoff(1).plusSeconds(1));
        delivery.sendAll();
        delivery.sendAll();
        MimeMessage mail = single(email);
        assertThat(Ics.parse(content(calendarPart(mail).orElseThrow())).value("METHOD"))
                .isEqualTo("REQUEST");
        assertThat(delivery.of(user)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.hasInvitation()).isTrue();
        });

        clock.advance(Duration.ofDays(31));
        delivery.forget();
        assertThat(delivery.of(user)).singleElement().satisfies(row -> {
            assertThat(row.hasBody()).isFalse();
            assertThat(row.hasInvitation())
                    .as("the invitation is mail content too")
                    .isFalse();
            assertThat(row.invitationMethod()).isEqualTo("REQUEST");
        });
    }

    @Test
    void registeringCancellingMovingAndCallingOffOverHttpMailsEachPersonOncePerEvent() throws Exception {
        UUID organisation = accounts.organisation("Over HTTP", "buurtteam");
        Api.Session trainer = api.logIn(accounts.userNamed(organisation, "Tim", Role.TRAINER), TestAccounts.PASSWORD);
        String anna = accounts.userSpeaking(organisation, "Anna", "en", Role.LEARNER);
        String bram = accounts.userSpeaking(organisation, "Bram", "nl", Role.LEARNER);
        Api.Session annaSession = api.logIn(anna, TestAccounts.PASSWORD);
        Api.Session bramSession = api.logIn(bram, TestAccounts.PASSWORD);
        Map<String, Object> body = WebinarFixture.online(1, clock.instant());
        String id = api.post("/api/webinars", body, trainer).text("id");

        assertThat(api.post("/api/webinars/" + id + "/registration", Map.of(), annaSession)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/webinars/" + id + "/registration", Map.of(), annaSession)
                        .status())
                .as("asking again")
                .isEqualTo(200);
        api.post("/api/webinars/" + id + "/registration", Map.of(), bramSession);
        assertThat(api.send(HttpRequest.DELETE("/api/webinars/" + id + "/registration"), annaSession)
                        .status())
                .isEqualTo(204);
        long version = api.get("/api/webinars/" + id + "/organiser", trainer)
                .body()
                .get("version")
                .getLongValue();
        Instant later = Instant.parse((String) body.get("startsAt")).plus(Duration.ofHours(1));
        assertThat(api.put(
                                "/api/webinars/" + id,
                                WebinarFixture.with(
                                        body,
                                        "startsAt",
                                        later.toString(),
                                        "endsAt",
                                        later.plus(Duration.ofHours(1)).toString(),
                                        "version",
                                        version),
                                trainer)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/webinars/" + id + "/cancel", Map.of(), trainer)
                        .status())
                .isEqualTo(200);
        api.post("/api/webinars/" + id + "/cancel", Map.of(), trainer);
        delivery.sendAll();

        List<MimeMessage> toAnna = receivedBy(anna);
        assertThat(toAnna)
                .extracting(MimeMessage::getSubject)
                .containsExactly(
                        "You have a place: Signs in young children", "Place cancelled: Signs in young children");
        assertThat(Ics.parse(content(calendarPart(toAnna.get(1)).orElseThrow())).value("METHOD"))
                .isEqualTo("CANCEL");
        List<MimeMessage> toBram = receivedBy(bram);
        assertThat(toBram)
                .extracting(MimeMessage::getSubject)
                .containsExactly(
                        "Op de wachtlijst: Signalen bij jonge kinderen",
                        "Er is een plek vrijgekomen: Signalen bij jonge kinderen",
                        "Gewijzigd: Signalen bij jonge kinderen",
                        "Afgelast: Signalen bij jonge kinderen");
        assertThat(Ics.parse(content(calendarPart(toBram.get(2)).orElseThrow())).value("SEQUENCE"))
                .isEqualTo("1");
        Ics cancelled = Ics.parse(content(calendarPart(toBram.get(3)).orElseThrow()));
        assertThat(cancelled.value("METHOD")).isEqualTo("CANCEL");
        assertThat(cancelled.value("SEQUENCE")).isEqualTo("2");
    }

    private void planAndSend() {
        reminders.planAll();
        delivery.sendAll();
    }

    private void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private Webinar schedule(UUID organisation, Instant start) {
        return webinars.save(TestWebinars.online(organisation, title, start, start.plus(Duration.ofMinutes(90))));
    }

    /** Moves the webinar as the organiser's edit does: a new time and a raised SEQUENCE. */
    private Webinar move(Webinar before, Duration later) {
        Webinar webinar = webinars.findById(before.id()).orElseThrow();
        return webinars.update(TestWebinars.moved(
                webinar, webinar.startsAt().plus(later), webinar.endsAt().plus(later)));
    }

    private Webinar cancel(Webinar before) {
        return webinars.update(
                TestWebinars.cancelled(webinars.findById(before.id()).orElseThrow(), clock.instant()));
    }

    private WebinarRegistration register(Webinar webinar, String email, String status) {
        Instant now = clock.instant();
        return registrations.save(new WebinarRegistration(
                UUID.randomUUID(),
                webinar.id(),
                accounts.id(email),
                webinar.organisationId(),
                status,
                now,
                WebinarRegistration.REGISTERED.equals(status) ? now : null,
                null,
                null,
                null,
                null));
    }

    private WebinarRegistration withdraw(WebinarRegistration registration) {
        return registrations.update(new WebinarRegistration(
                registration.id(),
                registration.webinarId(),
                registration.userId(),
                registration.organisationId(),
                WebinarRegistration.CANCELLED,
                registration.requestedAt(),
                registration.registeredAt(),
                clock.instant(),
                null,
                null,
                null));
    }

    /** An attached invitation read back with ical4j: the calendar's METHOD and its one event's properties. */
    record Ics(Calendar calendar, VEvent event) {
        static Ics parse(String text) {
            try {
                Calendar calendar = new CalendarBuilder().build(new StringReader(text));
                List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
                assertThat(events).hasSize(1);
                return new Ics(calendar, events.get(0));
            } catch (IOException | ParserException e) {
                throw new AssertionError("ical4j cannot read the attached invitation:\n" + text, e);
            }
        }

        String value(String property) {
            return (Property.METHOD.equals(property) ? calendar.getProperty(property) : event.getProperty(property))
                    .map(Property::getValue)
                    .orElseThrow(() -> new AssertionError("no " + property));
        }
    }

    private static Optional<BodyPart> calendarPart(MimeMessage message) throws MessagingException, IOException {
        if (!(message.getContent() instanceof Multipart multipart)) {
            return Optional.empty();
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    private static String content(BodyPart part) throws MessagingException, IOException {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    texts.add(String.valueOf(part.getContent()));
                }
            }
            return String.join("\n", texts);
        }
        return String.valueOf(content);
    }

    private MimeMessage single(String email) {
        List<MimeMessage> mails = receivedBy(email);
        assertThat(mails).as(email).hasSize(1);
        return mails.get(0);
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
