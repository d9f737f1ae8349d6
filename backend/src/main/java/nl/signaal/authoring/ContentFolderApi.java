package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** What export, import of a content folder and the publishing facts answer. docs/authoring.md describes them. */
final class ContentFolderApi {
    private ContentFolderApi() {}

    /** When a publication reaches learners: scenarios {@code immediate}; modules {@code next-start} (decision 0043). */
    @Serdeable
    record Publishing(String scenarios, String modules) {}

    /**
     * One scenario or module found in an imported zip.
     *
     * @param status created (a new draft), updated (your organisation's draft of that id, saved over) or refused
     *     (nothing written; problems say why)
     * @param itemId the draft, null when refused
     * @param problems the draft's problems after the import, as the editor shows them; the reason when refused
     */
    @Serdeable
    record ImportedItem(
            String contentId, String kind, @Nullable UUID itemId, String status, List<DraftProblem> problems) {}

    /**
     * The import's report.
     *
     * @param skipped zip entries that are no draft file (images, trainer kits, other folders), not imported
     */
    @Serdeable
    record ImportReport(List<ImportedItem> items, List<String> skipped) {}
}
