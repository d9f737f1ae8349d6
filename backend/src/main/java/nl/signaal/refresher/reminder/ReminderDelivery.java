package nl.signaal.refresher.reminder;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.identity.Members;
import nl.signaal.identity.Members.Member;
import nl.signaal.refresher.reminder.OutboxApi.ReminderDeliveryView;
import nl.signaal.refresher.reminder.OutboxApi.UndeliveredView;
import nl.signaal.refresher.reminder.OutboxApi.WeekDeliveryView;
import nl.signaal.refresher.reminder.ReminderDeliveryRepository.WeekStatusCount;
import nl.signaal.web.ApiException;

/**
 * Whether an organisation's reminders reach its people: counts per week and what is stuck, with the learner's name.
 * Coordinators see that a reminder went out, never what it said (see {@link ReminderDeliveryRepository}).
 */
@Singleton
class ReminderDelivery {
    static final int RECENT_WEEKS = 8;
    static final int UNDELIVERED_SHOWN = 100;

    private final ReminderDeliveryRepository outbox;
    private final Members members;
    private final Clock clock;

    ReminderDelivery(ReminderDeliveryRepository outbox, Members members, Clock clock) {
        this.outbox = outbox;
        this.members = members;
        this.clock = clock;
    }

    ReminderDeliveryView of(UUID organisation) {
        String since = PlanningReminders.week(clock.instant().minus(Duration.ofDays(7L * (RECENT_WEEKS - 1))));
        Map<String, Map<String, Long>> byWeek = new TreeMap<>(Comparator.reverseOrder());
        for (WeekStatusCount count : outbox.countByWeek(organisation, since)) {
            byWeek.computeIfAbsent(count.week(), w -> new TreeMap<>()).put(count.status(), count.total());
        }
        List<WeekDeliveryView> weeks = byWeek.entrySet().stream()
                .map(week -> new WeekDeliveryView(
                        week.getKey(),
                        week.getValue().getOrDefault(Reminder.PENDING, 0L),
                        week.getValue().getOrDefault(Reminder.SENT, 0L),
                        week.getValue().getOrDefault(Reminder.FAILED, 0L),
                        week.getValue().getOrDefault(Reminder.WITHDRAWN, 0L)))
                .toList();
        Map<UUID, String> names =
                members.of(organisation).stream().collect(Collectors.toMap(Member::id, Member::displayName));
        List<UndeliveredView> undelivered = outbox.findUndelivered(organisation, UNDELIVERED_SHOWN).stream()
                .map(row -> new UndeliveredView(
                        row.id(),
                        row.userId(),
                        names.getOrDefault(row.userId(), ""),
                        row.week(),
                        row.status(),
                        row.attempts(),
                        row.lastError(),
                        row.nextAttemptAt()))
                .toList();
        return new ReminderDeliveryView(weeks, undelivered, outbox.countUndelivered(organisation));
    }

    /**
     * Gives a FAILED reminder another go: PENDING and due now, attempts kept (so the next failure makes it FAILED
     * again at once). Retrying one that is already PENDING or SENT changes nothing; 404 outside the organisation.
     */
    void retry(UUID organisation, UUID reminder) {
        if (outbox.retry(reminder, organisation, clock.instant()) == 0
                && outbox.findStatus(reminder, organisation).isEmpty()) {
            throw ApiException.notFound("There is no reminder " + reminder + " in this organisation.");
        }
    }
}
