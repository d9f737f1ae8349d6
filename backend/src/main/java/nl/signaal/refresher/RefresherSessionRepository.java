package nl.signaal.refresher;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefresherSessionRepository extends GenericRepository<RefresherSession, UUID> {

    RefresherSession save(RefresherSession session);

    Optional<RefresherSession> findById(UUID id);

    long countByUserId(UUID userId);

    void updateFinishedAt(@Id UUID id, Instant finishedAt);
}
