package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserAccountRepository extends CrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findByOrganisationIdOrderByDisplayName(UUID organisationId);

    @Query("SELECT COUNT(*) > 0 FROM app_user WHERE roles LIKE '%ADMIN%'")
    boolean anyAdministrator();

    @Query("SELECT COUNT(*) FROM app_user WHERE organisation_id = :organisationId AND roles LIKE '%ADMIN%'")
    long countAdministrators(UUID organisationId);

    void updateLocale(@Id UUID id, String locale);

    /**
     * Counts a failed login in one statement, so parallel guesses cannot slip past the limit;
     * the failure that reaches {@code maxFailures} locks the account until {@code lockUntil}.
     * A lock that has run out starts the count afresh.
     */
    @Query("""
            UPDATE app_user SET
              failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 1 ELSE failed_logins + 1 END,
              locked_until = CASE
                WHEN locked_until IS NOT NULL AND locked_until <= :now THEN NULL
                WHEN failed_logins + 1 >= :maxFailures THEN :lockUntil
                ELSE locked_until END
            WHERE id = :id""")
    void recordFailedLogin(UUID id, Instant now, int maxFailures, Instant lockUntil);

    @Query("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id")
    void resetFailedLogins(UUID id);
}
