package nl.signaal.refresher.reminder;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.refresher.reminder.ReminderApi.PreferenceCommand;
import nl.signaal.refresher.reminder.ReminderApi.PreferenceView;

/** The signed-in learner's own reminder e-mail choice; nobody else can read or change it. */
@Controller("/api/me/reminder-preference")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "reminders")
class MyReminderPreferenceController {
    private final ReminderPreferences preferences;
    private final Clock clock;

    MyReminderPreferenceController(ReminderPreferences preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Whether reminder e-mail is on, off, or snoozed until a date")
    PreferenceView mine(Authentication authentication) {
        return PreferenceView.of(preferences.of(SignedInUser.of(authentication).id(), clock.instant()));
    }

    @Put
    @Operation(summary = "Turn reminder e-mail ON (also ends a snooze), OFF, or SNOOZE it for four weeks")
    PreferenceView choose(Authentication authentication, @Body @Valid PreferenceCommand command) {
        UUID me = SignedInUser.of(authentication).id();
        Instant now = clock.instant();
        switch (command.choice()) {
            case ON -> preferences.resume(me, now);
            case OFF -> preferences.optOut(me, now);
            case SNOOZE -> preferences.snooze(me, now);
        }
        return PreferenceView.of(preferences.of(me, now));
    }
}
