package nl.signaal.refresher;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.content.Competencies;
import nl.signaal.content.Content;
import nl.signaal.content.RefresherItem;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.RefresherApi.SessionView;
import nl.signaal.web.ApiException;

/** Starting a micro-refresher and reading one back; a learner only ever sees their own sessions. */
@Singleton
class RefresherSessions {
    static final Duration RECENT = Duration.ofDays(7);

    private final RefresherSessionRepository sessions;
    private final Practice practice;
    private final Policies policies;
    private final Content content;
    private final JsonMapper json;
    private final Clock clock;

    RefresherSessions(
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

    /**
     * A new session: items from the modules the learner completed (else from all), the weakest competencies
     * first, none answered in the last 7 days while others are left; every fifth session one decision point from
     * a case simulation in place of the last item. The choice is seeded by the session id.
     */
    @Transactional
    RefresherSession start(SignedInUser learner, String locale) {
        Instant now = clock.instant();
        List<Practised> records = practice.of(learner.id());
        Memories.LearnerMemory memory =
                Memories.of(records, policies.allModules(), policies.of(learner.organisationId()), now);
        Set<String> completed = memory.completedModules();
        List<RefresherItem> pool = content.refresherItems().stream()
                .filter(item -> completed.contains(item.moduleId()))
                .toList();
        if (pool.isEmpty()) {
            pool = content.refresherItems();
        }
        UUID id = UUID.randomUUID();
        Drawn drawn = draw(id, records, memory, pool, now);
        List<String> entries = drawn.items();
        if (PickingDecisionPoint.hasSlot(sessions.countByUserId(learner.id()))) {
            Random random = new Random(~seed(id));
            List<String> weakest = PickingDecisionPoint.weakest(Competencies.ALL, drawn.retrievability(), random);
            Optional<DecisionPoint> point = PickingDecisionPoint.pick(
                    DecisionPoint.all(content), weakest, drawn.recent(), learner.organisationSector(), locale, random);
            if (point.isPresent()) {
                entries = PickingDecisionPoint.withDecisionPoint(entries, point.get());
            }
        }
        return sessions.save(
                new RefresherSession(id, learner.id(), learner.organisationId(), write(entries), now, null));
    }

    /**
     * A session on these modules' items only, whether the learner completed them or not, without a decision point
     * (another feature's follow-up, see {@link FollowUpRefreshers}). Empty when the modules have no refresher items.
     */
    Optional<RefresherSession> startOn(UUID learner, UUID organisation, List<String> moduleIds) {
        List<RefresherItem> pool = moduleIds.stream()
                .flatMap(moduleId -> content.refresherItems(moduleId).stream())
                .toList();
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Practised> records = practice.of(learner);
        Memories.LearnerMemory memory = Memories.of(records, List.of(), policies.of(organisation), now);
        UUID id = UUID.randomUUID();
        List<String> items = draw(id, records, memory, pool, now).items();
        return Optional.of(sessions.save(new RefresherSession(id, learner, organisation, write(items), now, null)));
    }

    /** The items drawn for a session, and what they were drawn by (a decision point is picked by the same). */
    private record Drawn(List<String> items, Map<String, Double> retrievability, Set<String> recent) {}

    /** Items from {@code pool}: the weakest competencies first, none answered in the last 7 days while others are left. */
    private static Drawn draw(
            UUID sessionId,
            List<Practised> records,
            Memories.LearnerMemory memory,
            List<RefresherItem> pool,
            Instant now) {
        Map<String, Double> retrievability = memory.competencies().values().stream()
                .collect(Collectors.toMap(
                        Memories.CompetencyMemory::competency, Memories.CompetencyMemory::retrievability));
        Set<String> recent = records.stream()
                .filter(Memories::isSessionAnswer)
                .filter(r -> r.at().isAfter(now.minus(RECENT)))
                .map(Memories::answerKey)
                .collect(Collectors.toSet());
        List<String> items = PickingItems.pick(pool, retrievability, recent, new Random(seed(sessionId))).stream()
                .map(RefresherItem::id)
                .toList();
        return new Drawn(items, retrievability, recent);
    }

    /** The choice is seeded by the session id, so a session's draw can be repeated. */
    private static long seed(UUID sessionId) {
        return sessionId.getMostSignificantBits() ^ sessionId.getLeastSignificantBits();
    }

    RefresherSession owned(SignedInUser learner, UUID sessionId) {
        return sessions.findById(sessionId)
                .filter(session -> session.userId().equals(learner.id()))
                .orElseThrow(() -> ApiException.notFound("There is no refresher session " + sessionId + " of yours."));
    }

    SessionView view(RefresherSession session, String locale) {
        return SessionViews.of(session, asked(session), answers(session), locale);
    }

    /** The session's entries: item ids and decision point keys, in order. */
    List<String> itemIds(RefresherSession session) {
        try {
            return json.readValue(session.itemIds(), Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the session asks, in order; an item or decision point since removed from content is left out. */
    List<Asked> asked(RefresherSession session) {
        return itemIds(session).stream()
                .map(this::asked)
                .flatMap(Optional::stream)
                .toList();
    }

    Optional<Asked> asked(String key) {
        if (DecisionPoint.isKey(key)) {
            return DecisionPoint.byKey(content, key).map(Asked.class::cast);
        }
        return content.refresherItems().stream()
                .filter(item -> item.id().equals(key))
                .findFirst()
                .map(Asked.Item::new);
    }

    /** The session's answers (to items and decision points), oldest first. */
    List<Practised> answers(RefresherSession session) {
        return practice.of(session.userId()).stream()
                .filter(r -> session.id().equals(r.registration()) && Memories.isSessionAnswer(r))
                .toList();
    }

    /** Fails with a DataAccessException when the item has an answer in this session already. */
    void claimAnswer(RefresherSession session, String itemId, UUID statementId, Instant at) {
        sessions.addAnswer(session.id(), itemId, statementId, at);
    }

    void finish(RefresherSession session, Instant at) {
        sessions.updateFinishedAt(session.id(), at);
    }

    private String write(List<String> itemIds) {
        try {
            return json.writeValueAsString(itemIds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
