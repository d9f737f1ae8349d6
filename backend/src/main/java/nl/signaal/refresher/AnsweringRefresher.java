package nl.signaal.refresher;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.TrainingModule;
import nl.signaal.content.Translation;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Outcome;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.web.ApiException;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A learner's answer to a refresher item: recorded as one learning record (answered, registration = session id,
 * with the item's competency and module), stored under the client's answer id so a retry returns the first answer
 * and records nothing. The answer that completes the session finishes it.
 * <p>
 * One answer per item per session is the database's rule (refresher_answer's primary key, in the same transaction as
 * the record): of two different answers to one item at the same moment, the second gets 409 like any later one.
 */
@Singleton
class AnsweringRefresher {
    private static final Set<String> TRUE_FALSE = Set.of("true", "false");

    private final RefresherSessions sessions;
    private final Practice practice;
    private final LearningRecords records;
    private final Content content;
    private final Clock clock;

    AnsweringRefresher(RefresherSessions sessions, Practice practice, LearningRecords records, Content content,
                       Clock clock) {
        this.sessions = sessions;
        this.practice = practice;
        this.records = records;
        this.content = content;
        this.clock = clock;
    }

    record Answered(RefresherItem item, boolean correct) {
    }

    Answered answer(SignedInUser learner, RefresherSession session, UUID clientAnswerId, String itemId,
                    List<String> optionIds, String locale) {
        Optional<Answered> earlier = earlier(learner, session, clientAnswerId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return firstTime(learner, session, clientAnswerId, itemId, optionIds, locale);
        } catch (DataAccessException raced) {
            // A parallel request committed first. The same id: a retry, answer with what it stored. Another id for
            // the same item: the primary key of refresher_answer refused this one, so the item is answered.
            Optional<Answered> stored = earlier(learner, session, clientAnswerId);
            if (stored.isPresent()) {
                return stored.get();
            }
            if (sessions.answers(session).stream().anyMatch(a -> Memories.itemId(a).equals(itemId))) {
                throw alreadyAnswered();
            }
            throw raced;
        }
    }

    private Optional<Answered> earlier(SignedInUser learner, RefresherSession session, UUID clientAnswerId) {
        return practice.byId(clientAnswerId).map(record -> {
            if (!record.userId().equals(learner.id()) || !session.id().equals(record.registration())
                    || !Memories.isRefresherAnswer(record)) {
                throw ApiException.conflict("This clientAnswerId is already used for another answer.");
            }
            RefresherItem item = sessions.item(Memories.itemId(record)).orElseThrow(() ->
                    ApiException.conflict("The item of this answer is no longer in the item bank."));
            return new Answered(item, Boolean.TRUE.equals(record.success()));
        });
    }

    @Transactional
    Answered firstTime(SignedInUser learner, RefresherSession session, UUID clientAnswerId, String itemId,
                       List<String> optionIds, String locale) {
        List<String> itemIds = sessions.itemIds(session);
        RefresherItem item = Optional.of(itemId).filter(itemIds::contains).flatMap(sessions::item)
                .orElseThrow(() -> ApiException.invalidField("itemId", "is not an item of this session"));
        Set<String> known = item.type() == RefresherItem.Type.TRUE_FALSE ? TRUE_FALSE : Set.copyOf(item.options());
        for (String option : optionIds) {
            if (!known.contains(option)) {
                throw ApiException.invalidField("optionIds", "'" + option + "' is not an option of this item");
            }
        }
        List<Practised> answers = sessions.answers(session);
        if (answers.stream().anyMatch(a -> Memories.itemId(a).equals(itemId))) {
            // A parallel retry with this same id may have committed after answer() looked: the same answer back.
            return earlier(learner, session, clientAnswerId).orElseThrow(AnsweringRefresher::alreadyAnswered);
        }
        sessions.claimAnswer(session, itemId, clientAnswerId, clock.instant());
        boolean correct = new HashSet<>(optionIds).equals(new HashSet<>(item.correct()));
        int version = content.module(item.moduleId()).map(TrainingModule::version).orElse(0);
        Translation prompt = item.prompt().in(locale);
        records.record(learner, new LearningEvent(Verb.ANSWERED, ActivityType.QUESTION,
                Memories.ITEM_PATH + item.id(), prompt.text(), item.moduleId(), version, session.id(),
                new Outcome(correct ? 1 : 0, 1, correct, null, String.join("[,]", optionIds)), prompt.locale(),
                item.competency()), clientAnswerId);
        if (answers.size() + 1 >= itemIds.size()) {
            sessions.finish(session, clock.instant());
        }
        return new Answered(item, correct);
    }

    private static ApiException alreadyAnswered() {
        return ApiException.conflict("This item is already answered in this session.");
    }
}
