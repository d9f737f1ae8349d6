package nl.signaal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.RecommendedPath;
import nl.signaal.certification.CertificateSubject;
import nl.signaal.certification.Certificates;
import nl.signaal.content.Content;
import nl.signaal.content.Localized;
import nl.signaal.content.Scenario;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;
import nl.signaal.refresher.memory.Fsrs;
import nl.signaal.refresher.memory.MemoryHistory;
import nl.signaal.refresher.memory.MemoryState;
import nl.signaal.refresher.memory.Rating;
import nl.signaal.refresher.memory.Review;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Debriefing;
import nl.signaal.simulation.engine.Scene;
import org.junit.jupiter.api.Test;

/**
 * The practice panel against an independent computation from the fixtures (the FSRS curve from the answers given,
 * the month-end rule from the checks passed, the missed choices from the choices made), the privacy floor, filters
 * and access.
 */
@MicronautTest(transactional = false)
class PracticeInsightTest extends DatabaseTest {
    private static final Fsrs FSRS = Fsrs.withDefaultWeights();

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
    LearningRecords records;

    @Inject
    TeamRepository teams;

    @Inject
    TeamMemberRepository teamMembers;

    @Inject
    RefreshMonths refreshMonths;

    @Inject
    Certificates certificates;

    private Api api() {
        return new Api(client, json);
    }

    private Api.Session logIn(String email) {
        return api().logIn(email, TestAccounts.PASSWORD);
    }

    private JsonNode practice(UUID organisation, Api.Session viewer, String query) {
        Api.Response response = api().get("/api/organisations/" + organisation + "/insight/practice" + query, viewer);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body();
    }

    private SignedInUser signedIn(UUID organisation, String email) {
        return new SignedInUser(
                accounts.id(email), organisation, "jeugdhulp", Set.of(Role.LEARNER), "Test", email, "nl");
    }

