package nl.signaal.refresher;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.content.RefresherItem;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.RefresherApi.SessionView;
import nl.signaal.web.ApiException;

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

    RefresherSessions(RefresherSessionRepository sessions, Practice practice, Policies policies, Content content,
                      JsonMapper json, Clock clock) {
        this.sessions = sessions;
        this.practice = practice;
        this.policies = policies;
        this.content = content;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A new session: items from the modules the learner completed (else from all), the weakest competencies
     * first, none answered in the last 7 days while others are left; the choice is seeded by the session id.
     */
    @Transactional
    RefresherSession start(SignedInUser learner) {
        Instant now = clock.instant();
        List<Practised> records = practice.of(learner.id());
        Memories.LearnerMemory memory = Memories.of(records, policies.allModules(),
                policies.of(learner.organisationId()), now);
        Set<String> completed = memory.completedModules();
        List<RefresherItem> pool = content.refresherItems().stream()
                .filter(item -> completed.contains(item.moduleId())).toList();
        if (pool.isEmpty()) {
            pool = content.refresherItems();
        }
        Map<String, Double> retrievability = memory.competencies().values().stream().collect(Collectors.toMap(
                Memories.CompetencyMemory::competency, Memories.CompetencyMemory::retrievability));
        Set<String> recent = records.stream().filter(Memories::isRefresherAnswer)
                .filter(r -> r.at().isAfter(now.minus(RECENT))).map(Memories::itemId).collect(Collectors.toSet());
        UUID id = UUID.randomUUID();
        List<RefresherItem> picked = PickingItems.pick(pool, retrievability, recent,
                new Random(id.getMostSignificantBits() ^ id.getLeastSignificantBits()));
        return sessions.save(new RefresherSession(id, learner.id(), learner.organisationId(),
                write(picked.stream().map(RefresherItem::id).toList()), now, null));
    }

    RefresherSession owned(SignedInUser learner, UUID sessionId) {
        return sessions.findById(sessionId).filter(session -> session.userId().equals(learner.id()))
                .orElseThrow(() -> ApiException.notFound("There is no refresher session " + sessionId + " of yours."));
    }

    SessionView view(RefresherSession session, String locale) {
        return SessionViews.of(session, items(session), answers(session), locale);
    }

    List<String> itemIds(RefresherSession session) {
        try {
            return json.readValue(session.itemIds(), Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session's items in order; an item since removed from the bank is left out. */
    List<RefresherItem> items(RefresherSession session) {
        return itemIds(session).stream().map(this::item).flatMap(Optional::stream).toList();
    }

    Optional<RefresherItem> item(String itemId) {
        return content.refresherItems().stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** The session's answers, oldest first. */
    List<Practised> answers(RefresherSession session) {
        return practice.of(session.userId()).stream()
                .filter(r -> session.id().equals(r.registration()) && Memories.isRefresherAnswer(r)).toList();
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
