package nl.signaal.webinar;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of calendar_feed: which of the person's signed feed URLs works (the one with this expiry). */
@MappedEntity(value = "calendar_feed", escape = false)
record CalendarFeed(@Id UUID userId, Instant expiresAt, String locale, Instant createdAt, Instant renewedAt) {}
