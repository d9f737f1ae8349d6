package nl.signaal.webinar;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebinarRegistrationRepository extends CrudRepository<WebinarRegistration, UUID> {

    Optional<WebinarRegistration> findByWebinarIdAndUserId(UUID webinarId, UUID userId);

    List<WebinarRegistration> findByWebinarIdOrderByRequestedAt(UUID webinarId);

    List<WebinarRegistration> findByUserId(UUID userId);

    long countByWebinarIdAndStatus(UUID webinarId, String status);
}
