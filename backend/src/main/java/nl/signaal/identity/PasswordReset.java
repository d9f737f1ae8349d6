package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A user's one open reset link; the token itself is only in the e-mail, here is its SHA-256. */
@MappedEntity(value = "password_reset", escape = false)
record PasswordReset(@Id UUID userId, String tokenHash, Instant createdAt, Instant expiresAt) {}
