package nl.signaal.refresher.link;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LinkSecretRepository extends GenericRepository<LinkSecret, String> {

    Optional<LinkSecret> findById(String id);

    LinkSecret save(LinkSecret secret);
}
