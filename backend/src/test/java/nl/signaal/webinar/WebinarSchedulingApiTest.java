package nl.signaal.webinar;

import static nl.signaal.webinar.WebinarFixture.online;
import static nl.signaal.webinar.WebinarFixture.with;
import static nl.signaal.webinar.WebinarFixture.withAudience;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.event.ApplicationEventPublisher;
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
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.identity.DemoCreated;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scheduling, editing and cancelling webinars over HTTP, on H2 and PostgreSQL. */
@MicronautTest(transactional = false)
class WebinarSchedulingApiTest extends DatabaseTest {
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
    ApplicationEventPublisher<DemoCreated> demoEvents;

    @Inject
    WebinarAudiences audiences;

    @Inject
    WebinarRegistrationRepository registrations;

    Api api;
    UUID organisation;
    UUID neighbour;
    Api.Session trainer;
    Api.Session officer;
    Api.Session learner;

    @BeforeAll
    void accounts() {
        api = new Api(client, json);
        organisation = accounts.organisation("Plannen", "jeugdhulp");
        neighbour = accounts.organisation("Buren", "onderwijs");
        trainer = logIn(accounts.userNamed(organisation, "Tara Trainer", Role.TRAINER));
        officer = logIn(accounts.userNamed(organisation, "Olaf Officer", Role.ATTENTION_OFFICER));
        learner = logIn(accounts.userNamed(organisation, "Lotte Leerling", Role.LEARNER));
    }

    private Api.Session logIn(String email) {
        return api.logIn(email, TestAccounts.PASSWORD);
    }

    private Api.Response schedule(Map<String, Object> body, Api.Session by) {
        return api.post("/api/webinars", body, by);
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.body()
                .get("errors")
                .values()
                .forEach(e -> fields.add(e.get("field").getStringValue()));
        return fields;
    }

