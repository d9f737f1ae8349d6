package nl.signaal.identity;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.UUID;

/** What one authenticated request needs of its session, user and organisation, read in one query. */
@Introspected
record SessionPrincipal(
        String sessionId,
        String csrfToken,
        Instant expiresAt,
        UUID userId,
        String email,
        String displayName,
        String roles,
        String locale,
        UUID organisationId,
        String sector) {}
