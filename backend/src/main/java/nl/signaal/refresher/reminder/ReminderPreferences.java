package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who wants reminder e-mail: learners opt out or snooze (by signed link or in the app) and turn reminders back on.
 * The planner asks {@link #remindable(Collection, Instant)}; everything else here is the learner's own choice.
 */
@Singleton
class ReminderPreferences {
    static final Duration SNOOZE = Duration.ofDays(28);
    /** Keeps IN lists well below what either database accepts. */
    private static final int CHUNK = 500;

    private final ReminderPreferenceRepository preferences;

    ReminderPreferences(ReminderPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    /** The learner's choice as the app shows it: snoozedUntil only while it lies ahead. */
    record Choice(
            boolean optedOut,
            @Nullable Instant optedOutAt,
            @Nullable Instant snoozedUntil) {
        boolean remindable() {
            return !optedOut && snoozedUntil == null;
        }
    }

    /** The learners among {@code users} who have neither opted out nor snoozed past {@code now}. */
    Set<UUID> remindable(Collection<UUID> users, Instant now) {
        Set<UUID> quiet = new HashSet<>();
        List<UUID> all = List.copyOf(users);
        for (int from = 0; from < all.size(); from += CHUNK) {
            preferences.findByUserIdIn(all.subList(from, Math.min(all.size(), from + CHUNK))).stream()
                    .filter(p -> !p.remindable(now))
                    .forEach(p -> quiet.add(p.userId()));
        }
        Set<UUID> remindable = new HashSet<>(users);
        remindable.removeAll(quiet);
        return remindable;
    }

    boolean remindable(UUID user, Instant now) {
        return preferences.findById(user).map(p -> p.remindable(now)).orElse(true);
    }

    Choice of(UUID user, Instant now) {
        return preferences
                .findById(user)
                .map(p -> new Choice(
                        p.optedOutAt() != null,
                        p.optedOutAt(),
                        p.snoozedUntil() != null && p.snoozedUntil().isAfter(now) ? p.snoozedUntil() : null))
                .orElse(new Choice(false, null, null));
    }

    /** Stops reminder e-mail; false when it was stopped already. */
    boolean optOut(UUID user, Instant now) {
        ensureRow(user, now);
        return preferences.optOut(user, now) == 1;
    }

    /** No reminder for four weeks; false (and no change) while a snooze is still running. */
    boolean snoozeUnlessSnoozed(UUID user, Instant now) {
        ensureRow(user, now);
        return preferences.snoozeUnlessSnoozed(user, now.plus(SNOOZE), now) == 1;
    }

    /** No reminder for four weeks from now, also when a snooze was running (the learner asked in the app). */
    void snooze(UUID user, Instant now) {
        ensureRow(user, now);
        preferences.snooze(user, now.plus(SNOOZE), now);
    }

    /** Reminders on again: clears both an opt-out and a snooze. */
    void resume(UUID user, Instant now) {
        preferences.resume(user, now);
    }

    /** The conditional UPDATEs need a row; two first clicks at once both try to insert it and one loses. */
    private void ensureRow(UUID user, Instant now) {
        if (preferences.existsById(user)) {
            return;
        }
        try {
            preferences.save(new ReminderPreference(user, null, null, now));
        } catch (DataAccessException e) {
            if (!preferences.existsById(user)) {
                throw e;
            }
        }
    }
}