    private List<String> learners(UUID organisation, int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(accounts.user(organisation, Role.LEARNER));
        }
        return emails;
    }

    private UUID team(UUID organisation, String name, List<String> members) {
        UUID id = UUID.randomUUID();
        teams.save(new Team(id, organisation, name, "jeugdhulp", clock.instant()));
        for (String email : members) {
            teamMembers.save(new TeamMember(UUID.randomUUID(), id, accounts.id(email), clock.instant()));
        }
        return id;
    }

    private void answer(SignedInUser learner, String competency, boolean correct, Instant at) {
        records.record(
                learner,
                new LearningEvent(
                        Verb.ANSWERED,
                        ActivityType.QUESTION,
                        "modules/x/checks/q" + UUID.randomUUID(),
                        "Vraag",
                        null,
                        1,
                        null,
                        new LearningEvent.Outcome(correct ? 1 : 0, 1, correct, true, "a"),
                        "nl",
                        competency),
                UUID.randomUUID(),
                at);
    }

    private void passCheck(SignedInUser learner, TrainingModule module, Instant at) {
        records.record(
                learner,
                new LearningEvent(
                        Verb.PASSED,
                        ActivityType.ASSESSMENT,
                        "modules/" + module.id() + "/check",
                        "Toets",
                        module.id(),
                        1,
                        null,
                        new LearningEvent.Outcome(8, 10, true, true, null),
                        "nl",
                        null),
                UUID.randomUUID(),
                at);
        records.record(
                learner,
                new LearningEvent(
                        Verb.COMPLETED,
                        ActivityType.MODULE,
                        "modules/" + module.id(),
                        "Module",
                        module.id(),
                        1,
                        null,
                        new LearningEvent.Outcome(null, null, null, true, null),
                        "nl",
                        null),
                UUID.randomUUID(),
                at);
    }

    @Test
    void retentionPerCompetencyIsTheMeanRecallOfTheMemoryModelAndHiddenUnderFivePeople() {
        UUID organisation = accounts.organisation("Geheugen " + UUID.randomUUID(), "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        Random random = new Random(16);
        Instant now = clock.instant();
        Map<String, List<Double>> expected = new LinkedHashMap<>();
        List<String> emails = learners(organisation, 6);
        for (int person = 0; person < emails.size(); person++) {
            SignedInUser learner = signedIn(organisation, emails.get(person));
            // signal-recognition: all six; safety: only four people (under the floor)
            List<String> competencies =
                    person < 4 ? List.of("signal-recognition", "safety") : List.of("signal-recognition");
            for (String competency : competencies) {
                List<Review> reviews = new ArrayList<>();
                int answers = 1 + random.nextInt(5);
                for (int i = 0; i < answers; i++) {
                    // whole days and six hours back, some out of order, as demo data written in the past is
                    Instant at =
                            now.minus(Duration.ofDays(1 + random.nextInt(200)).plusHours(6));
                    boolean correct = random.nextInt(3) > 0;
                    answer(learner, competency, correct, at);
                    reviews.add(new Review(at, Rating.forAnswer(correct)));
                }
                MemoryState state = MemoryHistory.replay(FSRS, reviews).orElseThrow();
                expected.computeIfAbsent(competency, c -> new ArrayList<>()).add(FSRS.retrievability(state, now));
            }
        }

        JsonNode competencies =
                practice(organisation, coordinator, "?locale=en").get("competencies");
        Map<String, JsonNode> byId = new HashMap<>();
        competencies.values().forEach(c -> byId.put(c.get("competency").getStringValue(), c));
        JsonNode signals = byId.get("signal-recognition");
        assertThat(signals.get("hidden").getBooleanValue()).isFalse();
        assertThat(signals.get("label").getStringValue()).isEqualTo("Recognising signals");
        double mean = expected.get("signal-recognition").stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        assertThat(signals.get("retention").getDoubleValue()).isCloseTo(mean, within(1e-9));
        JsonNode safety = byId.get("safety");
        assertThat(safety.get("hidden").getBooleanValue()).isTrue();
        assertThat(safety.get("retention").isNull()).isTrue();
        assertThat(byId.get("cooperation").get("hidden").getBooleanValue())
                .as("nobody practised it")
                .isTrue();
    }

    @Test
    void theRefreshRateOfEachMonthIsTheShareThatKeptEveryMandatoryModuleAtItsEnd() {
        UUID organisation = accounts.organisation("Trend " + UUID.randomUUID(), "jeugdhulp");
        String coordinatorEmail = accounts.user(organisation, Role.COORDINATOR);
        Api.Session coordinator = logIn(coordinatorEmail);
        TrainingModule module = content.modules().get(0);
        Map<String, Object> policy = Map.of(
                "targetRetention",
                0.85,
                "maximumIntervalDays",
                180,
                "fullRefreshMonths",
                12,
                "mandatoryModules",
                List.of(module.id()));
        assertThat(api().put("/api/organisations/" + organisation + "/refresher-policy", policy, coordinator)
                        .status())
                .isEqualTo(200);
        Instant now = clock.instant();
        Random random = new Random(49);
        List<String> emails = learners(organisation, 7);
        Map<String, Instant> passedAt = new HashMap<>();
        for (String email : emails.subList(0, 6)) {
            Instant at = now.minus(Duration.ofDays(5 + random.nextInt(300)));
            passCheck(signedIn(organisation, email), module, at);
            passedAt.put(email, at);
        }
        refreshMonths.take(organisation);

        JsonNode months = practice(organisation, coordinator, "").get("refreshRateByMonth");
        assertThat(months.size()).isEqualTo(12);
        YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        for (int i = 0; i < 12; i++) {
            YearMonth month = current.minusMonths(11 - i);
            JsonNode found = months.get(i);
            assertThat(found.get("month").getStringValue()).isEqualTo(month.toString());
            Instant at = i == 11
                    ? clock.instant()
                    : month.atEndOfMonth().atTime(23, 59, 59, 999_999_999).toInstant(ZoneOffset.UTC);
            // everyone registered just now: only the current month has members (the coordinator counts too)
            if (i < 11) {
                assertThat(found.get("hidden").getBooleanValue())
                        .as(month.toString())
                        .isTrue();
                continue;
            }
            long kept = passedAt.values().stream().filter(p -> keptAt(p, at)).count();
            assertThat(found.get("hidden").getBooleanValue()).isFalse();
            assertThat(found.get("rate").getDoubleValue()).isCloseTo(kept / 8.0, within(1e-9));
        }
    }

    @Test
    void closedMonthsCountTheMembersOfThatMonth() {
        UUID organisation = accounts.organisation("Historie " + UUID.randomUUID(), "jeugdhulp");
        String coordinatorEmail = accounts.user(organisation, Role.COORDINATOR);
        Api.Session coordinator = logIn(coordinatorEmail);
        TrainingModule module = content.modules().get(0);
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
                                        List.of(module.id())),
                                coordinator)
                        .status())
                .isEqualTo(200);
        List<String> emails = learners(organisation, 6);
        Instant registered = clock.instant();
        Map<String, Instant> passedAt = new HashMap<>();
        Random random = new Random(7);
        for (String email : emails) {
            Instant at = registered.plus(Duration.ofDays(random.nextInt(60)));
            passCheck(signedIn(organisation, email), module, at);
            passedAt.put(email, at);
        }
        // Four months on, the history of the months since registration is taken.
        clock.advance(Duration.ofDays(122));
        refreshMonths.take(organisation);
        Instant now = clock.instant();
        JsonNode months = practice(organisation, logIn(coordinatorEmail), "").get("refreshRateByMonth");
        YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        int checked = 0;
        for (int i = 0; i < 11; i++) {
            YearMonth month = current.minusMonths(11 - i);
            Instant end = month.atEndOfMonth().atTime(23, 59, 59, 999_999_999).toInstant(ZoneOffset.UTC);
            JsonNode found = months.get(i);
            if (end.isBefore(registered)) {
                assertThat(found.get("hidden").getBooleanValue()).isTrue();
                continue;
            }
            long kept = passedAt.values().stream().filter(p -> keptAt(p, end)).count();
            assertThat(found.get("hidden").getBooleanValue())
                    .as(month.toString())
                    .isFalse();
            assertThat(found.get("rate").getDoubleValue()).as(month.toString()).isCloseTo(kept / 7.0, within(1e-9));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    /**
     * The rule written out for a single passed check (score 0.8, a GOOD rating): stability at least nine days, due
     * when recall reaches the target 0.85 (at most 180 days), lapsed after twelve months; kept = not yet due.
     */
    private static boolean keptAt(Instant passed, Instant at) {
        if (passed.isAfter(at)) {
            return false;
        }
        double stability = Math.max(FSRS.initialStability(Rating.forModuleCheck(true, 0.8)), 9);
        long days =
                Math.min(Math.max(1, Math.round(stability / Fsrs.FACTOR * (Math.pow(0.85, 1 / Fsrs.DECAY) - 1))), 180);
        Instant due = passed.plus(Duration.ofDays(days));
        Instant lapses = passed.atOffset(ZoneOffset.UTC).plusMonths(12).toInstant();
        return at.isBefore(due) && at.isBefore(lapses);
    }

    @Test
    void casesShowHowRunsEndedAndTheDecisionsMostOftenMissedFromFivePeople() {
        UUID organisation = accounts.organisation("Casus " + UUID.randomUUID(), "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        Scenario scenario = content.scenarios().get(0);
        List<String> emails = learners(organisation, 5);
        Map<String, Integer> endings = new HashMap<>();
        Map<String, int[]> decisions = new HashMap<>();
        Random random = new Random(30);
        for (int i = 0; i < emails.size(); i++) {
            String outcome = play(logIn(emails.get(i)), scenario, random, decisions);
            endings.merge(outcome, 1, Integer::sum);
            if (i == 3) {
                JsonNode four = practice(organisation, coordinator, "").get("cases");
                assertThat(four.size()).isEqualTo(1);
                assertThat(four.get(0).get("hidden").getBooleanValue()).isTrue();
                assertThat(four.get(0).get("runs").isNull()).isTrue();
            }
        }

        JsonNode found =
                practice(organisation, coordinator, "?locale=en").get("cases").get(0);
        assertThat(found.get("scenarioId").getStringValue()).isEqualTo(scenario.id());
        assertThat(found.get("title").getStringValue())
                .isEqualTo(scenario.title().in("en").text());
        assertThat(found.get("hidden").getBooleanValue()).isFalse();
        assertThat(found.get("runs").getIntValue()).isEqualTo(5);
        Map<String, Integer> endingsFound = new HashMap<>();
        found.get("endings")
                .values()
                .forEach(e -> endingsFound.put(
                        e.get("outcome").getStringValue(), e.get("count").getIntValue()));
        assertThat(endingsFound).isEqualTo(endings);
        List<Map.Entry<String, int[]>> missed = decisions.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .sorted((a, b) -> b.getValue()[0] != a.getValue()[0]
                        ? b.getValue()[0] - a.getValue()[0]
                        : Double.compare(
                                                b.getValue()[0] / (double) b.getValue()[1],
                                                a.getValue()[0] / (double) a.getValue()[1])
                                        != 0
                                ? Double.compare(
                                        b.getValue()[0] / (double) b.getValue()[1],
                                        a.getValue()[0] / (double) a.getValue()[1])
                                : a.getKey().compareTo(b.getKey()))
                .limit(5)
                .toList();
        JsonNode missedFound = found.get("missedDecisions");
        assertThat(missedFound.size()).isEqualTo(missed.size());
        for (int i = 0; i < missed.size(); i++) {
            assertThat(missedFound.get(i).get("nodeId").getStringValue())
                    .isEqualTo(missed.get(i).getKey());
            assertThat(missedFound.get(i).get("missed").getIntValue())
                    .isEqualTo(missed.get(i).getValue()[0]);
            assertThat(missedFound.get(i).get("of").getIntValue())
                    .isEqualTo(missed.get(i).getValue()[1]);
            assertThat(missedFound.get(i).get("label").getStringValue())
                    .isNotBlank()
                    .doesNotContain("<");
        }
    }

    /** Plays to an ending, choosing at random half the time; counts per scene [below the best, made]. */
    private String play(Api.Session session, Scenario scenario, Random random, Map<String, int[]> decisions) {
        Api api = api();
        Api.Response started = api.post("/api/scenarios/" + scenario.id() + "/runs?locale=en", Map.of(), session);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        JsonNode run = started.body();
        for (int i = 0; i < 200 && "ACTIVE".equals(run.get("status").getStringValue()); i++) {
            JsonNode offered = run.get("scene").get("choices");
            String nodeId = run.get("scene").get("nodeId").getStringValue();
            String choice = random.nextBoolean()
                    ? RecommendedPath.pick(scenario, run)
                    : offered.get(random.nextInt(offered.size())).get("id").getStringValue();
            Scene scene = (Scene) scenario.definition().node(nodeId);
            int best = Debriefing.total(Debriefing.best(scene.choices()));
            Choice chosen = scene.choice(choice).orElseThrow();
            int[] counts = decisions.computeIfAbsent(nodeId, n -> new int[2]);
            counts[0] += Debriefing.total(chosen) < best ? 1 : 0;
            counts[1]++;
            Api.Response made = api.post(
                    "/api/runs/" + run.get("id").getStringValue() + "/choices?locale=en",
                    Map.of("clientChoiceId", UUID.randomUUID().toString(), "choiceId", choice),
                    session);
            assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
            run = made.body().get("run");
        }
        assertThat(run.get("status").getStringValue()).isEqualTo("FINISHED");
        return run.get("outcome").getStringValue();
    }

    @Test
    void liveSessionsOfTheTeamsAttentionOfficersAndTheirParticipants() {
        UUID organisation = accounts.organisation("Live " + UUID.randomUUID(), "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        String officer = accounts.user(organisation, Role.ATTENTION_OFFICER);
        String outsideOfficer = accounts.user(organisation, Role.ATTENTION_OFFICER);
        List<String> members = new ArrayList<>(learners(organisation, 4));
        members.add(officer);
        UUID team = team(organisation, "Ambulant", members);

        facilitate(logIn(officer), 3);
        facilitate(logIn(officer), 1);
        facilitate(logIn(outsideOfficer), 2);

        JsonNode all = practice(organisation, coordinator, "").get("liveSessions");
        assertThat(all.get("held").getIntValue()).isEqualTo(3);
        assertThat(all.get("participants").getIntValue()).isEqualTo(6);
        JsonNode ofTeam = practice(organisation, coordinator, "?team=" + team).get("liveSessions");
        assertThat(ofTeam.get("held").getIntValue()).isEqualTo(2);
        assertThat(ofTeam.get("hidden").getBooleanValue())
                .as("four participants")
                .isTrue();
        assertThat(ofTeam.get("participants").isNull()).isTrue();
    }

    private void facilitate(Api.Session facilitator, int participants) {
        Api api = api();
        Api.Response opened = api.post(
                "/api/live/sessions",
                Map.of("kind", "case", "activityId", content.scenarios().get(0).id(), "locale", "en"),
                facilitator);
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String id = opened.text("sessionId");
        String code = opened.text("code");
        for (int i = 0; i < participants; i++) {
            Api.Response joined = api.post("/api/live/join", Map.of("code", code, "nickname", "P" + i), null);
            assertThat(joined.status()).as(joined.raw().body()).isEqualTo(200);
        }
        for (String action : List.of("start", "end")) {
            Api.Response acted =
                    api.post("/api/live/sessions/" + id + "/actions", Map.of("action", action), facilitator);
            assertThat(acted.status()).as(action + ": " + acted.raw().body()).isEqualTo(200);
        }
    }

    @Test
    void certificatesExpiringWithinNinetyDaysOfValidUnrevokedHolders() {
        UUID organisation = accounts.organisation("Certificaten " + UUID.randomUUID(), "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        List<String> emails = learners(organisation, 5);
        Instant now = clock.instant();
        int[] daysLeft = {10, 60, 89, 91, 200};
        for (int i = 0; i < emails.size(); i++) {
            certificates.issue(
                    accounts.id(emails.get(i)),
                    new CertificateSubject(
                            CertificateSubject.Kind.TRACK,
                            "track-" + i,
                            1,
                            new Localized(Map.of("nl", "Leerlijn")),
                            60),
                    now.minus(Duration.ofDays(300)),
                    now.plus(Duration.ofDays(daysLeft[i])));
        }
        JsonNode found = practice(organisation, coordinator, "").get("certificatesExpiring");
        assertThat(found.get("hidden").getBooleanValue()).isFalse();
        assertThat(found.get("within90Days").getIntValue()).isEqualTo(3);
    }

    @Test
    void webinarAttendanceOfPeopleInScope() {
        UUID organisation = accounts.organisation("Webinar " + UUID.randomUUID(), "jeugdhulp");
        String coordinatorEmail = accounts.user(organisation, Role.COORDINATOR);
        String organiserEmail = accounts.user(organisation, Role.TRAINER);
        Api.Session organiser = logIn(organiserEmail);
        Api api = api();
        Instant starts = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("nl", "Signalen", "en", "Signals"));
        body.put("description", Map.of("nl", "Een uur.", "en", "An hour."));
        body.put("language", "nl");
        body.put("targetGroups", List.of());
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plus(Duration.ofHours(1)).toString());
        body.put("mode", "ONLINE");
        body.put("meetingUrl", "https://meet.example.org/signalen");
        body.put("capacity", 20);
        body.put("audience", List.of());
        body.put("activities", List.of());
        body.put("materials", List.of());
        body.put("studyMinutes", 60);
        Api.Response created = api.post("/api/webinars", body, organiser);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String webinar = created.text("id");
        List<Api.Session> people = new ArrayList<>();
        for (String email : learners(organisation, 6)) {
            Api.Session session = logIn(email);
            assertThat(api.post("/api/webinars/" + webinar + "/registration", Map.of(), session)
                            .status())
                    .isEqualTo(200);
            people.add(session);
        }
        clock.advance(Duration.ofDays(10).plusMinutes(10));
        organiser = logIn(organiserEmail); // the sessions of ten days ago have expired
        Api.Response code = api.post("/api/webinars/" + webinar + "/checkin-code", Map.of(), organiser);
        assertThat(code.status()).as(code.raw().body()).isEqualTo(200);
        for (Api.Session session : people.subList(0, 4)) {
            Api.Response checkedIn =
                    api.post("/api/webinars/" + webinar + "/check-in", Map.of("code", code.text("code")), session);
            assertThat(checkedIn.status()).as(checkedIn.raw().body()).isEqualTo(200);
        }
        clock.advance(Duration.ofHours(2));

        JsonNode found = practice(organisation, logIn(coordinatorEmail), "").get("webinars");
        assertThat(found.get("hidden").getBooleanValue()).isFalse();
        assertThat(found.get("registered").getIntValue()).isEqualTo(6);
        assertThat(found.get("attended").getIntValue()).isEqualTo(4);
        assertThat(found.get("noShow").getIntValue()).isEqualTo(2);
    }

    @Test
    void fourPeopleAreHiddenFiveAreShownAndFiltersNarrowTheScope() {
        UUID organisation = accounts.organisation("Vloer " + UUID.randomUUID(), "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        List<String> emails = learners(organisation, 5);
        Instant now = clock.instant();
        for (String email : emails) {
            answer(signedIn(organisation, email), "cooperation", true, now.minus(Duration.ofDays(3)));
        }
        UUID four = team(organisation, "Vier", emails.subList(0, 4));
        UUID five = team(organisation, "Vijf", emails);

        JsonNode hidden = practice(organisation, coordinator, "?team=" + four);
        assertThat(retention(hidden, "cooperation").get("hidden").getBooleanValue())
                .isTrue();
        assertThat(retention(hidden, "cooperation").get("retention").isNull()).isTrue();
        assertThat(hidden.get("refreshRateByMonth").get(11).get("hidden").getBooleanValue())
                .isTrue();
        assertThat(hidden.get("certificatesExpiring").get("within90Days").isNull())
                .isTrue();
        assertThat(hidden.get("webinars").get("registered").isNull()).isTrue();

        JsonNode shown = practice(organisation, coordinator, "?team=" + five);
        assertThat(retention(shown, "cooperation").get("hidden").getBooleanValue())
                .isFalse();
        assertThat(retention(shown, "cooperation").get("retention").getDoubleValue())
                .isCloseTo(Fsrs.forgettingCurve(3, FSRS.initialStability(Rating.forAnswer(true))), within(1e-9));
        assertThat(shown.get("refreshRateByMonth").get(11).get("hidden").getBooleanValue())
                .isFalse();
        assertThat(shown.get("certificatesExpiring").get("within90Days").getIntValue())
                .isZero();

        JsonNode learnersOnly = practice(organisation, coordinator, "?role=LEARNER");
        assertThat(retention(learnersOnly, "cooperation").get("hidden").getBooleanValue())
                .isFalse();
        JsonNode officersOnly = practice(organisation, coordinator, "?role=ATTENTION_OFFICER");
        assertThat(retention(officersOnly, "cooperation").get("hidden").getBooleanValue())
                .isTrue();
        JsonNode otherSector = practice(organisation, coordinator, "?sector=onderwijs");
        assertThat(retention(otherSector, "cooperation").get("hidden").getBooleanValue())
                .isTrue();
        JsonNode sector = practice(organisation, coordinator, "?sector=jeugdhulp");
        assertThat(retention(sector, "cooperation").get("hidden").getBooleanValue())
                .isFalse();
    }

    private static JsonNode retention(JsonNode practice, String competency) {
        for (JsonNode found : practice.get("competencies").values()) {
            if (found.get("competency").getStringValue().equals(competency)) {
                return found;
            }
        }
        throw new AssertionError("no " + competency);
    }

    @Test
    void onlyCoordinatorsAndAdminsOfTheOrganisationSeeIt() {
        UUID organisation = accounts.organisation("Toegang " + UUID.randomUUID(), "jeugdhulp");
        UUID other = accounts.organisation("Ander " + UUID.randomUUID(), "jeugdhulp");
        UUID otherTeam = team(other, "Elders", List.of());
        String path = "/api/organisations/" + organisation + "/insight/practice";
        assertThat(api().get(path, logIn(accounts.user(organisation, Role.ADMIN)))
                        .status())
                .isEqualTo(200);
        assertThat(api().get(path, logIn(accounts.user(organisation, Role.ATTENTION_OFFICER)))
                        .status())
                .isEqualTo(403);
        assertThat(api().get(path, logIn(accounts.user(other, Role.COORDINATOR)))
                        .status())
                .isEqualTo(403);
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        assertThat(api().get(path + "?team=" + otherTeam, coordinator).status()).isEqualTo(404);
        assertThat(api().get(path + "?role=KING", coordinator).status()).isEqualTo(400);
    }
}
