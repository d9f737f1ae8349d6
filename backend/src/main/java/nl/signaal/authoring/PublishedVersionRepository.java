package nl.signaal.authoring;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** What learners see of authored_version: the live rows, and two counts that change whenever a version does. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublishedVersionRepository extends GenericRepository<AuthoredVersion, UUID> {

    List<AuthoredVersion> findByUnpublishedAtIsNull();

    /** Rows are only added (publish) and stamped (unpublish), so these two counts move with every change. */
    long count();

    long countByUnpublishedAtIsNotNull();
}
