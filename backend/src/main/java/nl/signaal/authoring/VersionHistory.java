package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.authoring.ReviewApi.FileDiff;
import nl.signaal.authoring.ReviewApi.PersonRef;
import nl.signaal.authoring.ReviewApi.VersionRow;
import nl.signaal.identity.Members;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/** An item's published versions, who wrote and published each, and what changed between two of them or the draft. */
@Singleton
class VersionHistory {
    static final String DRAFT = "draft";

    private final AuthoredVersionRepository versions;
    private final AuthoringAccess access;
    private final DraftFiles draftFiles;
    private final Members members;

    VersionHistory(AuthoredVersionRepository versions, AuthoringAccess access, DraftFiles draftFiles, Members members) {
        this.versions = versions;
        this.access = access;
        this.draftFiles = draftFiles;
        this.members = members;
    }

    List<VersionRow> versions(SignedInUser user, UUID id) {
        access.item(user, id);
        Map<UUID, PersonRef> people = new HashMap<>();
        return versions.findByItemIdOrderByNumberDesc(id).stream()
                .map(version -> new VersionRow(
                        version.number(),
                        version.publishedAt(),
                        people.computeIfAbsent(version.publishedBy(), this::person),
                        people.computeIfAbsent(version.authoredBy(), this::person),
                        version.live(),
                        version.unpublishedAt()))
                .toList();
    }

    /** {@code from} and {@code to}: a version number or {@code draft}. */
    List<FileDiff> diff(SignedInUser user, UUID id, @Nullable String from, @Nullable String to) {
        AuthoredItem item = access.item(user, id);
        return Diffs.between(files(item, "from", from), files(item, "to", to));
    }

    private Map<String, String> files(AuthoredItem item, String field, @Nullable String side) {
        String value = side == null ? "" : side.strip();
        if (DRAFT.equals(value)) {
            return draftFiles.read(item.files());
        }
        if (!value.matches("\\d{1,9}")) {
            throw ApiException.invalidField(field, "must be a version number or 'draft'");
        }
        int number = Integer.parseInt(value);
        return versions.findByItemIdAndNumber(item.id(), number)
                .map(version -> draftFiles.read(version.files()))
                .orElseThrow(() -> ApiException.invalidField(field, "there is no version " + number + " of this item"));
    }

    private PersonRef person(UUID id) {
        return new PersonRef(
                id, members.person(id).map(Members.Person::displayName).orElse(null));
    }
}
