package nl.signaal.authoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.authoring.AuthoringApi.CreateCommand;
import nl.signaal.authoring.AuthoringApi.ItemRow;
import nl.signaal.authoring.AuthoringApi.ItemView;
import nl.signaal.authoring.AuthoringApi.SaveCommand;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Creating, reading and saving drafts. Saving is optimistic: a save based on an older version changes nothing. */
@Singleton
class AuthoringDrafts {
    private final AuthoredItemRepository items;
    private final NewContentIds contentIds;
    private final AuthoredVersionRepository versions;
    private final AuthoringAccess access;
    private final CheckingDrafts checking;
    private final DraftFiles draftFiles;
    private final TranslationBasis translationBasis;
    private final Content content;
    private final Clock clock;

    AuthoringDrafts(
            AuthoredItemRepository items,
            NewContentIds contentIds,
            AuthoredVersionRepository versions,
            AuthoringAccess access,
            CheckingDrafts checking,
            DraftFiles draftFiles,
            TranslationBasis translationBasis,
            Content content,
            Clock clock) {
        this.items = items;
        this.contentIds = contentIds;
        this.versions = versions;
        this.access = access;
        this.checking = checking;
        this.draftFiles = draftFiles;
        this.translationBasis = translationBasis;
        this.content = content;
        this.clock = clock;
    }

    List<ItemRow> list(SignedInUser user) {
        AuthoringAccess.author(user);
        return items.findByOrganisationIdOrderByUpdatedAtDesc(user.organisationId()).stream()
                .map(this::row)
                .toList();
    }

    @Transactional
    AuthoredItem create(SignedInUser user, CreateCommand command) {
        AuthoringAccess.author(user);
        String kind = command.kind();
        if (!AuthoredItem.SCENARIO.equals(kind) && !AuthoredItem.MODULE.equals(kind)) {
            throw ApiException.invalidField("kind", "must be SCENARIO or MODULE");
        }
        String id = contentIds.checked(command.contentId());
        Map<String, String> files;
        String audience;
        if (command.derivedFrom() != null && !command.derivedFrom().isBlank()) {
            if (!AuthoredItem.SCENARIO.equals(kind)) {
                throw ApiException.invalidField(
                        "derivedFrom", "only a scenario can be a variant of a shipped scenario");
            }
            Scenario shipped = content.scenario(command.derivedFrom())
                    .orElseThrow(() -> ApiException.invalidField(
                            "derivedFrom", "there is no shipped scenario '" + command.derivedFrom() + "'"));
            files = AuthoringTemplates.variant(shipped.sourceFiles(), id);
            audience = AuthoredItem.OWN;
        } else {
            files = AuthoredItem.SCENARIO.equals(kind)
                    ? AuthoringTemplates.scenario(id)
                    : AuthoringTemplates.module(id);
            audience = command.audience() == null ? AuthoredItem.OWN : command.audience();
            if (!AuthoredItem.ALL.equals(audience) && !AuthoredItem.OWN.equals(audience)) {
                throw ApiException.invalidField("audience", "must be ALL or OWN");
            }
        }
        return items.save(AuthoredItem.newDraft(
                user.organisationId(),
                kind,
                id,
                command.derivedFrom() == null || command.derivedFrom().isBlank() ? null : command.derivedFrom(),
                audience,
                draftFiles.write(files),
                null,
                user.id(),
                clock.instant()));
    }

    /**
     * Saves the whole draft based on {@code command.version()}; a stale version answers 409 {@code draft-edited} and
     * changes nothing. Problems never block a save: a draft may be broken while it is written. A save of a draft in
     * review puts it back to DRAFT.
     */
    @Transactional
    AuthoredItem save(SignedInUser user, UUID id, SaveCommand command) {
        access.item(user, id);
        if (command.version() == null) {
            throw ApiException.invalidField("version", "is required: the version you edited");
        }
        if (command.files() == null || command.files().isEmpty()) {
            throw ApiException.invalidField("files", "must hold the draft's files");
        }
        AuthoredItem before = items.findByIdForUpdate(id).orElseThrow(AuthoringAccess::notFound);
        if (command.version() != before.version()) {
            throw ApiException.conflict(
                    "draft-edited",
                    "Someone else saved this draft while you were editing it. Load their version to see it;"
                            + " your changes are still in your editor.");
        }
        String basis = translationBasis.after(
                before.kind(), draftFiles.read(before.files()), command.files(), before.translationBasis());
        AuthoredItem saved = before.withDraft(draftFiles.write(command.files()), basis, user.id(), clock.instant());
        if (before.inReview()) {
            // a changed draft is not what the reviewer was asked to look at: review must be asked again
            saved = saved.withState(AuthoredItem.DRAFT, null, null, before.reviewComment());
        }
        return items.update(saved);
    }

    ItemView view(AuthoredItem item) {
        Map<String, String> files = draftFiles.read(item.files());
        return new ItemView(
                item.id(),
                item.kind(),
                item.contentId(),
                item.derivedFrom(),
                item.audience(),
                item.state(),
                item.version(),
                files,
                checking.check(item.kind(), item.contentId(), files),
                item.updatedAt(),
                item.updatedBy(),
                item.reviewRequestedBy(),
                item.reviewComment(),
                publishedVersion(item).orElse(null));
    }

    private ItemRow row(AuthoredItem item) {
        Map<String, String> files = draftFiles.read(item.files());
        int errors = (int) checking.check(item.kind(), item.contentId(), files).stream()
                .filter(problem -> "ERROR".equals(problem.severity()))
                .count();
        Optional<AuthoredVersion> live = liveVersion(item);
        return new ItemRow(
                item.id(),
                item.kind(),
                item.contentId(),
                dutchTitle(files).orElse(item.contentId()),
                item.derivedFrom(),
                item.audience(),
                item.state(),
                item.updatedAt(),
                errors,
                live.map(AuthoredVersion::number).orElse(null),
                item.reviewRequestedBy(),
                live.map(version -> !draftFiles.read(version.files()).equals(files))
                        .orElse(false));
    }

    private Optional<Integer> publishedVersion(AuthoredItem item) {
        return liveVersion(item).map(AuthoredVersion::number);
    }

    private Optional<AuthoredVersion> liveVersion(AuthoredItem item) {
        return versions.findByItemIdOrderByNumberDesc(item.id()).stream()
                .filter(AuthoredVersion::live)
                .findFirst();
    }

    static Optional<String> dutchTitle(Map<String, String> files) {
        String nl = files.get("nl.yaml");
        if (nl == null) {
            return Optional.empty();
        }
        try {
            Object parsed = new Load(LoadSettings.builder().build()).loadFromString(nl);
            if (parsed instanceof Map<?, ?> map && map.get("title") instanceof String title && !title.isBlank()) {
                return Optional.of(title.strip());
            }
        } catch (RuntimeException notYaml) {
            // a draft may be broken while it is written; the list then shows the id
        }
        return Optional.empty();
    }
}
