package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** Someone in a session; tokenHash is the SHA-256 of their cookie, userId only when they joined as themselves. */
@MappedEntity(value = "live_participant", escape = false)
record LiveParticipant(
        @Id UUID id,
        UUID sessionId,
        String nickname,
        String tokenHash,
        @Nullable UUID userId,
        @Nullable UUID userOrganisationId,
        @Nullable String fragmentId,
        Instant joinedAt,
        @Nullable Instant removedAt) {

    boolean removed() {
        return removedAt != null;
    }
}
