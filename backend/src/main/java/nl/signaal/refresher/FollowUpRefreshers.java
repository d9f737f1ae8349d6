package nl.signaal.refresher;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.content.Content;
import nl.signaal.content.RefresherItem;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;

/**
 * A micro-refresher prepared for a learner on given modules, for another feature's follow-up (a webinar a week later,
 * decision 0040): the items are picked as for any micro-refresher (weakest competencies first, none answered in the
 * last 7 days while others are left), but only from these modules, whether the learner completed them or not. The
 * session waits unanswered until the learner opens it from the link the feature mails. Runs in the caller's
 * transaction.
 */
@Singleton
public class FollowUpRefreshers {
    private final RefresherSessionRepository sessions;
    private final Practice practice;
    private final Policies policies;
    private final Content content;
    private final JsonMapper json;
    private final Clock clock;

    FollowUpRefreshers(
            RefresherSessionRepository sessions,
            Practice practice,
            Policies policies,
            Content content,
            JsonMapper json,
            Clock clock) {
        this.sessions = sessions;
        this.practice = practice;
        this.policies = policies;
        this.content = content;
        this.json = json;
        this.clock = clock;
    }

    /** The prepared session's id; empty when the modules have no refresher items. */
    public Optional<UUID> prepare(UUID learner, UUID organisation, List<String> moduleIds) {
        List<RefresherItem> pool = moduleIds.stream()
                .flatMap(moduleId -> content.refresherItems(moduleId).stream())
                .toList();
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Practised> records = practice.of(learner);
        Map<String, Double> retrievability =
                Memories.of(records, List.of(), policies.of(organisation), now).competencies().values().stream()
                        .collect(Collectors.toMap(
                                Memories.CompetencyMemory::competency, Memories.CompetencyMemory::retrievability));
        Set<String> recent = records.stream()
                .filter(Memories::isSessionAnswer)
                .filter(r -> r.at().isAfter(now.minus(RefresherSessions.RECENT)))
                .map(Memories::answerKey)
                .collect(Collectors.toSet());
        UUID id = UUID.randomUUID();
        List<String> items = PickingItems.pick(
                        pool,
                        retrievability,
                        recent,
                        new Random(id.getMostSignificantBits() ^ id.getLeastSignificantBits()))
                .stream()
                .map(RefresherItem::id)
                .toList();
        sessions.save(new RefresherSession(id, learner, organisation, write(items), now, null));
        return Optional.of(id);
    }

    private String write(List<String> itemIds) {
        try {
            return json.writeValueAsString(itemIds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
