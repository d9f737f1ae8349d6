package nl.signaal.insight.region;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegionRepository extends CrudRepository<Region, UUID> {
    List<Region> findByOwnerOrganisationIdOrderByName(UUID ownerOrganisationId);

    Optional<Region> findByIdAndOwnerOrganisationId(UUID id, UUID ownerOrganisationId);

    Optional<Region> findByJoinCode(String joinCode);

    boolean existsByOwnerOrganisationIdAndName(UUID ownerOrganisationId, String name);

    void updateJoinCode(@Id UUID id, String joinCode);

    void updateName(@Id UUID id, String name);
}
