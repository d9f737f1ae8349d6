package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the authoring endpoints read and answer. docs/authoring-contract.md describes each. */
final class AuthoringApi {
    private AuthoringApi() {}

    /**
     * A new draft. kind SCENARIO or MODULE; contentId the id learners will see (lowercase, digits, single hyphens;
     * not used by shipped or authored content); audience ALL or OWN (a variant is always OWN); derivedFrom: a shipped
     * scenario to start from (a variant for this organisation), else the template.
     */
    @Serdeable
    record CreateCommand(
            @Nullable String kind,
            @Nullable String contentId,
            @Nullable String audience,
            @Nullable String derivedFrom) {}

    /** A save of the whole draft, based on the version read; 409 draft-edited when someone saved meanwhile. */
    @Serdeable
    record SaveCommand(@Nullable Long version, @Nullable Map<String, String> files) {}

    /**
     * One line of the authoring list. title: the Dutch title from the draft, or the content id when it has none;
     * changedSincePublished: the draft's files differ from the live version's (false when nothing is live).
     */
    @Serdeable
    record ItemRow(
            UUID id,
            String kind,
            String contentId,
            String title,
            @Nullable String derivedFrom,
            String audience,
            String state,
            Instant updatedAt,
            int errors,
            @Nullable Integer publishedVersion,
            @Nullable UUID reviewRequestedBy,
            boolean changedSincePublished) {}

    /** A draft with everything the editor needs: its files, the version for the next save and its problems. */
    @Serdeable
    record ItemView(
            UUID id,
            String kind,
            String contentId,
            @Nullable String derivedFrom,
            String audience,
            String state,
            long version,
            Map<String, String> files,
            List<DraftProblem> problems,
            Instant updatedAt,
            UUID updatedBy,
            @Nullable UUID reviewRequestedBy,
            @Nullable String reviewComment,
            @Nullable Integer publishedVersion) {}
}
