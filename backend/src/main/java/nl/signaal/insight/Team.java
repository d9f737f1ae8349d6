package nl.signaal.insight;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A team of an organisation: a name and the sector it works in. Members belong to any number of teams. */
@MappedEntity(value = "team", escape = false)
record Team(@Id UUID id, UUID organisationId, String name, String sector, Instant createdAt) {
    TeamRef ref() {
        return new TeamRef(id, name, sector);
    }
}
