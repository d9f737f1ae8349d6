package nl.signaal.learning;

import nl.signaal.content.Option;
import nl.signaal.content.Question;
import nl.signaal.content.TrainingModule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers to a module's check taken from the content model: all right, or all wrong. */
public final class CheckAnswers {
    private CheckAnswers() {
    }

    public static Map<String, List<String>> of(TrainingModule module, boolean right) {
        Map<String, List<String>> answers = new HashMap<>();
        for (Question question : module.check().questions()) {
            List<String> chosen = right ? List.copyOf(question.correct())
                    : List.of(question.options().stream().map(Option::id)
                    .filter(id -> !question.correct().contains(id)).findFirst().orElseThrow());
            answers.put(question.id(), chosen);
        }
        return answers;
    }
}
