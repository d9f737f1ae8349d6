package nl.signaal.learning;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A submitted knowledge check; its id is the client's attempt id, which makes a retry idempotent. */
@MappedEntity(value = "check_attempt", escape = false)
record CheckAttempt(
        @Id UUID id,
        UUID userId,
        String moduleId,
        int moduleVersion,
        String answers,
        double score,
        boolean passed,
        boolean completedModule,
        Instant submittedAt) {}
