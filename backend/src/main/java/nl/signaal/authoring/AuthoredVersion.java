package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of authored_version: one published version of an authored item, its files kept whole. {@code number} is the
 * version written into scenario.yaml or module.yaml, which runs pin to. Unpublishing only stamps the row.
 */
@MappedEntity(value = "authored_version", escape = false)
record AuthoredVersion(
        @Id UUID id,
        UUID itemId,
        int number,
        String files,
        UUID authoredBy,
        UUID publishedBy,
        Instant publishedAt,
        @Nullable UUID unpublishedBy,
        @Nullable Instant unpublishedAt) {

    boolean live() {
        return unpublishedAt == null;
    }
}
