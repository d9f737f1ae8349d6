package nl.signaal.insight;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.content.Competencies;
import nl.signaal.content.Scenario;
import nl.signaal.insight.PracticeView.CaseView;
import nl.signaal.insight.PracticeView.CertificatesExpiring;
import nl.signaal.insight.PracticeView.CompetencyRetention;
import nl.signaal.insight.PracticeView.Ending;
import nl.signaal.insight.PracticeView.LiveSessions;
import nl.signaal.insight.PracticeView.MissedDecision;
import nl.signaal.insight.PracticeView.MonthRate;
import nl.signaal.insight.PracticeView.Webinars;
import nl.signaal.refresher.OrganisationPolicy;
import nl.signaal.refresher.RefreshStanding;
import nl.signaal.refresher.RefresherPolicies;
import nl.signaal.refresher.memory.Fsrs;
import nl.signaal.refresher.memory.MemoryState;
import nl.signaal.simulation.ScenarioCatalogue;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Debriefing;
import nl.signaal.simulation.engine.Scene;

/**
 * Computes the practice panel from projections and narrow columns only (never learning-record JSON): refresh_month
 * and module_memory for the trend, competency_memory for retention, simulation_run/step for cases, and the live,
 * webinar and certificate tables. Every aggregate passes {@link PrivacyFloor}. Decision 0049.
 */
@Singleton
class PracticeInsight {
    static final Duration YEAR = Duration.ofDays(365);
    static final Duration CERTIFICATE_WINDOW = Duration.ofDays(90);
    static final int TOP_MISSED = 5;
    private static final int LABEL_LENGTH = 100;

    private final InsightSql sql;
    private final RefresherPolicies policies;
    private final ScenarioCatalogue scenarios;
    private final Clock clock;

    PracticeInsight(InsightSql sql, RefresherPolicies policies, ScenarioCatalogue scenarios, Clock clock) {
        this.sql = sql;
        this.policies = policies;
        this.scenarios = scenarios;
        this.clock = clock;
    }

    PracticeView of(InsightScope scope, String locale) {
        Instant now = clock.instant();
        int people = count(scope.people());
        return new PracticeView(
                refreshRateByMonth(scope, people, now),
                competencies(scope, locale, now),
                cases(scope, locale),
                liveSessions(scope, now),
                webinars(scope, now),
                certificates(scope, people, now));
    }

