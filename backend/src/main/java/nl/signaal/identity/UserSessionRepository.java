package nl.signaal.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserSessionRepository extends CrudRepository<UserSession, String> {
    void deleteByExpiresAtLessThan(Instant now);
}
