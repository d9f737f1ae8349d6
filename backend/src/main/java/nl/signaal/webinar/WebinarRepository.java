package nl.signaal.webinar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebinarRepository extends CrudRepository<Webinar, UUID> {

    /** The webinar locked for this transaction: registrations for one webinar take their places one at a time. */
    @Query("SELECT * FROM webinar WHERE id = :id FOR UPDATE")
    Optional<Webinar> findByIdForUpdate(UUID id);
}
