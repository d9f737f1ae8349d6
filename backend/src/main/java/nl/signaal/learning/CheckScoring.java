package nl.signaal.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.signaal.content.KnowledgeCheck;
import nl.signaal.content.Option;
import nl.signaal.content.Question;
import nl.signaal.web.ApiException;
import nl.signaal.web.Problem;

/**
 * Scores a knowledge check: a question counts as correct only when exactly its correct options are
 * chosen (no partial credit), and the check passes when the share of correct questions reaches the
 * module's threshold.
 */
final class CheckScoring {
    private CheckScoring() {}

    record Scored(
            Map<String, Set<String>> answers,
            Map<String, Boolean> correctByQuestion,
            int correctCount,
            int questionCount,
            double score,
            boolean passed) {}

    /** Rejects, with one error per field, answers that leave out a question or name an unknown option. */
    static Scored score(KnowledgeCheck check, Map<String, List<String>> given) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String questionId : given.keySet()) {
            if (check.questions().stream().noneMatch(q -> q.id().equals(questionId))) {
                errors.add(new Problem.FieldError("answers." + questionId, "is not a question of this check"));
            }
        }
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        Map<String, Boolean> correctness = new LinkedHashMap<>();
        int correct = 0;
        for (Question question : check.questions()) {
            String field = "answers." + question.id();
            List<String> chosen = given.get(question.id());
            if (chosen == null || chosen.isEmpty()) {
                errors.add(new Problem.FieldError(field, "has no answer"));
                continue;
            }
            Set<String> selected = new TreeSet<>(chosen);
            Set<String> known = new TreeSet<>();
            question.options().stream().map(Option::id).forEach(known::add);
            if (!known.containsAll(selected)) {
                errors.add(new Problem.FieldError(field, "names an option the question does not have"));
                continue;
            }
            if (!question.multiple() && selected.size() > 1) {
                errors.add(new Problem.FieldError(field, "takes exactly one option"));
                continue;
            }
            boolean right = selected.equals(new TreeSet<>(question.correct()));
            answers.put(question.id(), selected);
            correctness.put(question.id(), right);
            if (right) {
                correct++;
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    io.micronaut.http.HttpStatus.BAD_REQUEST, "The answers do not fit this check.", errors);
        }
        int total = check.questions().size();
        double score = total == 0 ? 0 : correct / (double) total;
        // A tiny tolerance so that 7 of 10 passes a threshold of 0.7 despite binary fractions.
        boolean passed = score + 1e-9 >= check.passThreshold();
        return new Scored(answers, correctness, correct, total, score, passed);
    }
}
