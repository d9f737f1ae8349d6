package nl.signaal.insight;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** That a member belongs to a team. */
@MappedEntity(value = "team_member", escape = false)
record TeamMember(@Id UUID id, UUID teamId, UUID userId, Instant addedAt) {}
