package nl.signaal.insight.region;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegionPartnerRepository extends CrudRepository<RegionPartner, UUID> {
    Optional<RegionPartner> findByRegionIdAndOrganisationId(UUID regionId, UUID organisationId);

    List<RegionPartner> findByOrganisationIdAndLeftAtIsNull(UUID organisationId);

    List<RegionPartner> findByRegionIdAndLeftAtIsNull(UUID regionId);
}
