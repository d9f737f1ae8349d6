package nl.signaal.insight;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.InsightDemoCreated;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.PastPractice;
import nl.signaal.refresher.RefresherPolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo organisation for insight gets two teams, a chosen policy (the first two modules mandatory) and a practice
 * history made through the learning services at past moments, so every status of the dashboard shows: a check passed
 * 10 days ago (current), 60 (due soon), 200 (overdue) and 400 (lapsed), a lesson read or a check failed (in progress),
 * nothing at all (not started). "Woongroep De Linde" has 4 people: under the privacy floor on purpose.
 */
@Singleton
class DemoInsight {
    static final String AMBULANT = "Ambulant team";
    static final String DE_LINDE = "Woongroep De Linde";
    private static final Logger LOG = LoggerFactory.getLogger(DemoInsight.class);

    /** What someone did with a mandatory module, and how many days before the demo was made. */
    record Step(int module, Kind kind, int daysAgo) {}

    enum Kind {
        PASSED,
        FAILED,
        READ
    }

    record Person(String team, List<Step> steps) {}

    /** The team and practice of each demo person, by the e-mail address identity.DemoData gave them. */
    static final Map<String, Person> PEOPLE = Map.ofEntries(
            Map.entry(
                    "sanne.devries@demo.signaal.nl",
                    new Person(AMBULANT, List.of(new Step(0, Kind.PASSED, 10), new Step(1, Kind.PASSED, 12)))),
            Map.entry(
                    "daan.bakker@demo.signaal.nl",
                    new Person(AMBULANT, List.of(new Step(0, Kind.PASSED, 60), new Step(1, Kind.READ, 5)))),
            Map.entry(
                    "fatima.elamrani@demo.signaal.nl",
                    new Person(AMBULANT, List.of(new Step(0, Kind.PASSED, 200), new Step(1, Kind.FAILED, 30)))),
            Map.entry(
                    "lars.jansen@demo.signaal.nl",
                    new Person(AMBULANT, List.of(new Step(0, Kind.PASSED, 400), new Step(1, Kind.PASSED, 10)))),
            Map.entry("noor.visser@demo.signaal.nl", new Person(AMBULANT, List.of(new Step(0, Kind.READ, 3)))),
            Map.entry("mehmet.yilmaz@demo.signaal.nl", new Person(AMBULANT, List.of(new Step(0, Kind.FAILED, 20)))),
            Map.entry("emma.smit@demo.signaal.nl", new Person(AMBULANT, List.of())),
            Map.entry(
                    "joost.mulder@demo.signaal.nl",
                    new Person(DE_LINDE, List.of(new Step(0, Kind.PASSED, 10), new Step(1, Kind.PASSED, 60)))),
            Map.entry("anouk.meijer@demo.signaal.nl", new Person(DE_LINDE, List.of(new Step(0, Kind.PASSED, 200)))),
            Map.entry("ricardo.martins@demo.signaal.nl", new Person(DE_LINDE, List.of(new Step(0, Kind.READ, 14)))),
            Map.entry("priya.ramdin@demo.signaal.nl", new Person(DE_LINDE, List.of())));

    private final ManagingTeams teams;
    private final PastPractice practice;
    private final RefresherPolicies policies;
    private final Content content;
    private final Clock clock;

    DemoInsight(ManagingTeams teams, PastPractice practice, RefresherPolicies policies, Content content, Clock clock) {
        this.teams = teams;
        this.practice = practice;
        this.policies = policies;
        this.content = content;
        this.clock = clock;
    }

    @EventListener
    void onInsightDemoCreated(InsightDemoCreated demo) {
        UUID organisation = demo.organisationId();
        UUID ambulant = teams.create(organisation, new TeamsApi.TeamCommand(AMBULANT, "jeugdhulp"))
                .id();
        UUID deLinde = teams.create(organisation, new TeamsApi.TeamCommand(DE_LINDE, "lvb-zorg"))
                .id();
        List<TrainingModule> modules = content.modules();
        SignedInUser coordinator = demo.accounts().stream()
                .filter(account -> account.email().equals(InsightDemoCreated.COORDINATOR))
                .findFirst()
                .orElseThrow();
        List<TrainingModule> mandatory = modules.subList(0, Math.min(2, modules.size()));
        if (!mandatory.isEmpty()) {
            policies.chooseMandatory(
                    organisation, mandatory.stream().map(TrainingModule::id).toList(), coordinator.id());
        }
        Instant now = clock.instant();
        for (SignedInUser account : demo.accounts()) {
            Person person = PEOPLE.get(account.email());
            if (person == null) {
                continue;
            }
            teams.join(person.team().equals(AMBULANT) ? ambulant : deLinde, account.id());
            for (Step step : person.steps()) {
                if (step.module() >= mandatory.size()) {
                    continue;
                }
                TrainingModule module = mandatory.get(step.module());
                Instant at = now.minus(Duration.ofDays(step.daysAgo()));
                switch (step.kind()) {
                    case PASSED -> practice.passedCheck(account, module, at);
                    case FAILED -> practice.failedCheck(account, module, at);
                    case READ -> practice.readFirstLesson(account, module, at);
                }
            }
        }
        LOG.info("Demo: teams '{}' and '{}' with practice history for insight", AMBULANT, DE_LINDE);
    }
}
