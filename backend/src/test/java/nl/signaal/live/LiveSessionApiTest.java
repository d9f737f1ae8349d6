package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.live.LiveClient.Phone;
import nl.signaal.progress.XapiRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live sessions through the API: opening, joining, voting, driving a case and a check, removal, access, summary. */
@MicronautTest(transactional = false)
class LiveSessionApiTest extends DatabaseTest {
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
    LiveSessionsOfPerson personalData;

    UUID organisationId;

    LiveClient live;
    Api api;
    Api.Session facilitator;
    Api.Session colleague;
    Api.Session learner;
    Api.Session foreigner;
    String caseId;
    String checkId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.live.joins-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        live = new LiveClient(api);
        UUID organisation = accounts.organisation("Team Live", "jeugdhulp");
        organisationId = organisation;
        facilitator = api.logIn(accounts.user(organisation, Role.ATTENTION_OFFICER), TestAccounts.PASSWORD);
        colleague = api.logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        UUID other = accounts.organisation("Ander team", "onderwijs");
        foreigner = api.logIn(accounts.user(other, Role.COORDINATOR), TestAccounts.PASSWORD);
        caseId = content.scenarios().get(0).id();
        checkId = live.api()
                .get("/api/live/activities?locale=en", facilitator)
                .body()
                .get("checks")
                .get(0)
                .get("id")
                .getStringValue();
    }

    private JsonNode openCase() {
        return live.open(facilitator, "case", caseId);
    }

    private JsonNode view(String sessionId) {
        Api.Response response = api.get("/api/live/sessions/" + sessionId, facilitator);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    @Test
    void listsEveryCaseAndTheModulesWithSingleAnswerQuestions() {
        JsonNode activities =
                api.get("/api/live/activities?locale=en", facilitator).body();
        assertThat(activities.get("cases").size()).isEqualTo(content.scenarios().size());
        assertThat(activities.get("checks").size()).isPositive();
        JsonNode check = activities.get("checks").get(0);
        assertThat(check.get("kind").getStringValue()).isEqualTo("check");
        assertThat(check.get("steps").getIntValue()).isPositive();
        assertThat(activities.get("cases").get(0).get("steps").isNull()).isTrue();
        assertThat(activities.get("pooling").size())
                .isEqualTo(content.poolingExercises().size());
    }

    @Test
    void opensASessionInTheLobbyWithASixDigitCode() {
        JsonNode opened = openCase();
        assertThat(opened.get("status").getStringValue()).isEqualTo("LOBBY");
        String code = opened.get("code").getStringValue();
        assertThat(code).matches("[0-9]{6}");
        assertThat(opened.get("joinPath").getStringValue()).isEqualTo("/j/" + code);
        assertThat(opened.get("step").isNull()).isTrue();
        assertThat(opened.get("roster").size()).isZero();
        assertThat(opened.get("eventId").getStringValue()).isNotBlank();
    }

    @Test
    void refusesAnUnknownActivityOrLocale() {
        Api.Response unknown = api.post(
                "/api/live/sessions",
                Map.of("kind", "case", "activityId", "no-such-case", "locale", "en"),
                facilitator);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("activityId");
        Api.Response locale = api.post(
                "/api/live/sessions", Map.of("kind", "case", "activityId", caseId, "locale", "de"), facilitator);
        assertThat(locale.status()).isEqualTo(400);
        assertThat(locale.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("locale");
    }

    @Test
    void aLearnerCanNeitherOpenNorDriveASession() {
        String id = openCase().get("sessionId").getStringValue();
        assertThat(api.get("/api/live/activities", learner).status()).isEqualTo(403);
        assertThat(api.post("/api/live/sessions", Map.of("kind", "case", "activityId", caseId, "locale", "en"), learner)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/live/sessions/" + id, learner).status()).isEqualTo(403);
        assertThat(live.act(learner, id, "start", null).status()).isEqualTo(403);
        assertThat(view(id).get("status").getStringValue()).isEqualTo("LOBBY");
    }

    @Test
    void anotherOrganisationsFacilitatorGets404() {
        JsonNode opened = openCase();
        String id = opened.get("sessionId").getStringValue();
        Phone phone = live.joined(opened.get("code").getStringValue(), "Kim");
        assertThat(api.get("/api/live/sessions/" + id, foreigner).status()).isEqualTo(404);
        assertThat(live.act(foreigner, id, "start", null).status()).isEqualTo(404);
        assertThat(api.get("/api/live/sessions/" + id + "/summary", foreigner).status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/live/sessions/" + id + "/participants/" + phone.participantId() + "/remove",
                                Map.of(),
                                foreigner)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/live/sessions", foreigner).body().size()).isZero();
        assertThat(view(id).get("status").getStringValue()).isEqualTo("LOBBY");
    }

    @Test
    void aColleagueOfTheOrganisationCanTakeOver() {
        String id = openCase().get("sessionId").getStringValue();
        assertThat(live.acted(colleague, id, "start", null).get("status").getStringValue())
                .isEqualTo("RUNNING");
        List<String> listed = new ArrayList<>();
        api.get("/api/live/sessions", colleague)
                .body()
                .values()
                .forEach(row -> listed.add(row.get("id").getStringValue()));
        assertThat(listed).contains(id);
    }

    @Test
    void joinsWithTheCodeUnderNicknameRules() {
        JsonNode opened = openCase();
        String code = opened.get("code").getStringValue();
        Api.Response first = live.join(code, "  Kim  ", null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("nickname")).isEqualTo("Kim");
        assertThat(first.raw().getCookie(ParticipantController.cookieName(UUID.fromString(first.text("sessionId")))))
                .isPresent();
        assertThat(first.header("Set-Cookie"))
                .containsIgnoringCase("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Path=/api/live");
        assertThat(live.join(code, "Kim", null).text("nickname")).isEqualTo("Kim 2");
        for (String bad : List.of("   ", "a".repeat(25), "Kim\u0007", "Kim\nBob", "\u202EmiK")) {
            Api.Response refused = live.join(code, bad, null);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").getStringValue())
                    .isEqualTo("nickname");
        }
        assertThat(live.join(code, "b".repeat(24), null).status()).isEqualTo(200);
        JsonNode roster = view(opened.get("sessionId").getStringValue()).get("roster");
        assertThat(roster.size()).isEqualTo(3);
        assertThat(roster.get(0).get("signedIn").getBooleanValue()).isFalse();
    }

    @Test
    void joiningAgainFromTheSameBrowserIsTheSameParticipant() {
        JsonNode opened = openCase();
        String code = opened.get("code").getStringValue();
        Phone phone = live.joined(code, "Sam");
        Api.Response again = live.join(code, "Someone else", phone.cookie());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("participantId")).isEqualTo(phone.participantId());
        assertThat(again.text("nickname")).isEqualTo("Sam");
        assertThat(view(opened.get("sessionId").getStringValue())
                        .get("participants")
                        .getIntValue())
                .isEqualTo(1);
    }

    @Test
    void aWrongOrEndedCodeDoesNotJoin() {
        JsonNode opened = openCase();
        String code = opened.get("code").getStringValue();
        String id = opened.get("sessionId").getStringValue();
        Phone phone = live.joined(code, "Lou");
        live.acted(facilitator, id, "start", null);
        String option = LiveClient.optionIds(view(id)).get(0);
        assertThat(live.acted(facilitator, id, "end", null).get("code").isNull())
                .isTrue();
        Api.Response ended = live.join(code, "Late", null);
        assertThat(ended.status()).isEqualTo(404);
        assertThat(ended.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("code");
        assertThat(live.join("12345", "Typo", null).status()).isEqualTo(404);
        assertThat(live.vote(phone, UUID.randomUUID(), 0, option).status()).isEqualTo(409);
        assertThat(live.play(phone).body().get("view").get("status").getStringValue())
                .isEqualTo("ENDED");
    }

    private record Running(String id, String code, List<Phone> phones) {}

    private Running running(String kind, String activityId, int participants) {
        JsonNode opened = live.open(facilitator, kind, activityId);
        String id = opened.get("sessionId").getStringValue();
        String code = opened.get("code").getStringValue();
        List<Phone> phones = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            phones.add(live.joined(code, "P" + i));
        }
        live.acted(facilitator, id, "start", null);
        return new Running(id, code, phones);
    }

    @Test
    void votesAreIdempotentAndChangeableUntilTheReveal() {
        Running session = running("case", caseId, 2);
        Phone phone = session.phones().get(0);
        List<String> options = LiveClient.optionIds(view(session.id()));
        UUID first = UUID.randomUUID();
        Api.Response voted = live.vote(phone, first, 0, options.get(0));
        assertThat(voted.status()).isEqualTo(200);
        assertThat(voted.body().get("optionId").getStringValue()).isEqualTo(options.get(0));
        assertThat(live.vote(phone, first, 0, options.get(0)).status()).isEqualTo(200);
        assertThat(view(session.id()).get("step").get("votes").getIntValue()).isEqualTo(1);

        UUID changed = UUID.randomUUID();
        assertThat(live.vote(phone, changed, 0, options.get(1)).status()).isEqualTo(200);
        JsonNode step = view(session.id()).get("step");
        assertThat(step.get("votes").getIntValue()).isEqualTo(1);
        assertThat(step.get("tally").get(options.get(1)).getIntValue()).isEqualTo(1);
        assertThat(step.get("tally").get(options.get(0)).getIntValue()).isZero();

        JsonNode participantView = live.play(phone).body();
        assertThat(participantView.get("view").get("step").get("tally").isNull())
                .isTrue();
        assertThat(participantView
                        .get("view")
                        .get("step")
                        .get("recommendedOptionIds")
                        .isNull())
                .isTrue();
        assertThat(participantView.get("me").get("votes").get(0).get("optionId").getStringValue())
                .isEqualTo(options.get(1));

        Api.Response unknown = live.vote(phone, UUID.randomUUID(), 0, "no-such-option");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("optionId");
        assertThat(live.vote(phone, UUID.randomUUID(), 1, options.get(0)).status())
                .isEqualTo(409);

        live.acted(facilitator, session.id(), "reveal", 0);
        assertThat(live.vote(phone, UUID.randomUUID(), 0, options.get(0)).status())
                .isEqualTo(409);
        assertThat(live.vote(session.phones().get(1), UUID.randomUUID(), 0, options.get(0))
                        .status())
                .isEqualTo(409);
        assertThat(live.vote(phone, changed, 0, options.get(1)).status())
                .as("a retry of the stored vote still answers")
                .isEqualTo(200);
        JsonNode revealed = live.play(phone).body().get("view").get("step");
        assertThat(revealed.get("phase").getStringValue()).isEqualTo("REVEALED");
        assertThat(revealed.get("tally").get(options.get(1)).getIntValue()).isEqualTo(1);
    }

    @Test
    void closedVotingRefusesVotesAndOpensAgain() {
        Running session = running("case", caseId, 1);
        Phone phone = session.phones().get(0);
        String option = LiveClient.optionIds(view(session.id())).get(0);
        live.acted(facilitator, session.id(), "close", 0);
        assertThat(live.vote(phone, UUID.randomUUID(), 0, option).status()).isEqualTo(409);
        assertThat(live.acted(facilitator, session.id(), "open", 0)
                        .get("step")
                        .get("phase")
                        .getStringValue())
                .isEqualTo("VOTING");
        assertThat(live.vote(phone, UUID.randomUUID(), 0, option).status()).isEqualTo(200);
    }

    @Test
    void aPassedTimerClosesVoting() {
        Running session = running("case", caseId, 1);
        Phone phone = session.phones().get(0);
        String option = LiveClient.optionIds(view(session.id())).get(0);
        Api.Response tooShort = api.post(
                "/api/live/sessions/" + session.id() + "/actions",
                Map.of("action", "timer", "step", 0, "seconds", 5),
                facilitator);
        assertThat(tooShort.status()).isEqualTo(400);
        Api.Response timer = api.post(
                "/api/live/sessions/" + session.id() + "/actions",
                Map.of("action", "timer", "step", 0, "seconds", 10),
                facilitator);
        assertThat(timer.status()).isEqualTo(200);
        assertThat(timer.body().get("step").get("timerEndsAt").isNull()).isFalse();
        String before = timer.body().get("eventId").getStringValue();
        clock.advance(Duration.ofSeconds(11));
        assertThat(live.vote(phone, UUID.randomUUID(), 0, option).status()).isEqualTo(409);
        JsonNode after = view(session.id());
        assertThat(after.get("step").get("phase").getStringValue()).isEqualTo("CLOSED");
        assertThat(after.get("eventId").getStringValue()).isNotEqualTo(before);
        assertThat(live.acted(facilitator, session.id(), "reveal", 0)
                        .get("step")
                        .get("phase")
                        .getStringValue())
                .isEqualTo("REVEALED");
    }

    @Test
    void aTieOrNoVotesNeedsTheFacilitatorsChoice() {
        Running session = running("case", caseId, 2);
        live.acted(facilitator, session.id(), "reveal", 0);
        Api.Response none = live.act(facilitator, session.id(), "decide", 0);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.body().get("detail").getStringValue()).containsIgnoringCase("no votes");

        Running tied = running("case", caseId, 2);
        List<String> tiedOptions = LiveClient.optionIds(view(tied.id()));
        live.vote(tied.phones().get(0), UUID.randomUUID(), 0, tiedOptions.get(0));
        live.vote(tied.phones().get(1), UUID.randomUUID(), 0, tiedOptions.get(1));
        live.acted(facilitator, tied.id(), "reveal", 0);
        Api.Response tie = live.act(facilitator, tied.id(), "decide", 0);
        assertThat(tie.status()).isEqualTo(409);
        assertThat(tie.body().get("detail").getStringValue()).containsIgnoringCase("tied");
        String pick = LiveClient.optionIds(view(tied.id())).get(1);
        JsonNode decided = live.act(facilitator, tied.id(), "decide", 0, pick).body();
        assertThat(decided.get("step").get("chosen").get("optionId").getStringValue())
                .isEqualTo(pick);
        assertThat(decided.get("step").get("chosen").get("how").getStringValue())
                .isEqualTo("FACILITATOR");
    }

    @Test
    void actionsOutOfPhaseAnswer409AndRetriesChangeNothing() {
        Running session = running("case", caseId, 1);
        assertThat(live.act(facilitator, session.id(), "next", 0).status()).isEqualTo(409);
        assertThat(live.act(facilitator, session.id(), "decide", 0).status()).isEqualTo(409);
        assertThat(live.act(facilitator, session.id(), "reveal", 3).status()).isEqualTo(409);
        assertThat(live.act(facilitator, session.id(), "reveal", null).status()).isEqualTo(400);
        String started = view(session.id()).get("eventId").getStringValue();
        assertThat(live.acted(facilitator, session.id(), "start", null)
                        .get("eventId")
                        .getStringValue())
                .isEqualTo(started);
        String revealed = live.acted(facilitator, session.id(), "reveal", 0)
                .get("eventId")
                .getStringValue();
        assertThat(live.acted(facilitator, session.id(), "reveal", 0)
                        .get("eventId")
                        .getStringValue())
                .isEqualTo(revealed);
        assertThat(live.acted(facilitator, session.id(), "close", 0)
                        .get("eventId")
                        .getStringValue())
                .isEqualTo(revealed);
        assertThat(live.act(facilitator, session.id(), "open", 0).status()).isEqualTo(409);
    }

    @Test
    void theGroupPlaysACaseToTheDebrief() {
        Running session = running("case", caseId, 3);
        int step = 0;
        JsonNode view = view(session.id());
        List<String> chosen = new ArrayList<>();
        while (view.get("status").getStringValue().equals("RUNNING")) {
            List<String> options = LiveClient.optionIds(view);
            assertThat(view.get("step").get("index").getIntValue()).isEqualTo(step);
            assertThat(view.get("step").get("recommendedOptionIds").isArray()).isTrue();
            String majority = options.get(options.size() - 1);
            live.vote(session.phones().get(0), UUID.randomUUID(), step, majority);
            live.vote(session.phones().get(1), UUID.randomUUID(), step, majority);
            live.vote(session.phones().get(2), UUID.randomUUID(), step, options.get(0));
            live.acted(facilitator, session.id(), "reveal", step);
            JsonNode decided;
            if (step == 0) {
                decided = live.act(facilitator, session.id(), "decide", step, options.get(0))
                        .body();
                chosen.add(options.get(0));
            } else {
                decided = live.acted(facilitator, session.id(), "decide", step);
                chosen.add(options.size() == 1 ? options.get(0) : majority);
            }
            JsonNode decidedStep = decided.get("step");
            assertThat(decidedStep.get("phase").getStringValue()).isEqualTo("DECIDED");
            assertThat(decidedStep.get("chosen").get("optionId").getStringValue())
                    .isEqualTo(chosen.get(step));
            assertThat(decidedStep.get("feedbackHtml").isNull()).isFalse();
            JsonNode seen =
                    live.play(session.phones().get(0)).body().get("view").get("step");
            assertThat(seen.get("recommendedOptionIds").isArray()).isTrue();
            assertThat(seen.get("chosen").get("how").getStringValue())
                    .isEqualTo(step == 0 ? "FACILITATOR" : "MAJORITY");
            String eventId = decided.get("eventId").getStringValue();
            assertThat(live.acted(facilitator, session.id(), "decide", step)
                            .get("eventId")
                            .getStringValue())
                    .as("a retried decide")
                    .isEqualTo(eventId);
            view = live.acted(facilitator, session.id(), "next", step);
            String afterNext = view.get("eventId").getStringValue();
            assertThat(live.acted(facilitator, session.id(), "next", step)
                            .get("eventId")
                            .getStringValue())
                    .as("a retried next")
                    .isEqualTo(afterNext);
            step++;
            assertThat(step).as("the case reaches an ending").isLessThan(50);
        }
        assertThat(view.get("status").getStringValue()).isEqualTo("DEBRIEF");
        assertThat(view.get("step").isNull()).isTrue();
        JsonNode debrief = view.get("debrief");
        assertThat(debrief.get("total").getIntValue()).isEqualTo(step);
        assertThat(debrief.get("decisions").size()).isEqualTo(step);
        assertThat(debrief.get("endingHtml").getStringValue()).isNotBlank();
        JsonNode firstDecision = debrief.get("decisions").get(0);
        assertThat(firstDecision.get("chosenOptionId").getStringValue()).isEqualTo(chosen.get(0));
        int votes = 0;
        for (JsonNode option : firstDecision.get("options").values()) {
            votes += option.get("votes").getIntValue();
        }
        assertThat(votes).isEqualTo(3);
        assertThat(live.play(session.phones().get(0))
                        .body()
                        .get("view")
                        .get("debrief")
                        .get("total")
                        .getIntValue())
                .isEqualTo(step);
        assertThat(live.join(session.code(), "Late", null).status())
                .as("late joiners may join the debrief")
                .isEqualTo(200);

        JsonNode summary = api.get("/api/live/sessions/" + session.id() + "/summary", facilitator)
                .body();
        assertThat(summary.get("attendance").getIntValue()).isEqualTo(4);
        assertThat(summary.get("decisions").size()).isEqualTo(step);
        assertThat(summary.get("decisions").get(0).get("how").getStringValue()).isEqualTo("FACILITATOR");
        Api.Response csv = api.get("/api/live/sessions/" + session.id() + "/summary.csv", facilitator);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("live-" + session.code());
        String text = csv.raw().body();
        assertThat(text).startsWith("\uFEFFstep,question,option,votes,chosen,recommended\r\n");
        assertThat(text).doesNotContain("P0").doesNotContain("Late");
    }

    @Test
    void aCheckShowsTheAnswerAtTheDecisionAndEndsInTheDebrief() {
        Running session = running("check", checkId, 1);
        Phone phone = session.phones().get(0);
        JsonNode view = view(session.id());
        int total = view.get("step").get("total").getIntValue();
        for (int step = 0; step < total; step++) {
            String correct = view.get("step").get("recommendedOptionIds").get(0).getStringValue();
            assertThat(live.vote(phone, UUID.randomUUID(), step, correct).status())
                    .isEqualTo(200);
            live.acted(facilitator, session.id(), "reveal", step);
            JsonNode decided =
                    live.acted(facilitator, session.id(), "decide", step).get("step");
            assertThat(decided.get("chosen").get("optionId").getStringValue()).isEqualTo(correct);
            assertThat(decided.get("chosen").get("how").getStringValue()).isEqualTo("ANSWER");
            JsonNode seen = live.play(phone).body().get("view").get("step");
            assertThat(seen.get("feedbackHtml").isNull()).isFalse();
            assertThat(seen.get("recommendedOptionIds").get(0).getStringValue()).isEqualTo(correct);
            view = live.acted(facilitator, session.id(), "next", step);
        }
        assertThat(view.get("status").getStringValue()).isEqualTo("DEBRIEF");
        assertThat(view.get("debrief").get("followedRecommended").getIntValue()).isEqualTo(total);
    }

    @Test
    void optionsAreShuffledTheSameWayForEveryone() {
        Running session = running("check", checkId, 1);
        List<String> facilitatorOrder = LiveClient.optionIds(view(session.id()));
        List<String> participantOrder =
                LiveClient.optionIds(live.play(session.phones().get(0)).body().get("view"));
        assertThat(participantOrder).isEqualTo(facilitatorOrder);
        assertThat(LiveClient.optionIds(view(session.id()))).isEqualTo(facilitatorOrder);
    }

    @Test
    void aRemovedParticipantStopsCountingAndIsRefused() {
        Running session = running("case", caseId, 2);
        Phone removed = session.phones().get(0);
        String option = LiveClient.optionIds(view(session.id())).get(0);
        live.vote(removed, UUID.randomUUID(), 0, option);
        String path = "/api/live/sessions/" + session.id() + "/participants/" + removed.participantId() + "/remove";
        assertThat(api.post(path, Map.of(), facilitator).status()).isEqualTo(204);
        assertThat(api.post(path, Map.of(), facilitator).status()).isEqualTo(204);
        JsonNode view = view(session.id());
        assertThat(view.get("participants").getIntValue()).isEqualTo(1);
        assertThat(view.get("step").get("votes").getIntValue()).isZero();
        Api.Response refused = live.play(removed);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").getStringValue()).contains("removed");
        assertThat(live.vote(removed, UUID.randomUUID(), 0, option).status()).isEqualTo(403);
        assertThat(live.join(session.code(), "Back again", removed.cookie()).status())
                .isEqualTo(403);
    }

    @Test
    void aParticipantCookieOpensOnlyItsOwnSession() {
        Running one = running("case", caseId, 1);
        Running other = running("case", caseId, 0);
        Phone phone = one.phones().get(0);
        Phone elsewhere = new Phone(other.id(), phone.participantId(), phone.cookie(), null);
        assertThat(live.play(elsewhere).status()).isEqualTo(404);
        String option = LiveClient.optionIds(view(other.id())).get(0);
        assertThat(live.vote(elsewhere, UUID.randomUUID(), 0, option).status()).isEqualTo(404);
        assertThat(api.get("/api/live/play/" + one.id(), null).status()).isEqualTo(404);
    }

    @Test
    void aSignedInParticipantPractisesAndAnAnonymousOneLeavesNoRecord() {
        Running session = running("check", checkId, 1);
        Phone self = live.joinedAsSelf(session.code(), learner);
        JsonNode roster = view(session.id()).get("roster");
        assertThat(roster.get(1).get("signedIn").getBooleanValue()).isTrue();
        Phone again = live.joinedAsSelf(session.code(), learner);
        assertThat(again.participantId()).isEqualTo(self.participantId());
        String correct = view(session.id())
                .get("step")
                .get("recommendedOptionIds")
                .get(0)
                .getStringValue();
        assertThat(live.vote(again, UUID.randomUUID(), 0, correct).status()).isEqualTo(200);
        live.vote(session.phones().get(0), UUID.randomUUID(), 0, correct);
        live.acted(facilitator, session.id(), "reveal", 0);
        live.acted(facilitator, session.id(), "decide", 0);
        JsonNode statements = api.get("/api/xapi/statements", learner).body().get("statements");
        List<JsonNode> live = new ArrayList<>();
        statements.values().forEach(statement -> {
            JsonNode context = statement.get("context");
            if (context != null
                    && session.id().equals(context.get("registration").getStringValue())) {
                live.add(statement);
            }
        });
        assertThat(live).hasSize(1);
        assertThat(live.get(0).get("verb").get("id").getStringValue()).endsWith("answered");
        assertThat(live.get(0).get("result").get("success").getBooleanValue()).isTrue();
        JsonNode extensions = live.get(0).get("context").get("extensions");
        List<String> marks = new ArrayList<>();
        extensions.entries().forEach(entry -> {
            if (entry.getKey().endsWith("/extensions/live-session")) {
                marks.add(entry.getValue().getStringValue());
            }
        });
        assertThat(marks).containsExactly(session.id());
        XapiRules.assertValid(live.get(0));
        JsonNode activities = live.get(0).get("context").get("contextActivities");
        assertThat(activities.get("parent").get(0).get("id").getStringValue())
                .endsWith("/activities/live-sessions/" + session.id());
        assertThat(activities.get("grouping").get(0).get("id").getStringValue())
                .as("the check, or for a refresher item the module")
                .contains("/activities/modules/" + checkId);
        assertThat(api.get("/api/xapi/statements", facilitator)
                        .body()
                        .get("statements")
                        .size())
                .as("the facilitator did not vote")
                .isZero();
    }

    @Test
    void aSignedInParticipantNeedsTheCsrfHeaderToJoinAsThemselves() {
        Running session = running("case", caseId, 0);
        var request = HttpRequest.POST("/api/live/join", Map.of("code", session.code(), "asSelf", true));
        request.header("Cookie", "SIGNAAL_SESSION=" + learner.cookie());
        assertThat(api.send(request, null).status()).isEqualTo(403);
        assertThat(api.post("/api/live/join", Map.of("code", session.code(), "asSelf", true), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void erasingAPersonUnlinksTheirParticipationAndKeepsTheTally() {
        String email = accounts.userNamed(organisationId, "Erik Wissel", Role.LEARNER);
        UUID userId = accounts.id(email);
        Running session = running("check", checkId, 0);
        Phone self = live.joinedAsSelf(session.code(), api.logIn(email, TestAccounts.PASSWORD));
        String correct = view(session.id())
                .get("step")
                .get("recommendedOptionIds")
                .get(0)
                .getStringValue();
        live.vote(self, UUID.randomUUID(), 0, correct);
        LiveSessionsOfPerson.Export export = personalData.exportOf(userId);
        assertThat(export.joined()).hasSize(1);
        assertThat(export.joined().get(0).nickname()).isEqualTo("Erik Wissel");
        assertThat(export.joined().get(0).votes()).hasSize(1);

        personalData.erase(userId, UUID.randomUUID());
        JsonNode after = view(session.id());
        assertThat(after.get("roster").get(0).get("nickname").getStringValue()).doesNotContain("Erik");
        assertThat(after.get("roster").get(0).get("signedIn").getBooleanValue()).isFalse();
        assertThat(after.get("step").get("votes").getIntValue()).isEqualTo(1);
        assertThat(personalData.exportOf(userId).joined()).isEmpty();
    }
}
