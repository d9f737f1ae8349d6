package nl.signaal.authoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.signaal.authoring.AuthoringApi.CreateCommand;
import nl.signaal.authoring.AuthoringApi.SaveCommand;
import nl.signaal.authoring.ContentFolderApi.ImportReport;
import nl.signaal.authoring.ContentFolderApi.ImportedItem;
import nl.signaal.content.Content;
import nl.signaal.content.Ids;
import nl.signaal.identity.SignedInUser;

/**
 * Imports a zip of a content folder: one draft per scenario or module found. A new id makes a new draft (audience
 * OWN); an id your organisation already authors saves over that draft (with its current version, as the editor
 * would); a shipped id, another organisation's id or an incomplete item is refused. All or nothing: one transaction.
 * Importing the same zip again updates the same drafts.
 */
@Singleton
class ImportingContent {
    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String REFUSED = "refused";

    private final AuthoringDrafts drafts;
    private final AuthoredItemRepository items;
    private final Content content;

    ImportingContent(AuthoringDrafts drafts, AuthoredItemRepository items, Content content) {
        this.drafts = drafts;
        this.items = items;
        this.content = content;
    }

    @Transactional
    ImportReport importZip(SignedInUser user, byte[] zip) {
        AuthoringAccess.author(user);
        ContentFolder.Unpacked unpacked = ContentFolder.unzip(zip);
        List<ImportedItem> report = new ArrayList<>();
        for (ContentFolder.Found found : unpacked.items()) {
            report.add(importItem(user, found));
        }
        return new ImportReport(report, unpacked.skipped());
    }

    private ImportedItem importItem(SignedInUser user, ContentFolder.Found found) {
        String id = found.contentId();
        boolean scenario = AuthoredItem.SCENARIO.equals(found.kind());
        String main = scenario ? "scenario.yaml" : "module.yaml";
        if (!found.files().containsKey(main)) {
            return refused(
                    found,
                    main,
                    scenario
                            ? "scenarios/" + id + "/ has no scenario.yaml"
                            : "refreshers/" + id + "/ needs its module: modules/" + id + "/module.yaml is missing");
        }
        if (id.length() > 80 || !Ids.isValid(id)) {
            return refused(found, main, "'" + id + "' is no valid id: 1 to 80 lowercase letters, digits and hyphens");
        }
        if (content.scenario(id).isPresent() || content.module(id).isPresent()) {
            return refused(
                    found,
                    main,
                    "'" + id + "' is shipped content (content/ folder) and cannot be imported as a draft"
                            + (scenario ? "; make a variant of it or import it under a new id" : ""));
        }
        Optional<AuthoredItem> existing = items.findByContentId(id);
        if (existing.isPresent()) {
            AuthoredItem item = existing.get();
            if (!item.organisationId().equals(user.organisationId())) {
                return refused(found, main, "'" + id + "' is already used by another organisation");
            }
            if (!item.kind().equals(found.kind())) {
                return refused(
                        found,
                        main,
                        "'" + id + "' is already one of your " + (scenario ? "modules" : "scenarios")
                                + ": choose another id");
            }
            return imported(found, UPDATED, save(user, item, found));
        }
        AuthoredItem created = drafts.create(user, new CreateCommand(found.kind(), id, AuthoredItem.OWN, null));
        return imported(found, CREATED, save(user, created, found));
    }

    private AuthoredItem save(SignedInUser user, AuthoredItem item, ContentFolder.Found found) {
        return drafts.save(user, item.id(), new SaveCommand(item.version(), found.files()));
    }

    private ImportedItem imported(ContentFolder.Found found, String status, AuthoredItem item) {
        return new ImportedItem(
                found.contentId(),
                found.kind(),
                item.id(),
                status,
                drafts.view(item).problems());
    }

    private static ImportedItem refused(ContentFolder.Found found, String file, String message) {
        return new ImportedItem(
                found.contentId(),
                found.kind(),
                null,
                REFUSED,
                List.of(new DraftProblem("ERROR", file, 0, 0, null, null, message)));
    }
}
