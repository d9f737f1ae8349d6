package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A micro-refresher: the items it asks (a JSON list, in order). Its answers are learning records. */
@MappedEntity(value = "refresher_session", escape = false)
record RefresherSession(
        @Id UUID id,
        UUID userId,
        UUID organisationId,
        String itemIds,
        Instant startedAt,
        @Nullable Instant finishedAt) {}
