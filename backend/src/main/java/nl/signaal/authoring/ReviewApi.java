package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the review, publishing and version endpoints read and answer (docs/authoring.md, "Review and publishing"). */
final class ReviewApi {
    private ReviewApi() {}

    /** Ask for review, or publish: {@code version} is the draft version the caller read; stale answers 409. */
    @Serdeable
    record VersionCommand(@Nullable Long version) {}

    /** Send a draft back to its author: what to change, plain text (several lines allowed), at most 4000 chars. */
    @Serdeable
    record SendBackCommand(@Nullable String comment) {}

    /** A person as the version list names them; {@code name} is null when the account was erased. */
    @Serdeable
    record PersonRef(UUID id, @Nullable String name) {}

    /**
     * One published version, newest first. authoredBy asked for review, publishedBy reviewed and published it; live
     * until unpublished.
     */
    @Serdeable
    record VersionRow(
            int number,
            Instant publishedAt,
            PersonRef publishedBy,
            PersonRef authoredBy,
            boolean live,
            @Nullable Instant unpublishedAt) {}

    /** One file of a comparison. status: added, removed, changed or same (same and added-empty have no hunks). */
    @Serdeable
    record FileDiff(String file, String status, List<Hunk> hunks) {}

    /** A run of changed lines with up to three unchanged lines of context on either side. */
    @Serdeable
    record Hunk(List<DiffLine> lines) {}

    /**
     * One line of a hunk. kind: context, added or removed. oldLine/newLine: 1-based line numbers in the "from" and
     * "to" file (null on the side the line is not in). text: the line without its line break, raw file text (show it
     * as text, never as HTML).
     */
    @Serdeable
    record DiffLine(
            String kind,
            @Nullable Integer oldLine,
            @Nullable Integer newLine,
            String text) {}
}
