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

/** Insert and read only: learning records are never updated or deleted in place, except to erase an account. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LearningRecordRepository extends GenericRepository<LearningRecord, UUID> {

    LearningRecord save(LearningRecord record);

    /** One JDBC batch: the statements of one action in one round trip. */
    List<LearningRecord> saveAll(Iterable<LearningRecord> records);

    List<LearningRecord> findByUserIdOrderByStoredAt(UUID userId);

    Optional<LearningRecord> findById(UUID id);

    List<LearningRecord> findByOrganisationIdAndIdIn(UUID organisationId, Collection<UUID> ids);

    List<LearningRecord> findByUserIdAndVerbInOrderByStoredAt(UUID userId, Collection<String> verbs);

    List<LearningRecord> findByOrganisationIdAndVerbInOrderByStoredAt(UUID organisationId, Collection<String> verbs);

    Page<LearningRecord> findByUserId(UUID userId, Pageable pageable);

    Page<LearningRecord> findByOrganisationId(UUID organisationId, Pageable pageable);

    /**
     * The one update of learning records: erasing an account moves its records to a pseudonym, in the column and in
     * the statement's actor (the id appears nowhere else in a statement), so counts and scores stay as they were.
     */
    @io.micronaut.data.annotation.Query("UPDATE learning_record SET user_id = :pseudonym,"
            + " statement = REPLACE(statement, :userIdText, :pseudonymText) WHERE user_id = :userId")
    int pseudonymise(UUID userId, UUID pseudonym, String userIdText, String pseudonymText);
}