    @Test
    void schedulesAWebinarThatTheOrganiserSeesWithEveryField() {
        String activity = "case:" + content.scenarios().get(0).definition().id();
        Api.Response created = schedule(with(online(25), "activities", List.of(activity)), trainer);

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/webinars/" + id + "/organiser");
        JsonNode view = api.get("/api/webinars/" + id + "/organiser", officer).body();
        assertThat(view.get("title").get("en").getStringValue()).isEqualTo("Signs in young children");
        assertThat(view.get("meetingUrl").getStringValue()).isEqualTo(WebinarFixture.MEETING);
        assertThat(view.get("capacity").getIntValue()).isEqualTo(25);
        assertThat(view.get("version").getLongValue()).isZero();
        assertThat(view.get("sequence").getIntValue()).isZero();
        assertThat(view.get("status").getStringValue()).isEqualTo("SCHEDULED");
        assertThat(view.get("activities").get(0).getStringValue()).isEqualTo(activity);
        assertThat(view.get("audience").size()).isEqualTo(1);
        assertThat(view.get("audience").get(0).get("id").getStringValue()).isEqualTo(organisation.toString());
        assertThat(view.get("materials").get(0).get("url").getStringValue()).isEqualTo("https://example.org/dias.pdf");
        assertThat(view.get("registered").getLongValue()).isZero();
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        Map<String, Object> body = with(
                online(0),
                "title",
                Map.of("en", "Only English"),
                "endsAt",
                Instant.now().plus(Duration.ofDays(9)).toString(),
                "targetGroups",
                List.of("no-such-sector"),
                "activities",
                List.of("case:no-such-case"),
                "materials",
                List.of(Map.of("title", "Oud", "url", "ftp://example.org/x")),
                "recordingUrl",
                "javascript:alert(1)",
                "language",
                "de");

        Api.Response response = schedule(body, trainer);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response))
                .contains(
                        "title.nl",
                        "endsAt",
                        "capacity",
                        "targetGroups",
                        "activities",
                        "materials[0].url",
                        "recordingUrl",
                        "language");
    }

    @Test
    void anOnlineWebinarNeedsAnHttpsMeetingLinkAndOneInPersonAPlace() {
        Api.Response plainHttp = schedule(with(online(10), "meetingUrl", "http://meet.example.org/x"), trainer);
        Api.Response noLink = schedule(with(online(10), "meetingUrl", ""), trainer);
        Api.Response noPlace = schedule(with(online(10), "mode", "IN_PERSON", "meetingUrl", ""), trainer);
        Api.Response inPerson =
                schedule(with(online(10), "mode", "IN_PERSON", "meetingUrl", "", "location", "Zaal 3"), trainer);
        Api.Response tooMany = schedule(online(10_001), trainer);

        assertThat(fields(plainHttp)).containsExactly("meetingUrl");
        assertThat(fields(noLink)).containsExactly("meetingUrl");
        assertThat(fields(noPlace)).containsExactly("location");
        assertThat(inPerson.status()).isEqualTo(201);
        assertThat(inPerson.body().get("location").getStringValue()).isEqualTo("Zaal 3");
        assertThat(fields(tooMany)).containsExactly("capacity");
    }

    @Test
    void aWebinarThatAlreadyEndedCannotBeScheduled() {
        Instant past = Instant.now().minus(Duration.ofDays(1));
        Api.Response response = schedule(
                with(
                        online(10),
                        "startsAt",
                        past.toString(),
                        "endsAt",
                        past.plusSeconds(3600).toString()),
                trainer);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("endsAt");
    }

    @Test
    void aTrainerMayInviteOtherOrganisationsAndAnAttentionOfficerMayNot() {
        Api.Response regional = schedule(withAudience(online(10), neighbour), trainer);
        Api.Response own = schedule(withAudience(online(10), neighbour), officer);
        Api.Response unknown = schedule(withAudience(online(10), UUID.randomUUID()), trainer);

        assertThat(regional.status()).isEqualTo(201);
        assertThat(regional.body().get("audience").size()).isEqualTo(2);
        assertThat(own.status()).isEqualTo(400);
        assertThat(fields(own)).containsExactly("audience");
        assertThat(fields(unknown)).containsExactly("audience");
    }

    @Test
    void audienceOptionsAreTheOwnOrganisationForAnOfficerAndEveryRealOneForATrainer() {
        List<String> forTrainer = new ArrayList<>();
        api.get("/api/webinars/audience-options", trainer)
                .body()
                .values()
                .forEach(o -> forTrainer.add(o.get("id").getStringValue()));
        List<String> forOfficer = new ArrayList<>();
        api.get("/api/webinars/audience-options", officer)
                .body()
                .values()
                .forEach(o -> forOfficer.add(o.get("id").getStringValue()));

        assertThat(forTrainer).contains(organisation.toString(), neighbour.toString());
        assertThat(forOfficer).containsExactly(organisation.toString());
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndChangesNothing() {
        String id = schedule(online(10), trainer).text("id");
        Api.Response first = api.put(
                "/api/webinars/" + id,
                with(online(10), "version", 0, "title", Map.of("nl", "Eerste wijziging")),
                trainer);
        Api.Response second = api.put(
                "/api/webinars/" + id,
                with(online(10), "version", 0, "title", Map.of("nl", "Tweede wijziging")),
                officer);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("version").getLongValue()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("type")).isEqualTo("webinar-edited");
        assertThat(second.text("detail")).contains("Someone else changed this webinar");
        JsonNode now = api.get("/api/webinars/" + id + "/organiser", trainer).body();
        assertThat(now.get("title").get("nl").getStringValue()).isEqualTo("Eerste wijziging");
    }

    @Test
    void aNewTimeRaisesTheSequenceAndANewTitleDoesNot() {
        Map<String, Object> body = online(10);
        String id = schedule(body, trainer).text("id");

        Api.Response retitled = api.put(
                "/api/webinars/" + id, with(body, "version", 0, "title", Map.of("nl", "Andere titel")), trainer);
        Instant later = Instant.parse((String) body.get("startsAt")).plus(Duration.ofHours(2));
        Api.Response moved = api.put(
                "/api/webinars/" + id,
                with(
                        body,
                        "version",
                        1,
                        "startsAt",
                        later.toString(),
                        "endsAt",
                        later.plus(Duration.ofHours(1)).toString()),
                trainer);
        Api.Response relinked = api.put(
                "/api/webinars/" + id,
                with(
                        body,
                        "version",
                        2,
                        "startsAt",
                        later.toString(),
                        "endsAt",
                        later.plus(Duration.ofHours(1)).toString(),
                        "meetingUrl",
                        "https://meet.jit.si/een-andere-kamer"),
                trainer);

        assertThat(retitled.body().get("sequence").getIntValue()).isZero();
        assertThat(moved.body().get("sequence").getIntValue()).isEqualTo(1);
        assertThat(relinked.body().get("sequence").getIntValue()).isEqualTo(2);
        assertThat(relinked.body().get("startsAt").getStringValue()).isEqualTo(later.toString());
    }

    @Test
    void cancellingIsIdempotentAndClosesRegistration() {
        String id = schedule(online(10), trainer).text("id");

        Api.Response cancelled = api.post("/api/webinars/" + id + "/cancel", Map.of(), officer);
        Api.Response again = api.post("/api/webinars/" + id + "/cancel", Map.of(), trainer);
        Api.Response register = api.post("/api/webinars/" + id + "/registration", Map.of(), learner);
        Api.Response edit = api.put("/api/webinars/" + id, with(online(10), "version", 1), trainer);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("sequence").getIntValue()).isEqualTo(1);
        assertThat(again.body().get("sequence").getIntValue()).isEqualTo(1);
        assertThat(register.status()).isEqualTo(409);
        assertThat(register.text("type")).isEqualTo("webinar-cancelled");
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void theOrganisedListHoldsTheOrganisationsWebinarsWithCounts() {
        String id = schedule(online(3), trainer).text("id");
        api.post("/api/webinars/" + id + "/registration", Map.of(), learner);

        JsonNode list = api.get("/api/webinars/organised", officer).body();

        JsonNode row = null;
        for (JsonNode candidate : list.values()) {
            if (candidate.get("id").getStringValue().equals(id)) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("registered").getLongValue()).isEqualTo(1);
        assertThat(row.get("waiting").getLongValue()).isZero();
        assertThat(row.get("title").getStringValue()).isEqualTo("Signalen bij jonge kinderen");
    }

    @Test
    void aFreshDemoHasAnOnlineWebinarByTheDemoTrainerInTenDaysWithACaseAndNobodyRegistered() {
        UUID demo = accounts.organisation("Demo-achtig", "buurtteam");
        SignedInUser demoTrainer = new SignedInUser(
                UUID.randomUUID(),
                demo,
                "buurtteam",
                Set.of(Role.TRAINER),
                "Demo Trainer",
                DemoWebinar.ORGANISER,
                "nl");

        demoEvents.publishEvent(new DemoCreated(List.of(demoTrainer)));

        List<Webinar> webinars = audiences.organisedBy(demo);
        assertThat(webinars).hasSize(1);
        Webinar webinar = webinars.get(0);
        assertThat(webinar.organiserId()).isEqualTo(demoTrainer.id());
        assertThat(webinar.online()).isTrue();
        assertThat(webinar.meetingUrl()).startsWith("https://meet.jit.si/");
        assertThat(webinar.activityList()).hasSize(1).allMatch(a -> a.startsWith("case:"));
        assertThat(Duration.between(Instant.now(), webinar.startsAt()))
                .isBetween(Duration.ofDays(9), Duration.ofDays(11));
        assertThat(registrations.findByWebinarIdOrderByRequestedAt(webinar.id()))
                .isEmpty();
    }
}
