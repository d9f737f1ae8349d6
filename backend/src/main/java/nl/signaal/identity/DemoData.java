package nl.signaal.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clearly marked demo organisation with one account per role, so a new user can try Signaal at
 * once. Only on the embedded H2 file database: a PostgreSQL installation never gets known passwords.
 */
@Singleton
class DemoData {
    static final String PASSWORD = "signaal-demo-2026";
    static final String ORGANISATION = "Demo-organisatie (voorbeeld)";
    static final String FIRST_CHOICE_ORGANISATION = "Demo nog niets gekozen";
    static final String FIRST_CHOICE_COORDINATOR = "keuze@demo.signaal.nl";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    record DemoAccount(String email, String name, Role role) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("leerling@demo.signaal.nl", "Demo Leerling", Role.LEARNER),
            // Only e2e/tests/account.spec.ts resets its password and renames it, so other specs never see that.
            new DemoAccount("profiel@demo.signaal.nl", "Demo Profiel", Role.LEARNER),
            new DemoAccount(DemoCreated.REFRESHER_LEARNER, "Demo Herhaler", Role.LEARNER),
            // Passed a module two months ago like herhaler; only the refresher browser test's header notice uses it.
            new DemoAccount(DemoCreated.OVERDUE_LEARNER, "Demo Te Laat", Role.LEARNER),
            new DemoAccount("aandacht@demo.signaal.nl", "Demo Aandachtsfunctionaris", Role.ATTENTION_OFFICER),
            new DemoAccount("trainer@demo.signaal.nl", "Demo Trainer", Role.TRAINER),
            new DemoAccount("coordinator@demo.signaal.nl", "Demo Coördinator", Role.COORDINATOR),
            new DemoAccount("admin@demo.signaal.nl", "Demo Beheerder", Role.ADMIN),
            // The members browser test changes this account's role and (de)activates it; no other test uses it.
            new DemoAccount("lid@demo.signaal.nl", "Demo Lid", Role.LEARNER),
            // The members browser test erases this account for good; no other test uses it.
            new DemoAccount("weg@demo.signaal.nl", "Wessel Weg", Role.LEARNER),
            // The live-session browser test runs its group sessions with this attention officer; no other test uses it.
            new DemoAccount("sessie@demo.signaal.nl", "Demo Sessieleider", Role.ATTENTION_OFFICER),
            // The live-session browser test joins as this learner (practice records); no other test uses it.
            new DemoAccount("meedoen@demo.signaal.nl", "Demo Meedoener", Role.LEARNER),
            // The attention officer who walks the train-the-trainer track; kept for the track browser test only.
            new DemoAccount("spoor@demo.signaal.nl", "Demo Spoorloper", Role.ATTENTION_OFFICER),
            // The drafts browser test interrupts and submits a knowledge check with it; no other test uses it.
            new DemoAccount("concept@demo.signaal.nl", "Demo Concept", Role.LEARNER),
            // The simulation browser test stops and restarts runs of a case with it; no other test uses it.
            new DemoAccount("verder@demo.signaal.nl", "Demo Verder", Role.LEARNER),
            // A learner who has done nothing yet: the home browser test checks where it tells a new learner to start.
            new DemoAccount("nieuw@demo.signaal.nl", "Demo Nieuw", Role.LEARNER),
            // The axe browser test opens a knowledge check and a case run with it; no other test uses it.
            new DemoAccount("axe@demo.signaal.nl", "Demo Axe", Role.LEARNER),
            // The webinar organiser browser test schedules, edits and follows webinars with it; no other test uses it.
            new DemoAccount("planner@demo.signaal.nl", "Demo Planner", Role.TRAINER),
            // The webinar browser test (issue 14): this trainer schedules a webinar and opens its live part, and the
            // two learners register for its one place (the second waits, then moves up); no other test uses them.
            new DemoAccount("presentator@demo.signaal.nl", "Demo Presentator", Role.TRAINER),
            new DemoAccount("inschrijver1@demo.signaal.nl", "Demo Inschrijver Een", Role.LEARNER),
            new DemoAccount("inschrijver2@demo.signaal.nl", "Demo Inschrijver Twee", Role.LEARNER),
            // Authoring browser tests (issue 15), one account per spec so drafts never meet: the scenario editor
            // (auteur), modules and translations (vertaler), the authoring list, review and versions (redacteur asks,
            // recensent reviews), and the whole journey from an empty draft to a learner playing it (bouwer builds,
            // keurder publishes, speler plays).
            new DemoAccount("auteur@demo.signaal.nl", "Demo Auteur", Role.TRAINER),
            new DemoAccount("vertaler@demo.signaal.nl", "Demo Vertaler", Role.TRAINER),
            new DemoAccount("redacteur@demo.signaal.nl", "Demo Redacteur", Role.TRAINER),
            new DemoAccount("recensent@demo.signaal.nl", "Demo Recensent", Role.TRAINER),
            new DemoAccount("bouwer@demo.signaal.nl", "Demo Bouwer", Role.TRAINER),
            new DemoAccount("keurder@demo.signaal.nl", "Demo Keurder", Role.TRAINER),
            new DemoAccount("speler@demo.signaal.nl", "Demo Speler", Role.LEARNER));

    /**
     * The demo organisation for coordinator insight (issue 16): insight puts these people in two teams and gives them a
     * practice history (insight.DemoInsight, by e-mail address); the browser tests of insight use it.
     */
    static final List<DemoAccount> INSIGHT_ACCOUNTS = List.of(
            new DemoAccount(InsightDemoCreated.COORDINATOR, "Marieke Hoekstra", Role.COORDINATOR),
            new DemoAccount(InsightDemoCreated.ADMIN, "Pieter van Dijk", Role.ADMIN),
            new DemoAccount("sanne.devries@demo.signaal.nl", "Sanne de Vries", Role.ATTENTION_OFFICER),
            new DemoAccount("daan.bakker@demo.signaal.nl", "Daan Bakker", Role.LEARNER),
            new DemoAccount("fatima.elamrani@demo.signaal.nl", "Fatima El Amrani", Role.LEARNER),
            new DemoAccount("lars.jansen@demo.signaal.nl", "Lars Jansen", Role.ATTENTION_OFFICER),
            new DemoAccount("noor.visser@demo.signaal.nl", "Noor Visser", Role.LEARNER),
            new DemoAccount("mehmet.yilmaz@demo.signaal.nl", "Mehmet Yılmaz", Role.LEARNER),
            new DemoAccount("emma.smit@demo.signaal.nl", "Emma Smit", Role.LEARNER),
            new DemoAccount("joost.mulder@demo.signaal.nl", "Joost Mulder", Role.ATTENTION_OFFICER),
            new DemoAccount("anouk.meijer@demo.signaal.nl", "Anouk Meijer", Role.LEARNER),
            new DemoAccount("ricardo.martins@demo.signaal.nl", "Ricardo Martins", Role.LEARNER),
            new DemoAccount("priya.ramdin@demo.signaal.nl", "Priya Ramdin", Role.LEARNER));

    private final OrganisationRepository organisations;
    private final Accounts accounts;
    private final ApplicationEventPublisher<DemoCreated> events;
    private final ApplicationEventPublisher<InsightDemoCreated> insightEvents;
    private final boolean enabled;
    private final String datasourceUrl;

    DemoData(
            OrganisationRepository organisations,
            Accounts accounts,
            ApplicationEventPublisher<DemoCreated> events,
            ApplicationEventPublisher<InsightDemoCreated> insightEvents,
            @Value("${signaal.demo.enabled:false}") boolean enabled,
            @Value("${datasources.default.url:}") String datasourceUrl) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.insightEvents = insightEvents;
        this.enabled = enabled;
        this.datasourceUrl = datasourceUrl;
    }

    boolean wanted() {
        return enabled && datasourceUrl.startsWith("jdbc:h2:file:");
    }

    @Transactional
    void createIfWanted() {
        if (!wanted() || organisations.existsByDemo(true)) {
            return;
        }
        Organisation demo = accounts.createOrganisation(ORGANISATION, "buurtteam", true);
        // Other features add their demo history (e.g. a module passed months ago) in this transaction.
        events.publishEvent(new DemoCreated(create(demo, ACCOUNTS)));
        Organisation insight = accounts.createOrganisation(InsightDemoCreated.ORGANISATION, "jeugdhulp", true);
        insightEvents.publishEvent(new InsightDemoCreated(insight.id(), create(insight, INSIGHT_ACCOUNTS)));
        // An organisation of its own whose refresher policy nobody chose: e2e/tests/refresher-policy-setup.spec.ts
        // answers its first-time question (which modules are mandatory), which no other spec may do for it.
        Organisation unchosen = accounts.createOrganisation(FIRST_CHOICE_ORGANISATION, "jeugdhulp", true);
        accounts.createUser(
                unchosen.id(), FIRST_CHOICE_COORDINATOR, PASSWORD, "Demo Keuze", Set.of(Role.COORDINATOR), "nl");
        LOG.info(
                "Created the demo organisation '{}' with {} accounts (password {}); see README.md.",
                ORGANISATION,
                ACCOUNTS.size(),
                PASSWORD);
        LOG.info(
                "Created the demo organisation '{}' for coordinator insight with {} accounts.",
                InsightDemoCreated.ORGANISATION,
                INSIGHT_ACCOUNTS.size());
    }

    private List<SignedInUser> create(Organisation organisation, List<DemoAccount> demoAccounts) {
        List<SignedInUser> created = new ArrayList<>();
        for (DemoAccount account : demoAccounts) {
            UserAccount user = accounts.createUser(
                    organisation.id(), account.email(), PASSWORD, account.name(), Set.of(account.role()), "nl");
            created.add(new SignedInUser(
                    user.id(),
                    organisation.id(),
                    organisation.sector(),
                    Set.of(account.role()),
                    account.name(),
                    account.email(),
                    "nl"));
        }
        return List.copyOf(created);
    }
}
