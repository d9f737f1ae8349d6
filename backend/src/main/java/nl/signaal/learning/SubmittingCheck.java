package nl.signaal.learning;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.signaal.content.Question;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Interactions;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Outcome;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;
import nl.signaal.web.ApiException;

/**
 * Scores a submitted check and records it: the attempt row and its learning records (one answer per
 * question, carrying the question's competency; passed or failed; and completed on the first pass) commit
 * together. The first pass is decided by the module_completion primary key, so parallel passing attempts complete
 * the module once. The same attempt id again returns the stored attempt and records nothing.
 */
@Singleton
class SubmittingCheck {
    private final CheckAttemptRepository attempts;
    private final ModuleCompletionRepository completions;
    private final LearningRecords records;
    private final JsonMapper json;
    private final Clock clock;
    private final CheckAttemptIds attemptIds;

    SubmittingCheck(
            CheckAttemptRepository attempts,
            ModuleCompletionRepository completions,
            LearningRecords records,
            JsonMapper json,
            Clock clock,
            CheckAttemptIds attemptIds) {
        this.attemptIds = attemptIds;
        this.attempts = attempts;
        this.completions = completions;
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    record Submitted(CheckAttempt attempt, CheckScoring.Scored scored) {}

    Submitted submit(
            SignedInUser learner,
            TrainingModule module,
            UUID attemptId,
            Map<String, List<String>> answers,
            String locale) {
        Optional<Submitted> earlier = earlier(learner, module, attemptId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return firstSubmission(learner, module, attemptId, answers, locale);
        } catch (DataAccessException raced) {
            // A parallel retry with the same id committed first: answer with what it stored. Otherwise a parallel
            // attempt of this learner won a race on a unique key (H2 may report it as a conflict rather than wait):
            // its work is committed now, so this attempt is scored again on top of it, once.
            Optional<Submitted> stored = earlier(learner, module, attemptId);
            return stored.isPresent() ? stored.get() : firstSubmission(learner, module, attemptId, answers, locale);
        }
    }

    private Optional<Submitted> earlier(SignedInUser learner, TrainingModule module, UUID attemptId) {
        return attempts.findById(attemptId).map(attempt -> {
            if (!attempt.userId().equals(learner.id()) || !attempt.moduleId().equals(module.id())) {
                throw ApiException.conflict("This attempt id is already used for another attempt.");
            }
            return new Submitted(attempt, CheckScoring.score(module.check(), readAnswers(attempt.answers())));
        });
    }

    @Transactional
    Submitted firstSubmission(
            SignedInUser learner,
            TrainingModule module,
            UUID attemptId,
            Map<String, List<String>> answers,
            String locale) {
        return firstSubmission(learner, module, attemptId, answers, locale, clock.instant());
    }

    /** A first submission at a given moment: the demo's learner who passed a check months ago. */
    @Transactional
    Submitted firstSubmission(
            SignedInUser learner,
            TrainingModule module,
            UUID attemptId,
            Map<String, List<String>> answers,
            String locale,
            Instant now) {
        CheckScoring.Scored scored = CheckScoring.score(module.check(), answers);
        // The insert, not a read before it, decides: two attempts passing at once cannot both complete the module.
        boolean completes = scored.passed()
                && completions.complete(learner.id(), module.id(), attemptId, module.version(), now) == 1;
        CheckAttempt attempt = attempts.save(new CheckAttempt(
                attemptId,
                learner.id(),
                module.id(),
                module.version(),
                writeAnswers(scored.answers()),
                scored.score(),
                scored.passed(),
                completes,
                now));
        String checkPath = "modules/" + module.id() + "/check";
        for (Question question : module.check().questions()) {
            boolean right = scored.correctByQuestion().get(question.id());
            records.record(
                    learner,
                    new LearningEvent(
                                    Verb.ANSWERED,
                                    ActivityType.QUESTION,
                                    checkPath + "/questions/" + question.id(),
                                    question.prompt().in(locale).text(),
                                    module.id(),
                                    module.version(),
                                    attemptId,
                                    new Outcome(
                                            right ? 1 : 0,
                                            1,
                                            right,
                                            null,
                                            String.join("[,]", scored.answers().get(question.id()))),
                                    locale,
                                    question.competency())
                            .named(Interactions.names(question.prompt()))
                            .asking(Interactions.of(question)),
                    UUID.randomUUID(),
                    now);
        }
        Outcome overall = new Outcome(scored.correctCount(), scored.questionCount(), scored.passed(), true, null);
        LearningEvent result = moduleEvent(
                scored.passed() ? Verb.PASSED : Verb.FAILED,
                ActivityType.ASSESSMENT,
                checkPath,
                module,
                attemptId,
                overall,
                locale);
        // The attempt's duration when the server handed its id out (decision 0055); else none.
        Optional<Instant> started = attemptIds.issuedAt(learner.id(), module.id(), attemptId, now);
        records.record(learner, started.map(result::startedAt).orElse(result), UUID.randomUUID(), now);
        if (completes) {
            records.record(
                    learner,
                    moduleEvent(
                            Verb.COMPLETED,
                            ActivityType.MODULE,
                            "modules/" + module.id(),
                            module,
                            attemptId,
                            overall,
                            locale),
                    UUID.randomUUID(),
                    now);
        }
        return new Submitted(attempt, scored);
    }

    /** The check's passed or failed, or the module's completed: named after the module, scored as the attempt. */
    private static LearningEvent moduleEvent(
            Verb verb,
            ActivityType type,
            String path,
            TrainingModule module,
            UUID attemptId,
            Outcome overall,
            String locale) {
        return new LearningEvent(
                        verb,
                        type,
                        path,
                        module.title().in(locale).text(),
                        module.id(),
                        module.version(),
                        attemptId,
                        overall,
                        locale)
                .named(Interactions.names(module.title()));
    }

    private String writeAnswers(Map<String, Set<String>> answers) {
        try {
            return json.writeValueAsString(new TreeMap<>(answers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<String>> readAnswers(String stored) {
        try {
            JsonNode node = json.readValue(stored, JsonNode.class);
            Map<String, List<String>> answers = new TreeMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                List<String> options = new ArrayList<>();
                entry.getValue().values().forEach(v -> options.add(v.getStringValue()));
                answers.put(entry.getKey(), options);
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
