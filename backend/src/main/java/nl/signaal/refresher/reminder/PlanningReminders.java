package nl.signaal.refresher.reminder;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.identity.Members;
import nl.signaal.identity.Members.Member;
import nl.signaal.refresher.DueModules;
import nl.signaal.refresher.link.ReminderLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision to remind: a learner with a mandatory module due soon, overdue or lapsed gets one digest per ISO week.
 * Candidates come from one indexed scan of the module memory table (remind_at has passed, no reminder this week);
 * each candidate's status is then derived from its stored state with the same rules as every page. The decision is
 * the outbox row itself; UNIQUE (user_id, kind, mail_key), the mail key being the week, makes it the weekly cap and
 * makes planning twice (or on two instances at once) harmless.
 */
@Singleton
class PlanningReminders {
    private static final Logger LOG = LoggerFactory.getLogger(PlanningReminders.class);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int INSERT_BATCH = 500;

    private final Members members;
    private final DueModules dueModules;
    private final Content content;
    private final ReminderRepository outbox;
    private final Clock clock;
    private final ReminderPreferences preferences;
    private final ReminderLinks links;

    PlanningReminders(
            Members members,
            DueModules dueModules,
            Content content,
            ReminderRepository outbox,
            Clock clock,
            ReminderPreferences preferences,
            ReminderLinks links) {
        this.members = members;
        this.dueModules = dueModules;
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
        Map<UUID, List<DueModules.Due>> due = new LinkedHashMap<>();
        for (DueModules.Due module : dueModules.ofOrganisation(organisation, now, week)) {
            due.computeIfAbsent(module.userId(), id -> new ArrayList<>()).add(module);
        }
        if (due.isEmpty()) {
            return 0;
        }
        List<Reminder> reminders = new ArrayList<>();
        List<Member> learners = members.of(organisation).stream()
                .filter(m -> due.containsKey(m.id()))
                .toList();
        Set<UUID> remindable =
                preferences.remindable(learners.stream().map(Member::id).toList(), now);
        for (Member member : learners) {
            if (!remindable.contains(member.id())) {
                continue; // opted out or snoozed
            }
            List<ReminderTexts.Line> lines = due.getOrDefault(member.id(), List.of()).stream()
                    .map(module -> new ReminderTexts.Line(title(module.moduleId(), member.locale()), module.status()))
                    .toList();
            if (!lines.isEmpty()) {
                reminders.add(reminder(organisation, member, week, lines, now));
            }
        }
        return add(reminders);
    }

    private Reminder reminder(
            UUID organisation, Member member, String week, List<ReminderTexts.Line> lines, Instant now) {
        String locale = ReminderTexts.localeFor(member.locale());
        ReminderTexts texts = ReminderTexts.in(locale);
        return new Reminder(
                UUID.randomUUID(),
                member.id(),
                organisation,
                week,
                Reminder.WEEKLY,
                week,
                member.email(),
                texts.subject(),
                texts.body(member.displayName(), lines, links.forLearner(member.id(), now)),
                locale,
                Reminder.PENDING,
                0,
                null,
                now,
                null,
                null,
                now,
                null,
                null,
                null);
    }

    /**
     * Inserts in batches, each batch one transaction. A batch that hits the unique key (another instance planned one
     * of these learners a moment ago) is retried row by row, so the others still get theirs.
     */
    private int add(List<Reminder> reminders) {
        int added = 0;
        for (int from = 0; from < reminders.size(); from += INSERT_BATCH) {
            List<Reminder> batch = reminders.subList(from, Math.min(reminders.size(), from + INSERT_BATCH));
            try {
                added += addBatch(batch);
            } catch (DataAccessException e) {
                for (Reminder reminder : batch) {
                    added += addOne(reminder) ? 1 : 0;
                }
            }
        }
        return added;
    }

    @Transactional
    int addBatch(List<Reminder> batch) {
        outbox.saveAll(batch);
        return batch.size();
    }

    private boolean addOne(Reminder reminder) {
        try {
            outbox.save(reminder);
            return true;
        } catch (DataAccessException e) {
            LOG.debug("Reminder for {} in {} already planned", reminder.userId(), reminder.week(), e);
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
