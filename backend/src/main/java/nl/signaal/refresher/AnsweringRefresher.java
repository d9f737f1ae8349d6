package nl.signaal.refresher;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.TrainingModule;
import nl.signaal.content.Translation;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Interactions;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Outcome;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;
import nl.signaal.progress.Occasions;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.simulation.SceneInteractions;
import nl.signaal.web.ApiException;

/**
 * A learner's answer to a refresher item or a decision point: recorded as one learning record (answered,
 * registration = session id, with the competency; an item's also with its module), stored under the client's
 * answer id so a retry returns the first answer and records nothing. The answer that completes the session
 * finishes it.
 * <p>
 * One answer per item per session is the database's rule (refresher_answer's primary key, in the same transaction as
 * the record): of two different answers to one item at the same moment, the second gets 409 like any later one.
 */
@Singleton
class AnsweringRefresher {
    private static final Set<String> TRUE_FALSE = Set.of("true", "false");
    /** How the chosen option ids are joined in the record's response (xAPI's "choice" interaction format). */
    private static final String SEPARATOR = Interactions.SEPARATOR;

    private final RefresherSessions sessions;
    private final Practice practice;
    private final LearningRecords records;
    private final Content content;
    private final Clock clock;

    AnsweringRefresher(
            RefresherSessions sessions, Practice practice, LearningRecords records, Content content, Clock clock) {
        this.sessions = sessions;
        this.practice = practice;
        this.records = records;
        this.content = content;
        this.clock = clock;
    }

    /** What was answered, whether it was right (the recommended choice, for a decision point) and the choice. */
    record Answered(Asked asked, boolean correct, List<String> optionIds) {}

    Answered answer(
            SignedInUser learner,
            RefresherSession session,
            UUID clientAnswerId,
            String itemId,
            List<String> optionIds,
            String locale) {
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
            if (sessions.answers(session).stream()
                    .anyMatch(a -> Memories.answerKey(a).equals(itemId))) {
                throw alreadyAnswered();
            }
            throw raced;
        }
    }

    private Optional<Answered> earlier(SignedInUser learner, RefresherSession session, UUID clientAnswerId) {
        return practice.byId(clientAnswerId).map(record -> {
            if (!record.userId().equals(learner.id())
                    || !session.id().equals(record.registration())
                    || !Memories.isSessionAnswer(record)) {
                throw ApiException.conflict("This clientAnswerId is already used for another answer.");
            }
            Asked asked = sessions.asked(Memories.answerKey(record))
                    .orElseThrow(() -> ApiException.conflict("What this answer answered is no longer in the content."));
            List<String> chosen = record.response() == null || record.response().isEmpty()
                    ? List.of()
                    : Arrays.asList(record.response().split(java.util.regex.Pattern.quote(SEPARATOR)));
            return new Answered(asked, Boolean.TRUE.equals(record.success()), chosen);
        });
    }

    @Transactional
    Answered firstTime(
            SignedInUser learner,
            RefresherSession session,
            UUID clientAnswerId,
            String itemId,
            List<String> optionIds,
            String locale) {
        List<String> entries = sessions.itemIds(session);
        Asked asked = Optional.of(itemId)
                .filter(entries::contains)
                .flatMap(sessions::asked)
                .orElseThrow(() -> ApiException.invalidField("itemId", "is not an item of this session"));
        List<Practised> answers = sessions.answers(session);
        Answered answered = asked instanceof DecisionPoint point
                ? decision(point, optionIds)
                : item(((Asked.Item) asked).item(), optionIds);
        if (answers.stream().anyMatch(a -> Memories.answerKey(a).equals(itemId))) {
            // A parallel retry with this same id may have committed after answer() looked: the same answer back.
            return earlier(learner, session, clientAnswerId).orElseThrow(AnsweringRefresher::alreadyAnswered);
        }
        sessions.claimAnswer(session, itemId, clientAnswerId, clock.instant());
        records.record(learner, event(session, answered, locale), clientAnswerId);
        if (answers.size() + 1 >= entries.size()) {
            Instant finished = clock.instant();
            sessions.finish(session, finished);
            // The session as a whole, for an organisation's LRS; progress and memory leave it out (decision 0055).
            int right = (int) answers.stream()
                            .filter(a -> Boolean.TRUE.equals(a.success()))
                            .count()
                    + (answered.correct() ? 1 : 0);
            records.recordOnce(
                    learner,
                    Occasions.refresherSessionCompleted(
                            session.id(), session.startedAt(), finished, right, answers.size() + 1, locale),
                    Occasions.statementId("refresher-session-completed", session.id(), learner.id()));
        }
        return answered;
    }

    private static Answered item(RefresherItem item, List<String> optionIds) {
        Set<String> known = item.type() == RefresherItem.Type.TRUE_FALSE ? TRUE_FALSE : Set.copyOf(item.options());
        for (String option : optionIds) {
            if (!known.contains(option)) {
                throw ApiException.invalidField("optionIds", "'" + option + "' is not an option of this item");
            }
        }
        boolean correct = new HashSet<>(optionIds).equals(new HashSet<>(item.correct()));
        return new Answered(new Asked.Item(item), correct, optionIds);
    }

    private static Answered decision(DecisionPoint point, List<String> optionIds) {
        if (optionIds.size() != 1) {
            throw ApiException.invalidField("optionIds", "choose exactly one choice of this decision");
        }
        String choice = optionIds.get(0);
        if (point.choice(choice).isEmpty()) {
            throw ApiException.invalidField("optionIds", "'" + choice + "' is not a choice of this decision");
        }
        return new Answered(point, point.recommended().id().equals(choice), optionIds);
    }

    private LearningEvent event(RefresherSession session, Answered answered, String locale) {
        Asked asked = answered.asked();
        Outcome outcome = new Outcome(
                answered.correct() ? 1 : 0, 1, answered.correct(), null, String.join(SEPARATOR, answered.optionIds()));
        if (asked instanceof DecisionPoint point) {
            Translation title = point.scenario().title().in(locale);
            Map<String, String> names = SceneInteractions.sceneNames(point.scenario(), point.scene());
            return new LearningEvent(
                            Verb.ANSWERED,
                            ActivityType.SCENE,
                            point.key(),
                            names.getOrDefault(title.locale(), title.text()),
                            null,
                            point.scenario().definition().version(),
                            session.id(),
                            outcome,
                            title.locale(),
                            point.competency())
                    .named(names)
                    .asking(SceneInteractions.of(point.scenario(), point.scene()));
        }
        RefresherItem item = ((Asked.Item) asked).item();
        int version =
                content.module(item.moduleId()).map(TrainingModule::version).orElse(0);
        Translation prompt = item.prompt().in(locale);
        return new LearningEvent(
                        Verb.ANSWERED,
                        ActivityType.QUESTION,
                        Memories.ITEM_PATH + item.id(),
                        prompt.text(),
                        item.moduleId(),
                        version,
                        session.id(),
                        outcome,
                        prompt.locale(),
                        item.competency())
                .named(Interactions.names(item.prompt()))
                .asking(Interactions.of(item));
    }

    private static ApiException alreadyAnswered() {
        return ApiException.conflict("This item is already answered in this session.");
    }
}
