package nl.signaal.authoring;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.Scenario;
import nl.signaal.simulation.AuthoredScenarios;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authored scenarios that are live: per item, the latest published version not unpublished, read from its files
 * as content/ would be. Built once and kept; {@link #refresh()} rebuilds at once (publishing calls it), and a cheap
 * count query at most every {@link #CHECK_EVERY} lets another node see a publication made elsewhere.
 */
@Singleton
class PublishedScenarios implements AuthoredScenarios {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedScenarios.class);
    static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private final PublishedVersionRepository versions;
    private final AuthoredItemRepository items;
    private final DraftFiles draftFiles;
    private final Content content;
    private final Clock clock;

    private record Snapshot(List<Published> published, long rows, long unpublished, Instant checkedAt) {}

    private volatile Snapshot snapshot;

    PublishedScenarios(
            PublishedVersionRepository versions,
            AuthoredItemRepository items,
            DraftFiles draftFiles,
            Content content,
            Clock clock) {
        this.versions = versions;
        this.items = items;
        this.draftFiles = draftFiles;
        this.content = content;
        this.clock = clock;
    }

    @Override
    public List<Published> published() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null) {
            return refresh();
        }
        if (now.isBefore(current.checkedAt().plus(CHECK_EVERY))) {
            return current.published();
        }
        long rows = versions.count();
        long unpublished = versions.countByUnpublishedAtIsNotNull();
        if (rows == current.rows() && unpublished == current.unpublished()) {
            snapshot = new Snapshot(current.published(), rows, unpublished, now);
            return current.published();
        }
        return refresh();
    }

    /** Rebuilds from the database now: call after a publication or an unpublication. */
    synchronized List<Published> refresh() {
        long rows = versions.count();
        long unpublished = versions.countByUnpublishedAtIsNotNull();
        Map<UUID, AuthoredVersion> latest = versions.findByUnpublishedAtIsNull().stream()
                .collect(Collectors.toMap(
                        AuthoredVersion::itemId, Function.identity(), (a, b) -> a.number() >= b.number() ? a : b));
        List<Published> published = new ArrayList<>();
        latest.values().stream()
                .sorted(Comparator.comparing(AuthoredVersion::itemId))
                .forEach(version -> items.findById(version.itemId())
                        .filter(AuthoredItem::scenario)
                        .ifPresent(item -> build(item, version, published)));
        snapshot = new Snapshot(List.copyOf(published), rows, unpublished, clock.instant());
        return snapshot.published();
    }

    private void build(AuthoredItem item, AuthoredVersion version, List<Published> into) {
        try {
            Scenario scenario = ContentLoader.loadScenario(item.contentId(), draftFiles.read(version.files()), content);
            into.add(new Published(scenario, AuthoredItem.OWN.equals(item.audience()) ? item.organisationId() : null));
        } catch (RuntimeException broken) {
            // publishing refuses drafts with errors; this only happens when shipped content changed under it
            LOG.warn(
                    "Published scenario {} version {} cannot be read and is not shown to learners: {}",
                    item.contentId(),
                    version.number(),
                    broken.getMessage());
        }
    }
}
