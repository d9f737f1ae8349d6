package nl.signaal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvitationRepository extends CrudRepository<Invitation, String> {

    List<Invitation> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

    /** Takes one use of the code if it has one left; 0 rows means it is expired or used up. */
    @Query("UPDATE invitation SET uses = uses + 1 WHERE code = :code AND uses < max_uses AND expires_at > :now")
    int takeUse(String code, Instant now);
}
