package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.Track;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Outcome;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;
import nl.signaal.progress.Practice;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's status numbers (insight, read from the projections in SQL) equal an independent computation from
 * the learning records: per learner and module the status the refresher pages derive from all their records
 * ({@link Memories}), whether any record about the module exists, for random learners, times and policies.
 */
@MicronautTest(transactional = false)
class InsightStatusAgreesWithRecordsTest extends DatabaseTest {
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
    Practice practice;

    @Inject
    Policies policies;

    @Inject
    LearningRecords records;

    @Inject
    KeepingModuleMemory keepingMemory;

    @Inject
    DataSource dataSource;

    private final Set<String> seen = new HashSet<>();

    private static final List<String> STATUSES =
            List.of("NOT_STARTED", "IN_PROGRESS", "CURRENT", "DUE_SOON", "OVERDUE", "LAPSED");

    @Test
    void theDashboardCountsWhatTheRecordsSayForRandomLearnersTimesAndPolicies() throws Exception {
        for (long seed : List.of(16L, 1607L, 20261207L)) {
            checkWithSeed(seed);
        }
        assertThat(seen).as("the fixtures reach every status").containsExactlyInAnyOrderElementsOf(STATUSES);
    }

    private void checkWithSeed(long seed) throws Exception {
        Random random = new Random(seed);
        UUID organisation = accounts.organisation("Inzicht " + seed, "jeugdhulp");
        String coordinatorEmail = accounts.user(organisation, Role.COORDINATOR);
        List<TrainingModule> modules = content.modules().subList(0, 3);
        List<String> mandatory = List.of(modules.get(0).id(), modules.get(1).id());
        policies.save(organisation, randomPolicy(random, mandatory), accounts.id(coordinatorEmail));

        List<UUID> people = new ArrayList<>(List.of(accounts.id(coordinatorEmail)));
        Instant start = clock.instant();
        for (int i = 0; i < 14; i++) {
            String email = accounts.userNamed(organisation, "Leerling " + seed + "-" + i, Role.LEARNER);
            SignedInUser learner = new SignedInUser(
                    accounts.id(email), organisation, "jeugdhulp", Set.of(Role.LEARNER), "L", email, "nl");
            people.add(learner.id());
            for (TrainingModule module : modules) {
                practise(random, learner, module, start);
            }
        }

        Api api = new Api(client, json);
        compare(api, organisation, coordinatorEmail, people, "at first");
        clock.advance(Duration.ofDays(random.nextInt(120)).plusHours(random.nextInt(24)));
        compare(api, organisation, coordinatorEmail, people, "later, without new records");
        policies.save(organisation, randomPolicy(random, mandatory), accounts.id(coordinatorEmail));
        compare(api, organisation, coordinatorEmail, people, "after a policy change");

        // Rows written before the moments were kept are filled at start with the same moments.
        execute(
                "UPDATE module_memory SET due_at = NULL, overdue_at = NULL, lapses_at = NULL WHERE organisation_id = ?",
                organisation);
        keepingMemory.onStartup(null);
        compare(api, organisation, coordinatorEmail, people, "after filling the moments at start");
    }

