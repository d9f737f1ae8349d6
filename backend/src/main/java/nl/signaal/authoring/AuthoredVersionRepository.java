package nl.signaal.authoring;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuthoredVersionRepository extends CrudRepository<AuthoredVersion, UUID> {

    List<AuthoredVersion> findByItemIdOrderByNumberDesc(UUID itemId);
}
