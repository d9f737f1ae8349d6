package nl.signaal.authoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nl.signaal.authoring.ReviewApi.SendBackCommand;
import nl.signaal.authoring.ReviewApi.VersionCommand;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * Draft → review by a second trainer → published version (decision 0044). The person who asks for review never
 * publishes; a published version gets the next number, written into the draft's version line, and is kept whole.
 * Every step locks the item row, so two reviewers publishing at once make exactly one version.
 */
@Singleton
class ReviewingDrafts {
    static final int MAX_COMMENT = 4000;

    private final AuthoredItemRepository items;
    private final AuthoredVersionRepository versions;
    private final AuthoringAccess access;
    private final CheckingDrafts checking;
    private final DraftFiles draftFiles;
    private final Clock clock;

    ReviewingDrafts(
            AuthoredItemRepository items,
            AuthoredVersionRepository versions,
            AuthoringAccess access,
            CheckingDrafts checking,
            DraftFiles draftFiles,
            Clock clock) {
        this.items = items;
        this.versions = versions;
        this.access = access;
        this.checking = checking;
        this.draftFiles = draftFiles;
        this.clock = clock;
    }

    /** Asks a colleague to review this version of the draft; asking again for the same version changes nothing. */
    @Transactional
    AuthoredItem askForReview(SignedInUser user, UUID id, VersionCommand command) {
        access.item(user, id);
        long version = required(command);
        AuthoredItem item = locked(id);
        if (item.inReview() && item.version() == version) {
            return item;
        }
        current(item, version);
        withoutErrors(item, draftFiles.read(item.files()), "asked for review");
        Instant now = clock.instant();
        items.updateReview(id, AuthoredItem.IN_REVIEW, user.id(), now, null);
        return item.withState(AuthoredItem.IN_REVIEW, user.id(), now, null);
    }

    /** The reviewer sends the draft back with what to change; the author sees the comment until the next review. */
    @Transactional
    AuthoredItem sendBack(SignedInUser user, UUID id, SendBackCommand command) {
        access.item(user, id);
        String comment = command.comment() == null ? "" : command.comment().strip();
        if (comment.isEmpty()) {
            throw ApiException.invalidField("comment", "is required: tell the author what to change");
        }
        if (comment.length() > MAX_COMMENT) {
            throw ApiException.invalidField("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        AuthoredItem item = locked(id);
        if (!item.inReview()) {
            if (comment.equals(item.reviewComment())) {
                return item; // the same send-back again
            }
            throw notInReview();
        }
        items.updateReview(id, AuthoredItem.DRAFT, item.reviewRequestedBy(), item.reviewRequestedAt(), comment);
        return item.withState(AuthoredItem.DRAFT, item.reviewRequestedBy(), item.reviewRequestedAt(), comment);
    }

    /**
     * Publishes the reviewed draft as the next version: 1 + the highest number published before (or 1), never lower
     * than the draft's own version line. The number goes into the draft's version line too; the draft is a DRAFT
     * again. A retry by the same reviewer of a publish that went through answers the same draft.
     */
    @Transactional
    AuthoredItem publish(SignedInUser user, UUID id, VersionCommand command) {
        access.item(user, id);
        long version = required(command);
        AuthoredItem item = locked(id);
        Optional<AuthoredVersion> latest =
                versions.findByItemIdOrderByNumberDesc(id).stream().findFirst();
        if (!item.inReview()) {
            if (latest.filter(done -> publishedJustNow(item, done, user, version))
                    .isPresent()) {
                return item;
            }
            throw notInReview();
        }
        if (user.id().equals(item.reviewRequestedBy())) {
            throw ApiException.forbidden("A second trainer must review: you asked for this review, so a colleague"
                    + " reviews and publishes it.");
        }
        current(item, version);
        Map<String, String> files = draftFiles.read(item.files());
        withoutErrors(item, files, "published");
        String structureFile = VersionLine.structureFile(item);
        String structure = files.get(structureFile);
        if (structure == null) {
            throw ApiException.conflict("draft-has-errors", "The draft has no " + structureFile + ".");
        }
        int number = Math.max(
                latest.map(done -> done.number() + 1).orElse(1),
                VersionLine.read(structure).orElse(1));
        Map<String, String> published = new TreeMap<>(files);
        published.put(structureFile, VersionLine.write(structure, number));
        String text = draftFiles.write(published);
        Instant now = clock.instant();
        versions.save(new AuthoredVersion(
                UUID.randomUUID(), id, number, text, item.reviewRequestedBy(), user.id(), now, null, null));
        return items.update(item.withDraft(text, item.translationBasis(), user.id(), now)
                .withState(AuthoredItem.DRAFT, null, null, null));
    }

    /** Takes every live version of the item offline; runs in progress keep playing the version they pinned. */
    @Transactional
    AuthoredItem unpublish(SignedInUser user, UUID id) {
        access.item(user, id);
        AuthoredItem item = locked(id);
        versions.unpublishLive(id, user.id(), clock.instant());
        return item;
    }

    /** Deletes a draft that was never published; a published one is unpublished instead (runs may pin it). */
    @Transactional
    void delete(SignedInUser user, UUID id) {
        access.item(user, id);
        locked(id);
        if (versions.existsByItemId(id)) {
            throw ApiException.conflict(
                    "item-published",
                    "This item has been published and learners' runs may use it, so it cannot be deleted."
                            + " Unpublish it instead.");
        }
        items.deleteById(id);
    }

    private AuthoredItem locked(UUID id) {
        return items.findByIdForUpdate(id).orElseThrow(AuthoringAccess::notFound);
    }

    private static long required(VersionCommand command) {
        if (command == null || command.version() == null) {
            throw ApiException.invalidField("version", "is required: the version of the draft you read");
        }
        return command.version();
    }

    private static void current(AuthoredItem item, long version) {
        if (item.version() != version) {
            throw ApiException.conflict(
                    "draft-edited",
                    "Someone saved this draft after you read it. Load the draft again and look at the changes.");
        }
    }

    private void withoutErrors(AuthoredItem item, Map<String, String> files, String what) {
        List<DraftProblem> errors = checking.check(item.kind(), item.contentId(), files).stream()
                .filter(problem -> "ERROR".equals(problem.severity()))
                .toList();
        if (!errors.isEmpty()) {
            DraftProblem first = errors.get(0);
            throw ApiException.conflict(
                    "draft-has-errors",
                    "A draft with errors cannot be " + what + ": it has " + errors.size() + " error"
                            + (errors.size() == 1 ? "" : "s") + ", the first in " + first.file() + " line "
                            + first.line() + ": " + first.message());
        }
    }

    /** The same reviewer publishing the same version again, after the first publish went through. */
    private static boolean publishedJustNow(
            AuthoredItem item, AuthoredVersion latest, SignedInUser user, long version) {
        return latest.publishedBy().equals(user.id())
                && latest.live()
                && item.version() == version + 1
                && latest.files().equals(item.files());
    }

    private static ApiException notInReview() {
        return ApiException.conflict(
                "not-in-review",
                "This draft is not in review (any more): it was sent back, published or changed meanwhile."
                        + " Load it again.");
    }
}
