package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.refresher.reminder.Outbox;
import nl.signaal.webinar.WebinarMails.Notice;
import nl.signaal.webinar.WebinarMails.Recipient;

/**
 * The decision to remind place holders of a webinar 24 hours and 1 hour before it starts, planned into the shared
 * outbox, which sends it. Hours are durations, not wall-clock times: over the change to winter time the 24-hour mail
 * goes 24 real hours before the start. Exactly once per person, webinar, threshold and SEQUENCE (the outbox key), so
 * planning on every instance or again after a failure adds nothing, and a webinar moved to another time (a new
 * SEQUENCE) is reminded of again. A webinar first seen inside the hour gets only the 1-hour mail; a place taken after a
 * threshold's moment gets no mail for that threshold (the invitation just told them). None for cancelled or past
 * webinars or cancelled and waiting registrations, and none for people who turned reminder e-mail off or paused it
 * (decision 0039).
 */
@Singleton
class PlanningWebinarReminders {
    static final String KIND = "WEBINAR_REMINDER";
    static final Duration DAY = Duration.ofHours(24);
    static final Duration HOUR = Duration.ofHours(1);

    private final WebinarsStartingSoon webinars;
    private final WebinarRegistrationRepository registrations;
    private final WebinarMails mails;
    private final Outbox outbox;
    private final Clock clock;

    PlanningWebinarReminders(
            WebinarsStartingSoon webinars,
            WebinarRegistrationRepository registrations,
            WebinarMails mails,
            Outbox outbox,
            Clock clock) {
        this.webinars = webinars;
        this.registrations = registrations;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Plans what is due now; returns how many mails were added. */
    int planAll() {
        Instant now = clock.instant();
        int planned = 0;
        for (Webinar webinar : webinars.findScheduledStartingBetween(now, now.plus(DAY))) {
            Duration threshold = threshold(webinar, now);
            Instant moment = webinar.startsAt().minus(threshold);
            List<WebinarRegistration> holders = registrations.findByWebinarIdOrderByRequestedAt(webinar.id()).stream()
                    .filter(WebinarRegistration::registered)
                    .filter(r -> r.registeredAt() == null || !r.registeredAt().isAfter(moment))
                    .toList();
            if (holders.isEmpty()) {
                continue;
            }
            String key = key(webinar, threshold);
            Map<UUID, Recipient> recipients = mails.recipients(holders);
            Set<UUID> wanting = outbox.wantReminders(recipients.keySet());
            Notice notice = threshold.equals(HOUR) ? Notice.REMINDER_HOUR : Notice.REMINDER_DAY;
            for (Recipient recipient : recipients.values()) {
                UUID user = recipient.member().id();
                if (wanting.contains(user)
                        && !outbox.planned(user, KIND, key)
                        && outbox.plan(mails.compose(webinar, recipient, notice, KIND, key))) {
                    planned++;
                }
            }
        }
        return planned;
    }

    /** One hour once the start is at most an hour away, else 24 hours. */
    static Duration threshold(Webinar webinar, Instant now) {
        return Duration.between(now, webinar.startsAt()).compareTo(HOUR) <= 0 ? HOUR : DAY;
    }

    static String key(Webinar webinar, Duration threshold) {
        return webinar.id() + "/" + threshold.toHours() + "h/" + webinar.sequence();
    }
}
