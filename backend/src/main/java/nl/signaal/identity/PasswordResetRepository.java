package nl.signaal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordResetRepository extends CrudRepository<PasswordReset, UUID> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    /** Uses the link up: of two requests with the same token only one deletes the row (count 1). */
    @Query("DELETE FROM password_reset WHERE token_hash = :tokenHash AND expires_at > :now")
    int take(String tokenHash, Instant now);

    void deleteByExpiresAtLessThan(Instant now);
}
