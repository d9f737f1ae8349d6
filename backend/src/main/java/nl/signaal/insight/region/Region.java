package nl.signaal.insight.region;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A region: owned by one organisation (a municipality), whose coordinators see its partners' aggregates. */
@MappedEntity(value = "region", escape = false)
record Region(@Id UUID id, UUID ownerOrganisationId, String name, String joinCode, Instant createdAt) {}
