package nl.signaal.refresher.reminder;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.refresher.DueModules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision to remind: a learner with a mandatory module due soon, overdue or lapsed gets one digest per ISO week.
 * Set-based (decision 0057): the organisations are grouped by their policy's mandatory modules, and each group, in
 * batches of {@link #ORGANISATION_BATCH}, is one INSERT ... SELECT ({@link ReminderRepository#planWeekly}) that finds
 * the due rows by their stored status moments, leaves out deactivated accounts, opted-out or snoozed learners and
 * learners with this week's digest, and writes one PENDING row per learner with the due modules as data; the sender
 * renders the text in the learner's locale ({@link WeeklyDigest}). The decision is the outbox row itself; UNIQUE
 * (user_id, kind, mail_key), the mail key being the week, makes it the weekly cap and makes planning twice (or on two
 * instances at once) harmless.
 */
@Singleton
class PlanningReminders {
    private static final Logger LOG = LoggerFactory.getLogger(PlanningReminders.class);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Keeps the IN list of organisations well below what either database accepts. */
    static final int ORGANISATION_BATCH = 500;
    /** A statement that lost a race (H2 reports the other instance's row as a duplicate) is run again. */
    private static final int ATTEMPTS = 3;
    /** As ModuleStatus.DUE_SOON_WINDOW: DUE_SOON from seven days before the due date. */
    static final Duration DUE_SOON_WINDOW = Duration.ofDays(7);

    private final Members members;
    private final DueModules dueModules;
    private final ReminderRepository outbox;
    private final Clock clock;
    private final OutboxStatistics statistics;

    PlanningReminders(
            Members members,
            DueModules dueModules,
            ReminderRepository outbox,
            Clock clock,
            OutboxStatistics statistics) {
        this.members = members;
        this.dueModules = dueModules;
        this.outbox = outbox;
        this.clock = clock;
        this.statistics = statistics;
    }

    /** Plans for every organisation; returns the number of reminders added. */
    int planAll() {
        return plan(members.organisations());
    }

    /** Plans for one organisation; returns the number of reminders added (0 for learners already reminded). */
    int plan(UUID organisation) {
        return plan(List.of(organisation));
    }

    private int plan(List<UUID> organisations) {
        Instant now = clock.instant();
        String week = week(now);
        int added = 0;
        for (Map.Entry<List<String>, List<UUID>> group :
                dueModules.organisationsByMandatoryModules(organisations).entrySet()) {
            List<UUID> all = group.getValue();
            for (int from = 0; from < all.size(); from += ORGANISATION_BATCH) {
                added += planBatch(
                        all.subList(from, Math.min(all.size(), from + ORGANISATION_BATCH)), group.getKey(), now, week);
            }
        }
        statistics.added(added);
        return added;
    }

    private int planBatch(List<UUID> organisations, List<String> modules, Instant now, String week) {
        for (int attempt = 1; ; attempt++) {
            try {
                return outbox.planWeekly(organisations, modules, now, now.plus(DUE_SOON_WINDOW), week);
            } catch (DataAccessException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                // Another instance planned some of these learners at the same moment: the NOT EXISTS skips them now.
                LOG.debug("Planning raced with another instance; attempt {} again", attempt, e);
            }
        }
    }

    /** ISO week in the Netherlands, e.g. 2026-W48. */
    static String week(Instant at) {
        ZonedDateTime local = at.atZone(ZONE);
        return "%d-W%02d".formatted(local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
