package nl.signaal.refresher;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.identity.Members;
import nl.signaal.identity.Members.Member;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The decision to remind: a learner with a mandatory module due soon, overdue or lapsed gets one digest per ISO week.
 * The decision is the outbox row itself; UNIQUE (user_id, week) makes it the weekly cap and makes planning twice
 * (or on two instances at once) harmless.
 */
@Singleton
class PlanningReminders {
    private static final Logger LOG = LoggerFactory.getLogger(PlanningReminders.class);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Set<ModuleStatus> REMIND = EnumSet.of(ModuleStatus.DUE_SOON, ModuleStatus.OVERDUE,
            ModuleStatus.LAPSED);

    private final Members members;
    private final Practice practice;
    private final Policies policies;
    private final Content content;
    private final ReminderRepository outbox;
    private final Clock clock;
    private final ReminderPreferences preferences;
    private final ReminderLinks links;

    PlanningReminders(Members members, Practice practice, Policies policies, Content content,
                      ReminderRepository outbox, Clock clock, ReminderPreferences preferences, ReminderLinks links) {
        this.members = members;
        this.practice = practice;
        this.policies = policies;
        this.content = content;
        this.outbox = outbox;
        this.clock = clock;
        this.preferences = preferences;
        this.links = links;
    }

    /** Plans for every organisation; returns the number of reminders added. */
    int planAll() {
        return members.organisations().stream().mapToInt(this::plan).sum();
    }

    /** Plans for one organisation; returns the number of reminders added (0 for learners already reminded). */
    int plan(UUID organisation) {
        Instant now = clock.instant();
        String week = week(now);
        Policy policy = policies.of(organisation);
        List<String> mandatory = policy.mandatoryModules().stream().filter(id -> content.module(id).isPresent())
                .toList();
        Map<UUID, List<Practised>> byLearner = practice.ofOrganisation(organisation);
        int added = 0;
        List<Member> learners = members.of(organisation);
        Set<UUID> remindable = preferences.remindable(learners.stream().map(Member::id).toList(), now);
        for (Member member : learners) {
            if (!remindable.contains(member.id())) {
                continue; // opted out or snoozed
            }
            List<ReminderTexts.Line> lines = Memories.of(byLearner.getOrDefault(member.id(), List.of()), mandatory,
                            policy, now).modules().stream().filter(m -> REMIND.contains(m.status()))
                    .map(m -> new ReminderTexts.Line(title(m.moduleId(), member.locale()), m.status())).toList();
            if (!lines.isEmpty() && add(organisation, member, week, lines, now)) {
                added++;
            }
        }
        return added;
    }

    /** One insert per learner: its own transaction; a (user, week) that exists already is skipped. */
    private boolean add(UUID organisation, Member member, String week, List<ReminderTexts.Line> lines, Instant now) {
        if (outbox.existsByUserIdAndWeek(member.id(), week)) {
            return false;
        }
        String locale = ReminderTexts.localeFor(member.locale());
        ReminderTexts texts = ReminderTexts.in(locale);
        String body = texts.body(member.displayName(), lines, links.forLearner(member.id(), now));
        try {
            outbox.save(new Reminder(UUID.randomUUID(), member.id(), organisation, week, member.email(),
                    texts.subject(), body, locale, Reminder.PENDING, 0,
                    null, now, null, null, now, null));
            return true;
        } catch (DataAccessException e) {
            // Another instance planned the same learner and week a moment ago: the unique key kept it to one.
            LOG.debug("Reminder for {} in {} already planned", member.id(), week, e);
            return false;
        }
    }

    private String title(String moduleId, String locale) {
        return content.module(moduleId).map(m -> m.title().in(locale).text()).orElse(moduleId);
    }

    /** ISO week in the Netherlands, e.g. 2026-W48. */
    static String week(Instant at) {
        ZonedDateTime local = at.atZone(ZONE);
        return "%d-W%02d".formatted(local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
