package nl.signaal.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ErasedAccountRepository extends GenericRepository<ErasedAccount, UUID> {

    ErasedAccount save(ErasedAccount erased);

    boolean existsByIdAndOrganisationId(UUID id, UUID organisationId);
}
