package nl.signaal.refresher;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefresherPolicyRepository extends GenericRepository<RefresherPolicy, UUID> {

    Optional<RefresherPolicy> findById(UUID organisationId);

    List<RefresherPolicy> findAll();

    boolean existsById(UUID organisationId);

    RefresherPolicy save(RefresherPolicy policy);

    RefresherPolicy update(RefresherPolicy policy);
}
