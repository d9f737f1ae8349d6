package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import nl.signaal.refresher.link.LinkSigner.Purpose;

/** The request and answer bodies of reminder links and reminder preferences. */
final class ReminderApi {
    private ReminderApi() {}

    /** ON turns reminders back on (clears an opt-out and a snooze); SNOOZE pauses them for four weeks. */
    enum Choice {
        ON,
        OFF,
        SNOOZE
    }

    @Serdeable
    record PreferenceCommand(@NotNull Choice choice) {}

    @Serdeable
    record PreferenceView(
            boolean remindersOn,
            boolean optedOut,
            @Nullable Instant optedOutAt,
            @Nullable Instant snoozedUntil) {
        static PreferenceView of(ReminderPreferences.Choice choice) {
            return new PreferenceView(
                    choice.remindable(), choice.optedOut(), choice.optedOutAt(), choice.snoozedUntil());
        }
    }

    /**
     * What a link will do. {@code done}: its action already holds (snoozed, or unsubscribed); {@code forSignedInUser}:
     * whether the link belongs to whoever is signed in (null for anonymous callers).
     */
    @Serdeable
    record LinkView(
            Purpose purpose,
            Instant expiresAt,
            boolean done,
            @Nullable Boolean forSignedInUser,
            PreferenceView preference) {}

    /** The outcome of following a link; {@code alreadyDone}: nothing changed because it held already. */
    @Serdeable
    record LinkResult(Purpose purpose, boolean alreadyDone, PreferenceView preference) {}
}
