package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** An organisation whose professionals learn together; its sector chooses the content shown first. */
@MappedEntity(value = "organisation", escape = false)
record Organisation(@Id UUID id, String name, String sector, boolean demo, Instant createdAt) {}
