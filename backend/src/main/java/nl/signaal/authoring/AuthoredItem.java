package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of authored_item: one scenario or module a trainer writes in the browser, with its current draft. {@code files}
 * is the draft as a JSON object of file name to text ({@link DraftFiles} reads it): for a scenario
 * {@code scenario.yaml} and {@code <locale>.yaml}; for a module {@code module.yaml}, {@code <locale>.yaml},
 * {@code refreshers/items.yaml} and {@code refreshers/<locale>.yaml}: exactly what content/ would hold.
 */
@MappedEntity(value = "authored_item", escape = false)
record AuthoredItem(
        @Id UUID id,
        UUID organisationId,
        String kind,
        String contentId,
        @Nullable String derivedFrom,
        String audience,
        String state,
        String files,
        String translationBasis,
        @Nullable String twineIfid,
        @Version long version,
        UUID createdBy,
        Instant createdAt,
        UUID updatedBy,
        Instant updatedAt,
        @Nullable UUID reviewRequestedBy,
        @Nullable Instant reviewRequestedAt,
        @Nullable String reviewComment) {

    static final String SCENARIO = "SCENARIO";
    static final String MODULE = "MODULE";
    static final String DRAFT = "DRAFT";
    static final String IN_REVIEW = "IN_REVIEW";
    /** Once published: every organisation sees it. */
    static final String ALL = "ALL";
    /** Once published: only the owning organisation sees it (always so for a variant of a shipped scenario). */
    static final String OWN = "OWN";

    /** A new draft, never saved before (version 0, no review asked). */
    static AuthoredItem newDraft(
            UUID organisationId,
            String kind,
            String contentId,
            @Nullable String derivedFrom,
            String audience,
            String files,
            @Nullable String twineIfid,
            UUID by,
            Instant at) {
        return new AuthoredItem(
                UUID.randomUUID(),
                organisationId,
                kind,
                contentId,
                derivedFrom,
                audience,
                DRAFT,
                files,
                "{}",
                twineIfid,
                0,
                by,
                at,
                by,
                at,
                null,
                null,
                null);
    }

    boolean scenario() {
        return SCENARIO.equals(kind);
    }

    boolean inReview() {
        return IN_REVIEW.equals(state);
    }

    AuthoredItem withDraft(String newFiles, String newBasis, UUID by, Instant at) {
        return new AuthoredItem(
                id,
                organisationId,
                kind,
                contentId,
                derivedFrom,
                audience,
                state,
                newFiles,
                newBasis,
                twineIfid,
                version,
                createdBy,
                createdAt,
                by,
                at,
                reviewRequestedBy,
                reviewRequestedAt,
                reviewComment);
    }

    AuthoredItem withState(
            String newState, @Nullable UUID requestedBy, @Nullable Instant requestedAt, @Nullable String comment) {
        return new AuthoredItem(
                id,
                organisationId,
                kind,
                contentId,
                derivedFrom,
                audience,
                newState,
                files,
                translationBasis,
                twineIfid,
                version,
                createdBy,
                createdAt,
                updatedBy,
                updatedAt,
                requestedBy,
                requestedAt,
                comment);
    }
}