    /** Eleven closed months from refresh_month, then the current month live from module_memory. */
    List<MonthRate> refreshRateByMonth(InsightScope scope, int people, Instant now) {
        OrganisationPolicy policy = policies.of(scope.organisationId());
        boolean nothingMandatory = policy.mandatoryModules().isEmpty();
        List<YearMonth> closed = RefreshMonths.closedMonths(now);
        List<Object> before = new ArrayList<>();
        before.add(scope.organisationId());
        before.addAll(closed.stream().map(YearMonth::toString).toList());
        String months = closed.stream().map(m -> "?").collect(Collectors.joining(", "));
        Map<String, long[]> byMonth = new HashMap<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT r.kept_month, COUNT(*) AS people,"
                                        + " SUM(CASE WHEN r.kept THEN 1 ELSE 0 END) AS kept"
                                        + " FROM refresh_month r WHERE r.organisation_id = ? AND r.kept_month IN ("
                                        + months + ") AND r.user_id IN (",
                                before,
                                ") GROUP BY r.kept_month",
                                List.of()),
                row -> byMonth.put(
                        row.getString("kept_month"), new long[] {row.getLong("people"), row.getLong("kept")}));
        List<MonthRate> rates = new ArrayList<>();
        for (YearMonth month : closed) {
            long[] counts = byMonth.getOrDefault(month.toString(), new long[] {0, 0});
            rates.add(rate(month, counts[0], counts[1], nothingMandatory));
        }
        YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        rates.add(rate(current, people, nothingMandatory ? 0 : keptNow(scope, policy, now), nothingMandatory));
        return rates;
    }

    private static MonthRate rate(YearMonth month, long people, long kept, boolean nothingMandatory) {
        if (!PrivacyFloor.shows(people)) {
            return new MonthRate(month.toString(), null, true);
        }
        return new MonthRate(month.toString(), nothingMandatory ? null : kept / (double) people, false);
    }

    /** The people in scope who keep every mandatory module current or due soon now, judged per kept module state. */
    private long keptNow(InsightScope scope, OrganisationPolicy policy, Instant now) {
        List<String> mandatory = policy.mandatoryModules();
        List<Object> before = new ArrayList<>();
        before.add(scope.organisationId());
        before.addAll(mandatory);
        String modules = mandatory.stream().map(m -> "?").collect(Collectors.joining(", "));
        Map<UUID, Integer> keptModules = new HashMap<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT m.user_id, m.stability, m.difficulty, m.last_review FROM module_memory m"
                                        + " WHERE m.organisation_id = ? AND m.module_id IN (" + modules
                                        + ") AND m.user_id IN (",
                                before,
                                ")",
                                List.of()),
                row -> {
                    MemoryState state = new MemoryState(
                            row.getDouble("stability"),
                            row.getDouble("difficulty"),
                            InsightSql.instant(row, "last_review"));
                    if (RefreshStanding.kept(state, policy, now)) {
                        keptModules.merge(row.getObject("user_id", UUID.class), 1, Integer::sum);
                    }
                    return null;
                });
        return keptModules.values().stream()
                .filter(kept -> kept == mandatory.size())
                .count();
    }

    /**
     * Per competency the mean retrievability now over the people in scope with a memory of it: the FSRS forgetting
     * curve (1 + FACTOR * t / S)^DECAY with t the whole days since the last review, in SQL.
     */
    List<CompetencyRetention> competencies(InsightScope scope, String locale, Instant now) {
        Map<String, double[]> found = new LinkedHashMap<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT c.competency, COUNT(*) AS people, AVG(POWER(1 + ? * GREATEST(0,"
                                        + " (? - c.last_review_second) / 86400) / c.stability, ?)) AS retention"
                                        + " FROM competency_memory c WHERE c.organisation_id = ? AND c.user_id IN (",
                                List.of(Fsrs.FACTOR, now.getEpochSecond(), Fsrs.DECAY, scope.organisationId()),
                                ") GROUP BY c.competency",
                                List.of()),
                row -> found.put(
                        row.getString("competency"), new double[] {row.getLong("people"), row.getDouble("retention")}));
        List<String> competencies = new ArrayList<>(Competencies.ALL);
        found.keySet().stream().filter(c -> !competencies.contains(c)).sorted().forEach(competencies::add);
        List<CompetencyRetention> retention = new ArrayList<>();
        for (String competency : competencies) {
            double[] numbers = found.getOrDefault(competency, new double[] {0, 0});
            boolean shows = PrivacyFloor.shows((long) numbers[0]);
            retention.add(new CompetencyRetention(
                    competency, CompetencyLabels.of(competency, locale), shows ? numbers[1] : null, !shows));
        }
        return retention;
    }

    /**
     * Per scenario with finished runs in scope: how the runs ended and the five decisions most often missed. A
     * decision is missed when the choice taken scores fewer points in total than the scene's best choice (the
     * recommended one, else the highest scoring), the rule the debrief names mistakes by (decision 0030); judged on
     * the scene as authored, without the conditions that may hide a choice in a particular run. Steps a replay copied
     * from an earlier run count once, in that run.
     */
    List<CaseView> cases(InsightScope scope, String locale) {
        String finished =
                " FROM simulation_run r WHERE r.organisation_id = ? AND r.status = 'FINISHED'" + " AND r.user_id IN (";
        Map<String, Long> peopleByScenario = new LinkedHashMap<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT r.scenario_id, COUNT(DISTINCT r.user_id) AS people, COUNT(*) AS runs"
                                        + finished,
                                List.of(scope.organisationId()),
                                ") GROUP BY r.scenario_id",
                                List.of()),
                row -> peopleByScenario.put(row.getString("scenario_id"), row.getLong("people")));
        Map<String, Map<String, Integer>> endings = new HashMap<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT r.scenario_id, r.outcome, COUNT(*) AS runs" + finished,
                                List.of(scope.organisationId()),
                                ") GROUP BY r.scenario_id, r.outcome",
                                List.of()),
                row -> endings.computeIfAbsent(row.getString("scenario_id"), s -> new HashMap<>())
                        .put(String.valueOf(row.getString("outcome")), row.getInt("runs")));
        Map<String, Map<String, Map<String, Integer>>> choices = new HashMap<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT r.scenario_id, s.node_id, s.choice_id, COUNT(*) AS times"
                                        + " FROM simulation_step s JOIN simulation_run r ON r.id = s.run_id"
                                        + " WHERE r.organisation_id = ? AND r.status = 'FINISHED'"
                                        + " AND s.copied = FALSE AND r.user_id IN (",
                                List.of(scope.organisationId()),
                                ") GROUP BY r.scenario_id, s.node_id, s.choice_id",
                                List.of()),
                row -> choices.computeIfAbsent(row.getString("scenario_id"), s -> new HashMap<>())
                        .computeIfAbsent(row.getString("node_id"), n -> new HashMap<>())
                        .put(row.getString("choice_id"), row.getInt("times")));
        List<CaseView> cases = new ArrayList<>();
        for (Map.Entry<String, Long> entry : peopleByScenario.entrySet()) {
            String scenarioId = entry.getKey();
            Optional<Scenario> scenario =
                    scenarios.findIn(scenarioId, scope.organisationId()).or(() -> scenarios.any(scenarioId));
            String title = scenario.map(s -> s.title().in(locale).text()).orElse(scenarioId);
            if (!PrivacyFloor.shows(entry.getValue())) {
                cases.add(new CaseView(scenarioId, title, true, null, List.of(), List.of()));
                continue;
            }
            Map<String, Integer> ended = endings.getOrDefault(scenarioId, Map.of());
            List<Ending> endingList = ended.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new Ending(e.getKey(), e.getValue()))
                    .toList();
            int runs = ended.values().stream().mapToInt(Integer::intValue).sum();
            List<MissedDecision> missed = scenario.map(
                            s -> missed(s, choices.getOrDefault(scenarioId, Map.of()), locale))
                    .orElse(List.of());
            cases.add(new CaseView(scenarioId, title, false, runs, endingList, missed));
        }
        cases.sort(Comparator.comparing(CaseView::title));
        return cases;
    }

    private static List<MissedDecision> missed(
            Scenario scenario, Map<String, Map<String, Integer>> byNode, String locale) {
        List<MissedDecision> missed = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> node : byNode.entrySet()) {
            if (!(scenario.definition().nodes().get(node.getKey()) instanceof Scene scene)
                    || scene.choices().isEmpty()) {
                continue; // a node the current version no longer has: nothing to judge it by
            }
            int best = Debriefing.total(Debriefing.best(scene.choices()));
            Set<String> belowBest = scene.choices().stream()
                    .filter(choice -> Debriefing.total(choice) < best)
                    .map(Choice::id)
                    .collect(Collectors.toSet());
            int of = node.getValue().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            int wrong = node.getValue().entrySet().stream()
                    .filter(e -> belowBest.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue)
                    .sum();
            if (wrong > 0) {
                missed.add(new MissedDecision(node.getKey(), label(scenario, node.getKey(), locale), wrong, of));
            }
        }
        missed.sort(Comparator.comparingInt(MissedDecision::missed)
                .reversed()
                .thenComparing(Comparator.comparingDouble((MissedDecision m) -> m.missed() / (double) m.of())
                        .reversed())
                .thenComparing(MissedDecision::nodeId));
        return missed.size() > TOP_MISSED ? List.copyOf(missed.subList(0, TOP_MISSED)) : missed;
    }

    /** A scene's label: the start of its text as plain words, in the viewer's language. */
    static String label(Scenario scenario, String nodeId, String locale) {
        var html = scenario.nodeHtml().get(nodeId);
        if (html == null) {
            return nodeId;
        }
        String text = html.in(locale)
                .text()
                .replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.length() <= LABEL_LENGTH) {
            return text.isEmpty() ? nodeId : text;
        }
        int cut = text.lastIndexOf(' ', LABEL_LENGTH);
        return text.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH) + "…";
    }

    /**
     * Live sessions started in the last twelve months by attention officers in scope, and how many took part (a
     * signed-in participant once, however often they joined; a guest per join).
     */
    LiveSessions liveSessions(InsightScope scope, Instant now) {
        SqlPart officers = scope.people().then(" AND (',' || u.roles || ',') LIKE ?", "%,ATTENTION_OFFICER,%");
        Instant since = now.minus(YEAR);
        int held = sql.query(
                        officers.within(
                                "SELECT COUNT(*) AS held FROM live_session s WHERE s.organisation_id = ?"
                                        + " AND s.started_at >= ? AND s.facilitator_id IN (",
                                List.of(scope.organisationId(), since),
                                ")",
                                List.of()),
                        row -> row.getInt("held"))
                .get(0);
        int participants = sql.query(
                        officers.within(
                                "SELECT COUNT(DISTINCT p.user_id) AS people,"
                                        + " SUM(CASE WHEN p.user_id IS NULL THEN 1 ELSE 0 END) AS guests"
                                        + " FROM live_participant p JOIN live_session s ON s.id = p.session_id"
                                        + " WHERE p.removed_at IS NULL AND s.organisation_id = ?"
                                        + " AND s.started_at >= ? AND s.facilitator_id IN (",
                                List.of(scope.organisationId(), since),
                                ")",
                                List.of()),
                        row -> row.getInt("people") + row.getInt("guests"))
                .get(0);
        boolean shows = PrivacyFloor.shows(participants);
        return new LiveSessions(held, shows ? participants : null, !shows);
    }

    /**
     * Registrations of people in scope for webinars that ended in the last twelve months (not cancelled): attended as
     * recorded (check-in, live session or organiser), no-show the rest.
     */
    Webinars webinars(InsightScope scope, Instant now) {
        List<int[]> counts = sql.query(
                scope.people()
                        .within(
                                "SELECT COUNT(*) AS registered, COUNT(DISTINCT r.user_id) AS people,"
                                        + " SUM(CASE WHEN r.attended = TRUE THEN 1 ELSE 0 END) AS attended"
                                        + " FROM webinar_registration r JOIN webinar w ON w.id = r.webinar_id"
                                        + " WHERE r.organisation_id = ? AND r.status = 'REGISTERED'"
                                        + " AND w.cancelled_at IS NULL AND w.ends_at >= ? AND w.ends_at <= ?"
                                        + " AND r.user_id IN (",
                                List.of(scope.organisationId(), now.minus(YEAR), now),
                                ")",
                                List.of()),
                row -> new int[] {row.getInt("registered"), row.getInt("people"), row.getInt("attended")});
        int[] found = counts.get(0);
        if (!PrivacyFloor.shows(found[1])) {
            return new Webinars(null, null, null, true);
        }
        return new Webinars(found[0], found[2], found[0] - found[2], false);
    }

    /** Valid certificates of people in scope that expire within 90 days; hidden when the scope is under the floor. */
    CertificatesExpiring certificates(InsightScope scope, int people, Instant now) {
        if (!PrivacyFloor.shows(people)) {
            return new CertificatesExpiring(null, true);
        }
        int expiring = sql.query(
                        scope.people()
                                .within(
                                        "SELECT COUNT(*) AS expiring FROM certificate c WHERE c.organisation_id = ?"
                                                + " AND c.revoked_at IS NULL AND c.valid_until > ?"
                                                + " AND c.valid_until <= ? AND c.user_id IN (",
                                        List.of(scope.organisationId(), now, now.plus(CERTIFICATE_WINDOW)),
                                        ")",
                                        List.of()),
                        row -> row.getInt("expiring"))
                .get(0);
        return new CertificatesExpiring(expiring, false);
    }

    private int count(SqlPart people) {
        return sql.query(
                        people.within("SELECT COUNT(*) AS people FROM (", List.of(), ") p", List.of()),
                        row -> row.getInt("people"))
                .get(0);
    }
}
