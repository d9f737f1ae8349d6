package nl.signaal.webinar;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.refresher.link.PersonalLinks;

/**
 * A person's calendar feed: a signed URL (the reminder links' key and format, {@link PersonalLinks}) that a calendar
 * app subscribes to without signing in. Only the URL whose expiry matches the stored one works, so renewing stores a
 * new expiry and the old URL is dead at once (docs/decisions/0038-ics-with-ical4j.md).
 */
@Singleton
class CalendarFeeds {
    /** Calendar apps subscribe for years; renewing, or asking for the URL after this, gives a new one. */
    static final Duration VALID = Duration.ofDays(5 * 365);
    /** Webinars the organiser cancelled stay in the feed this long as CANCELLED, so subscribed apps remove them. */
    static final Duration CANCELLED_SHOWN = Duration.ofDays(30);

    private final CalendarFeedRepository feeds;
    private final WebinarRegistrationRepository registrations;
    private final WebinarRepository webinars;
    private final PersonalLinks links;
    private final Clock clock;
    private final String publicUrl;

    CalendarFeeds(
            CalendarFeedRepository feeds,
            WebinarRegistrationRepository registrations,
            WebinarRepository webinars,
            PersonalLinks links,
            Clock clock,
            @Value("${signaal.public-url}") String publicUrl) {
        this.feeds = feeds;
        this.registrations = registrations;
        this.webinars = webinars;
        this.links = links;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A feed found through its URL: whose, and in which language. */
    record Owner(UUID userId, String locale) {}

    /** The person's current feed URL; the first time (or once it expired) a new one. */
    String url(UUID userId, String locale) {
        Instant now = clock.instant();
        Optional<CalendarFeed> current = feeds.findById(userId);
        if (current.isEmpty()) {
            return url(create(userId, locale, now));
        }
        CalendarFeed feed = current.get();
        if (!feed.expiresAt().isAfter(now)) {
            feed = feeds.update(new CalendarFeed(userId, freshExpiry(feed, now), locale, feed.createdAt(), now));
        } else if (!feed.locale().equals(locale)) {
            feed = feeds.update(new CalendarFeed(userId, feed.expiresAt(), locale, feed.createdAt(), feed.renewedAt()));
        }
        return url(feed);
    }

    /** A new URL; the old one stops working. */
    String renew(UUID userId, String locale) {
        Instant now = clock.instant();
        return url(feeds.findById(userId)
                .map(feed ->
                        feeds.update(new CalendarFeed(userId, freshExpiry(feed, now), locale, feed.createdAt(), now)))
                .orElseGet(() -> create(userId, locale, now)));
    }

    /** Whose feed this token opens; empty for a forged, expired or renewed one. */
    Optional<Owner> owner(String token) {
        return links.verifyCalendarFeed(token, clock.instant())
                .flatMap(link -> feeds.findById(link.userId())
                        .filter(feed -> feed.expiresAt().equals(link.expiresAt()))
                        .map(feed -> new Owner(feed.userId(), feed.locale())));
    }

    /**
     * The webinars in a person's feed, by start: those they have a place for, and those the organiser cancelled in
     * the last 30 days while they had a place.
     */
    List<Webinar> webinarsOf(UUID userId) {
        Instant now = clock.instant();
        return registrations.findByUserId(userId).stream()
                .map(registration -> webinars.findById(registration.webinarId())
                        .filter(webinar -> inFeed(webinar, registration, now))
                        .orElse(null))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Webinar::startsAt))
                .toList();
    }

    private static boolean inFeed(Webinar webinar, WebinarRegistration registration, Instant now) {
        if (!webinar.cancelled()) {
            return registration.registered();
        }
        Instant cancelledAt = webinar.cancelledAt() != null ? webinar.cancelledAt() : webinar.updatedAt();
        if (cancelledAt.isBefore(now.minus(CANCELLED_SHOWN))) {
            return false;
        }
        // A place kept, or one released by the webinar's cancellation itself (not given up by the person before).
        return registration.registered()
                || (registration.registeredAt() != null
                        && registration.cancelledAt() != null
                        && !registration.cancelledAt().isBefore(cancelledAt));
    }

    private CalendarFeed create(UUID userId, String locale, Instant now) {
        try {
            return feeds.save(
                    new CalendarFeed(userId, now.plus(VALID).truncatedTo(ChronoUnit.SECONDS), locale, now, now));
        } catch (DataAccessException e) {
            // The person asked twice at once (two tabs): the other request stored the feed; both answer its URL.
            return feeds.findById(userId).orElseThrow(() -> e);
        }
    }

    /** Whole seconds (the token carries seconds) and always later than the old expiry, so the old URL never works. */
    private static Instant freshExpiry(CalendarFeed feed, Instant now) {
        Instant fresh = now.plus(VALID).truncatedTo(ChronoUnit.SECONDS);
        return fresh.isAfter(feed.expiresAt()) ? fresh : feed.expiresAt().plusSeconds(1);
    }

    private String url(CalendarFeed feed) {
        return publicUrl + "/api/calendar/" + links.signCalendarFeed(feed.userId(), feed.expiresAt()) + ".ics";
    }
}
