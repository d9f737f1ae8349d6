package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import nl.signaal.progress.Practice;
import nl.signaal.refresher.reminder.TestOutbox;
import org.junit.jupiter.api.Test;

/**
 * The planner week by week over 18 months of moved clock, checked against the statuses the pages derive from the
 * learning records: a reminder in a week exactly when a mandatory module is due soon, overdue or lapsed, never two in
 * one week, and a policy change half-way takes effect at once.
 */
@MicronautTest(transactional = false)
class SchedulerOverMonthsTest extends DatabaseTest {
    private static final Set<ModuleStatus> REMIND =
            EnumSet.of(ModuleStatus.DUE_SOON, ModuleStatus.OVERDUE, ModuleStatus.LAPSED);
    private static final int WEEKS = 78;

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
    TestOutbox outbox;

    @Inject
    Practice practice;

    @Inject
    Policies policies;

    @Test
    void remindsExactlyInTheWeeksAModuleIsDueForEighteenMonths() {
        UUID organisation = accounts.organisation("Achttien maanden", "jeugdhulp");
        TrainingModule module = content.modules().get(0);
        Api api = new Api(client, json);
        Api.Session coordinator = api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
        api.put(
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
                coordinator);
        String forgetter = accounts.userNamed(organisation, "Vergeet", Role.LEARNER);
        String refresher = accounts.userNamed(organisation, "Ververs", Role.LEARNER);
        String never = accounts.userNamed(organisation, "Nooit begonnen", Role.LEARNER);
        CheckAnswers.submit(api, module, true, api.logIn(forgetter, TestAccounts.PASSWORD));
        CheckAnswers.submit(api, module, true, api.logIn(refresher, TestAccounts.PASSWORD));

        List<Integer> forgetterWeeks = new ArrayList<>();
        List<Integer> refresherWeeks = new ArrayList<>();
        for (int week = 1; week <= WEEKS; week++) {
            clock.advance(Duration.ofDays(7));
            if (week == 40) {
                // Half-way the coordinator asks for more: due dates move earlier for everyone at once.
                coordinator = api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
                assertThat(api.put(
                                        "/api/organisations/" + organisation + "/refresher-policy",
                                        Map.of(
                                                "targetRetention",
                                                0.95,
                                                "maximumIntervalDays",
                                                60,
                                                "fullRefreshMonths",
                                                6,
                                                "mandatoryModules",
                                                List.of(module.id())),
                                        coordinator)
                                .status())
                        .isEqualTo(200);
            }
            Instant now = clock.instant();
            outbox.plan(organisation);
            String isoWeek = TestOutbox.week(now);
            for (String email : List.of(forgetter, refresher, never)) {
                UUID learner = accounts.id(email);
                ModuleStatus derived = Memories.of(
                                practice.of(learner), List.of(module.id()), policies.of(organisation), now)
                        .modules()
                        .get(0)
                        .status();
                long thisWeek = outbox.of(learner).stream()
                        .filter(r -> r.kind().equals("WEEKLY") && r.key().equals(isoWeek))
                        .count();
                assertThat(thisWeek)
                        .as("%s in week %d (%s): %s", email, week, isoWeek, derived)
                        .isEqualTo(REMIND.contains(derived) ? 1 : 0);
                if (thisWeek == 1) {
                    (email.equals(forgetter) ? forgetterWeeks : refresherWeeks).add(week);
                }
            }
            assertThat(outbox.plan(organisation))
                    .as("planning again in week %d", week)
                    .isZero();
            if (refresherWeeks.contains(week)) {
                // Acts on the reminder the same week (signing in again: sessions do not last months).
                CheckAnswers.submit(api, module, true, api.logIn(refresher, TestAccounts.PASSWORD));
            }
        }

        // Recall of a module passed once fades: from its first reminder on, the forgetter is reminded every week.
        int first = forgetterWeeks.get(0);
        assertThat(forgetterWeeks)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(first, WEEKS)
                        .boxed()
                        .toList());
        // The refresher practises when reminded, so reminders come now and then, not weekly.
        assertThat(refresherWeeks).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(forgetterWeeks.size());
        assertThat(refresherWeeks.get(0)).isEqualTo(first);
        // The stricter policy (week 40) brings reminders closer together than the spacing before it.
        List<Integer> before = refresherWeeks.stream().filter(w -> w < 40).toList();
        List<Integer> after = refresherWeeks.stream().filter(w -> w > 40).toList();
        assertThat(after).hasSizeGreaterThanOrEqualTo(2);
        assertThat(gap(after)).isLessThan(gap(before.size() >= 2 ? before : List.of(0, before.get(0))));
        assertThat(outbox.of(accounts.id(never))).isEmpty();
    }

    private static int gap(List<Integer> weeks) {
        return weeks.get(weeks.size() - 1) - weeks.get(weeks.size() - 2);
    }
}
