package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/** The calendar feed in the personal data download (when it was made and renewed, never the URL) and its erasure. */
@Singleton
class CalendarFeedOfPerson implements PersonalData {
    private final CalendarFeedRepository feeds;

    CalendarFeedOfPerson(CalendarFeedRepository feeds) {
        this.feeds = feeds;
    }

    @Serdeable
    record FeedView(Instant createdAt, Instant renewedAt, Instant expiresAt, String locale) {}

    @Override
    public String section() {
        return "calendarFeed";
    }

    @Override
    public @Nullable FeedView exportOf(UUID userId) {
        return feeds.findById(userId)
                .map(f -> new FeedView(f.createdAt(), f.renewedAt(), f.expiresAt(), f.locale()))
                .orElse(null);
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        feeds.deleteById(userId);
    }
}
