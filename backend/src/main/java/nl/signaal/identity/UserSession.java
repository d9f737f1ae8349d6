package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A login. The id is the SHA-256 of the cookie value; the cookie itself is never stored. */
@MappedEntity(value = "user_session", escape = false)
record UserSession(@Id String id, UUID userId, String csrfToken, Instant createdAt, Instant expiresAt) {}
