package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Webinars and places written straight to the database for the live-part tests: scheduling and registration have
 * their own tests; these start where they end.
 */
@Singleton
class WebinarLiveFixture {
    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final Clock clock;

    WebinarLiveFixture(WebinarRepository webinars, WebinarRegistrationRepository registrations, Clock clock) {
        this.webinars = webinars;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** A webinar of the organisation starting {@code startsIn} from now, one hour long, 90 minutes of study load. */
    Webinar webinar(UUID organisation, UUID organiser, Duration startsIn, String activities) {
        Instant now = clock.instant();
        Instant start = now.plus(startsIn);
        return webinars.save(new Webinar(
                UUID.randomUUID(),
                organisation,
                organiser,
                "en",
                "{\"nl\": \"Signalen in de wijk\", \"en\": \"Signals in the neighbourhood\"}",
                "{\"nl\": \"Over signalen\", \"en\": \"About signals\"}",
                "",
                start,
                start.plus(Duration.ofHours(1)),
                Webinar.ONLINE,
                "https://meet.example.org/signalen",
                null,
                30,
                activities,
                "[]",
                null,
                90,
                Webinar.SCHEDULED,
                0,
                0,
                null,
                now,
                now,
                null));
    }

    WebinarRegistration place(Webinar webinar, UUID user, UUID organisation) {
        return registration(webinar, user, organisation, WebinarRegistration.REGISTERED);
    }

    WebinarRegistration registration(Webinar webinar, UUID user, UUID organisation, String status) {
        Instant now = clock.instant();
        return registrations.save(new WebinarRegistration(
                UUID.randomUUID(),
                webinar.id(),
                user,
                organisation,
                status,
                now,
                WebinarRegistration.REGISTERED.equals(status) ? now : null,
                WebinarRegistration.CANCELLED.equals(status) ? now : null,
                null,
                null,
                null));
    }

    WebinarRegistration reread(WebinarRegistration registration) {
        return registrations.findById(registration.id()).orElseThrow();
    }

    Webinar reread(Webinar webinar) {
        return webinars.findById(webinar.id()).orElseThrow();
    }
}
