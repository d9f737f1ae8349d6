package nl.signaal.insight.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * That an organisation opted in to a region, who did and when; {@code leftAt} set means it opted out and its numbers
 * are no longer in the regional view.
 */
@MappedEntity(value = "region_partner", escape = false)
record RegionPartner(
        @Id UUID id,
        UUID regionId,
        UUID organisationId,
        Instant joinedAt,
        @Nullable UUID joinedBy,
        @Nullable Instant leftAt,
        @Nullable UUID leftBy) {
    boolean active() {
        return leftAt == null;
    }
}
