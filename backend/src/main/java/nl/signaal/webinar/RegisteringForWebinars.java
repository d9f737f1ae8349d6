package nl.signaal.webinar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;
import nl.signaal.webinar.WebinarApi.RegistrationView;

/**
 * Taking and giving back places. Every change locks the webinar's row first ({@link WebinarRepository#findByIdForUpdate}),
 * so the registrations of one webinar take their places one at a time: counting the places left and taking one can
 * never interleave, on H2 or PostgreSQL (docs/decisions/0037). The notices are planned in the same transaction.
 */
@Singleton
class RegisteringForWebinars {
    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final WebinarQueue queue;
    private final WebinarAccess access;
    private final WebinarNotices notices;
    private final Clock clock;

    RegisteringForWebinars(
            WebinarRepository webinars,
            WebinarRegistrationRepository registrations,
            WebinarQueue queue,
            WebinarAccess access,
            WebinarNotices notices,
            Clock clock) {
        this.webinars = webinars;
        this.registrations = registrations;
        this.queue = queue;
        this.access = access;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * A place while there is one, else the back of the waiting list. Asking again while registered or waiting changes
     * nothing and gives the same answer; asking again after cancelling reuses the person's row, at the back of the queue.
     */
    @Transactional
    RegistrationView register(SignedInUser user, UUID webinarId) {
        access.visible(user, webinarId);
        Webinar webinar = webinars.findByIdForUpdate(webinarId).orElseThrow(WebinarAccess::notFound);
        Optional<WebinarRegistration> existing = registrations.findByWebinarIdAndUserId(webinarId, user.id());
        if (existing.isPresent()
                && !WebinarRegistration.CANCELLED.equals(existing.get().status())) {
            return view(existing.get());
        }
        Instant now = clock.instant();
        requireOpen(webinar, now);
        boolean place =
                registrations.countByWebinarIdAndStatus(webinarId, WebinarRegistration.REGISTERED) < webinar.capacity();
        WebinarRegistration registration = new WebinarRegistration(
                existing.map(WebinarRegistration::id).orElseGet(UUID::randomUUID),
                webinarId,
                user.id(),
                user.organisationId(),
                place ? WebinarRegistration.REGISTERED : WebinarRegistration.WAITING,
                now,
                place ? now : null,
                null,
                null,
                null,
                null);
        registration = existing.isPresent() ? registrations.update(registration) : registrations.save(registration);
        if (place) {
            notices.placed(webinar, registration, false);
        } else {
            notices.queued(webinar, registration);
        }
        return view(registration);
    }

    /**
     * Gives back the place or leaves the queue; a freed place goes to the first in line in the same transaction.
     * Idempotent: nothing to give back answers the same. Returns whether something changed.
     */
    @Transactional
    boolean cancel(SignedInUser user, UUID webinarId) {
        Webinar webinar = webinars.findByIdForUpdate(webinarId).orElseThrow(WebinarAccess::notFound);
        Optional<WebinarRegistration> existing = registrations.findByWebinarIdAndUserId(webinarId, user.id());
        if (existing.isEmpty()) {
            // Someone who never registered learns nothing about a webinar they may not see.
            access.visible(user, webinarId);
            return false;
        }
        WebinarRegistration registration = existing.get();
        if (WebinarRegistration.CANCELLED.equals(registration.status()) || webinar.cancelled()) {
            return false;
        }
        Instant now = clock.instant();
        if (webinar.over(now)) {
            throw ApiException.conflict("webinar-over", "This webinar is over; there is no place to give back.");
        }
        boolean hadPlace = registration.registered();
        WebinarRegistration cancelled = registrations.update(new WebinarRegistration(
                registration.id(),
                registration.webinarId(),
                registration.userId(),
                registration.organisationId(),
                WebinarRegistration.CANCELLED,
                registration.requestedAt(),
                registration.registeredAt(),
                now,
                registration.attended(),
                registration.attendanceSource(),
                registration.attendanceAt()));
        notices.released(webinar, cancelled, hadPlace);
        if (hadPlace) {
            promote(webinar);
        }
        return true;
    }

    /**
     * Fills the free places from the waiting list, first come first served. The caller holds the webinar's lock (a
     * cancellation, or an organiser raising the capacity). Returns how many moved up.
     */
    int promote(Webinar webinar) {
        long free = webinar.capacity()
                - registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.REGISTERED);
        if (free <= 0 || webinar.cancelled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<WebinarRegistration> next =
                queue.waiting(webinar.id()).stream().limit(free).toList();
        for (WebinarRegistration waiting : next) {
            WebinarRegistration placed = registrations.update(new WebinarRegistration(
                    waiting.id(),
                    waiting.webinarId(),
                    waiting.userId(),
                    waiting.organisationId(),
                    WebinarRegistration.REGISTERED,
                    waiting.requestedAt(),
                    now,
                    null,
                    waiting.attended(),
                    waiting.attendanceSource(),
                    waiting.attendanceAt()));
            notices.placed(webinar, placed, true);
        }
        return next.size();
    }

    /** The person's registration as the API answers it. */
    RegistrationView view(WebinarRegistration registration) {
        return new RegistrationView(registration.status(), position(registration));
    }

    /** 1 for the next in line; null unless waiting. */
    Integer position(WebinarRegistration registration) {
        if (!registration.waiting()) {
            return null;
        }
        return Math.toIntExact(
                queue.ahead(registration.webinarId(), registration.requestedAt(), registration.id()) + 1);
    }

    private static void requireOpen(Webinar webinar, Instant now) {
        if (webinar.cancelled()) {
            throw ApiException.conflict("webinar-cancelled", "This webinar was cancelled; you cannot register.");
        }
        if (webinar.over(now)) {
            throw ApiException.conflict("webinar-over", "This webinar is over; you cannot register any more.");
        }
    }
}
