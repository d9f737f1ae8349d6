package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.authoring.twee.TwineImport;
import nl.signaal.content.Content;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * A Twine story uploaded in the browser becomes a scenario draft of the author's organisation. A story whose IFID an
 * earlier import of the organisation carries updates that draft (a normal save: the next version) instead.
 */
@Singleton
class ImportingTwine {
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** One story of a library archive, to choose from. */
    @Serdeable
    record StoryOption(int index, String name, String ifid) {}

    /** One line of the import report; severity ERROR, WARNING or TODO; line in the uploaded file (0: none). */
    @Serdeable
    record ReportLine(String severity, String passage, int line, String message) {}

    /**
     * status: imported, imported-with-problems (the validator finds errors: it cannot be played yet), updated (the
     * draft with this IFID got the import as its next version) or choose-story (several stories: send one as story).
     */
    @Serdeable
    record TwineImportView(
            String status,
            @Nullable List<StoryOption> stories,
            @Nullable UUID itemId,
            @Nullable String contentId,
            List<ReportLine> report) {}

    private final AuthoredItemRepository items;
    private final DraftFiles draftFiles;
    private final TranslationBasis translationBasis;
    private final Content content;
    private final NewContentIds contentIds;
    private final Clock clock;

    ImportingTwine(
            AuthoredItemRepository items,
            DraftFiles draftFiles,
            TranslationBasis translationBasis,
            Content content,
            NewContentIds contentIds,
            Clock clock) {
        this.items = items;
        this.contentIds = contentIds;
        this.draftFiles = draftFiles;
        this.translationBasis = translationBasis;
        this.content = content;
        this.clock = clock;
    }

    @Transactional
    TwineImportView importStory(
            SignedInUser user,
            @Nullable String fileName,
            @Nullable byte[] bytes,
            @Nullable String story,
            @Nullable String contentId) {
        AuthoringAccess.author(user);
        String name = fileName == null ? "" : fileName.strip();
        if (bytes == null || bytes.length == 0) {
            throw ApiException.invalidField("file", "is required: a Twine story (.twee, .tw or .html)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".twee") || lower.endsWith(".tw") || lower.endsWith(".html") || lower.endsWith(".htm"))) {
            throw ApiException.invalidField("file", "must be a Twine story: a .twee, .tw or .html file");
        }
        if (bytes.length > MAX_BYTES) {
            throw ApiException.invalidField("file", "is larger than 5 MB");
        }
        String source = utf8(bytes);
        TwineImport twine = TwineImport.read(name, source);
        List<TwineImport.StoryChoice> stories = twine.stories();
        if (stories.isEmpty()) {
            throw ApiException.invalidField("file", "holds no Twine story (no <tw-storydata> element)");
        }
        TwineImport.StoryChoice chosen;
        if (story != null && !story.isBlank()) {
            chosen = twine.story(story)
                    .orElseThrow(() -> ApiException.invalidField(
                            "story", "there is no story '" + story.strip() + "' in the file; give its index or name"));
        } else if (stories.size() > 1) {
            return new TwineImportView(
                    "choose-story",
                    stories.stream()
                            .map(s -> new StoryOption(s.index(), s.name(), s.ifid()))
                            .toList(),
                    null,
                    null,
                    List.of());
        } else {
            chosen = stories.get(0);
        }

        Optional<AuthoredItem> earlier = chosen.ifid().isEmpty()
                ? Optional.empty()
                : items.findByOrganisationIdOrderByUpdatedAtDesc(user.organisationId()).stream()
                        .filter(item -> chosen.ifid().equalsIgnoreCase(item.twineIfid()))
                        .findFirst();
        String id = earlier.map(AuthoredItem::contentId).orElseGet(() -> newId(contentId, chosen.name()));
        TwineImport.Result result = twine.convert(chosen.index(), id, content);
        List<ReportLine> report = result.findings().stream()
                .map(f -> new ReportLine(f.severity(), f.passage(), f.line(), f.message()))
                .toList();
        if (result.status() == TwineImport.Status.NOT_IMPORTED) {
            throw ApiException.invalidField(
                    "file",
                    "cannot be imported: "
                            + report.stream()
                                    .filter(r -> "ERROR".equals(r.severity()))
                                    .map(r -> (r.line() > 0 ? "line " + r.line() + ": " : "") + r.message())
                                    .collect(Collectors.joining("; ")));
        }
        Instant now = clock.instant();
        AuthoredItem saved;
        String status;
        if (earlier.isPresent()) {
            AuthoredItem before = items.findByIdForUpdate(earlier.get().id()).orElseThrow(AuthoringAccess::notFound);
            Map<String, String> old = draftFiles.read(before.files());
            Map<String, String> files = new TreeMap<>(old);
            files.putAll(result.files()); // translations the author added stay
            String basis = translationBasis.after(before.kind(), old, files, before.translationBasis());
            saved = items.update(before.withDraft(draftFiles.write(files), basis, user.id(), now));
            status = "updated";
        } else {
            saved = items.save(AuthoredItem.newDraft(
                    user.organisationId(),
                    AuthoredItem.SCENARIO,
                    id,
                    null,
                    AuthoredItem.OWN,
                    draftFiles.write(result.files()),
                    chosen.ifid().isEmpty() ? null : chosen.ifid(),
                    user.id(),
                    now));
            status = result.status() == TwineImport.Status.IMPORTED ? "imported" : "imported-with-problems";
        }
        return new TwineImportView(status, null, saved.id(), saved.contentId(), report);
    }

    /** The id asked for (checked: well-formed and free), else one made from the story name and made unique. */
    private String newId(@Nullable String asked, String storyName) {
        if (asked != null && !asked.isBlank()) {
            return contentIds.checked(asked);
        }
        String base = TwineImport.idFor(storyName);
        if (base.length() > 70) {
            base = base.substring(0, 70).replaceAll("-+$", "");
        }
        Set<String> tried = new HashSet<>();
        String id = base;
        for (int n = 2; taken(id) && tried.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean taken(String id) {
        return contentIds.taken(id);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalidField("file", "is not UTF-8 text, as Twine writes its files");
        }
    }
}
