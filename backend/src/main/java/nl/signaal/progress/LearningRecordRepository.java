package nl.signaal.progress;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Insert and read only: learning records are never updated or deleted in place. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LearningRecordRepository extends GenericRepository<LearningRecord, UUID> {

    LearningRecord save(LearningRecord record);

    List<LearningRecord> findByUserIdOrderByStoredAt(UUID userId);

    Optional<LearningRecord> findById(UUID id);

    List<LearningRecord> findByUserIdAndVerbInOrderByStoredAt(UUID userId, Collection<String> verbs);

    List<LearningRecord> findByOrganisationIdAndVerbInOrderByStoredAt(UUID organisationId, Collection<String> verbs);

    Page<LearningRecord> findByUserId(UUID userId, Pageable pageable);

    Page<LearningRecord> findByOrganisationId(UUID organisationId, Pageable pageable);
}