    /** Nothing, a lesson viewed, or one to four check results at random past times (the first pass completes). */
    private void practise(Random random, SignedInUser learner, TrainingModule module, Instant start) {
        int kind = random.nextInt(8);
        if (kind == 0) {
            return;
        }
        Instant at = start.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 500)));
        if (kind == 1) {
            records.record(
                    learner,
                    new LearningEvent(
                            Verb.EXPERIENCED,
                            ActivityType.LESSON,
                            "modules/" + module.id() + "/lessons/"
                                    + module.lessons().get(0).id(),
                            "les",
                            module.id(),
                            module.version(),
                            null,
                            null,
                            "nl"),
                    UUID.randomUUID(),
                    at);
            return;
        }
        boolean completed = false;
        List<Instant> times = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            times.add(start.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 500))));
        }
        // In time order, as a learner does them; the projections must not depend on it, so half go in shuffled.
        if (random.nextBoolean()) {
            times.sort(null);
        }
        for (Instant when : times) {
            int right = random.nextInt(11);
            boolean passed = right >= 7;
            UUID attempt = UUID.randomUUID();
            Outcome overall = new Outcome(right, 10, passed, true, null);
            String path = "modules/" + module.id() + "/check";
            records.record(
                    learner,
                    new LearningEvent(
                            passed ? Verb.PASSED : Verb.FAILED,
                            ActivityType.ASSESSMENT,
                            path,
                            "toets",
                            module.id(),
                            module.version(),
                            attempt,
                            overall,
                            "nl"),
                    UUID.randomUUID(),
                    when);
            if (passed && !completed) {
                completed = true;
                records.record(
                        learner,
                        new LearningEvent(
                                Verb.COMPLETED,
                                ActivityType.MODULE,
                                "modules/" + module.id(),
                                "module",
                                module.id(),
                                module.version(),
                                attempt,
                                overall,
                                "nl"),
                        UUID.randomUUID(),
                        when);
            }
        }
    }

    private static Policy randomPolicy(Random random, List<String> mandatory) {
        return new Policy(
                0.75 + random.nextDouble() * 0.2, 30 + random.nextInt(300), 3 + random.nextInt(12), mandatory);
    }

    private void compare(Api api, UUID organisation, String coordinatorEmail, List<UUID> people, String when)
            throws SQLException {
        Api.Session coordinator = api.logIn(coordinatorEmail, TestAccounts.PASSWORD);
        Policy policy = policies.of(organisation);
        Instant now = clock.instant();
        Map<String, Map<String, Long>> expected = new LinkedHashMap<>();
        long kept = 0;
        for (String module : policy.mandatoryModules()) {
            expected.put(module, new TreeMap<>());
        }
        for (UUID person : people) {
            Memories.LearnerMemory memory = Memories.of(practice.of(person), policy.mandatoryModules(), policy, now);
            boolean keepsAll = true;
            for (Memories.ModuleMemory module : memory.modules()) {
                String status = module.status() == ModuleStatus.NOT_COMPLETED
                        ? (recordsAbout(person, List.of(module.moduleId())) > 0 ? "IN_PROGRESS" : "NOT_STARTED")
                        : module.status().name();
                expected.get(module.moduleId()).merge(status, 1L, Long::sum);
                seen.add(status);
                keepsAll &= module.status().kept();
            }
            kept += keepsAll ? 1 : 0;
        }

        JsonNode body = api.get("/api/organisations/" + organisation + "/insight/status", coordinator)
                .body();
        assertThat(body.get("scope").get("people").getLongValue()).isEqualTo(people.size());
        assertThat(body.get("scope").get("hidden").getBooleanValue()).isFalse();
        assertThat(body.get("setupNeeded").getBooleanValue()).isFalse();
        Map<String, Map<String, Long>> actual = new LinkedHashMap<>();
        for (JsonNode module : body.get("modules").values()) {
            Map<String, Long> counts = new TreeMap<>();
            JsonNode node = module.get("counts");
            for (String status : STATUSES) {
                long n = node.get(camel(status)).getLongValue();
                if (n > 0) {
                    counts.put(status, n);
                }
            }
            actual.put(module.get("moduleId").getStringValue(), counts);
        }
        assertThat(actual).as(when).isEqualTo(expected);
        assertThat(body.get("refreshRate").getDoubleValue())
                .as(when + ": refresh rate")
                .isEqualTo(kept / (double) people.size());

        for (JsonNode track : body.get("tracks").values()) {
            Track shipped = content.track(track.get("trackId").getStringValue()).orElseThrow();
            long started = 0;
            for (UUID person : people) {
                started += recordsAbout(person, shipped.allModules()) > 0 ? 1 : 0;
            }
            JsonNode counts = track.get("counts");
            assertThat(List.of(
                            counts.get("notStarted").getLongValue(),
                            counts.get("inProgress").getLongValue(),
                            counts.get("completed").getLongValue()))
                    .as(when + ": track " + shipped.id() + " (no certificates issued here)")
                    .isEqualTo(List.of(people.size() - started, started, 0L));
        }
    }

    private long recordsAbout(UUID person, List<String> modules) throws SQLException {
        if (modules.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM learning_record WHERE user_id = ? AND module_id IN ("
                                + String.join(", ", java.util.Collections.nCopies(modules.size(), "?")) + ")")) {
            statement.setObject(1, person);
            for (int i = 0; i < modules.size(); i++) {
                statement.setString(i + 2, modules.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void execute(String sql, UUID organisation) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, organisation);
            statement.executeUpdate();
        }
    }

    private static String camel(String status) {
        String[] words = status.toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
