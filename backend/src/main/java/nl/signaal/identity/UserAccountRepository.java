package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

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

    void updateLocale(@Id UUID id, String locale);
}
