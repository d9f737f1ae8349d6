package nl.signaal.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.content.Option;
import nl.signaal.content.Question;
import nl.signaal.content.TrainingModule;

/** Answers to a module's check taken from the content model (all right, or all wrong), and submitting them. */
public final class CheckAnswers {
    private CheckAnswers() {}

    public static Map<String, List<String>> of(TrainingModule module, boolean right) {
        Map<String, List<String>> answers = new HashMap<>();
        for (Question question : module.check().questions()) {
            List<String> chosen = right
                    ? List.copyOf(question.correct())
                    : List.of(question.options().stream()
                            .map(Option::id)
                            .filter(id -> !question.correct().contains(id))
                            .findFirst()
                            .orElseThrow());
            answers.put(question.id(), chosen);
        }
        return answers;
    }

    /** Submits the check all right (passed, so the module is completed) or all wrong (failed), and says so. */
    public static void submit(Api api, TrainingModule module, boolean right, Api.Session session) {
        Api.Response result = api.post(
                "/api/modules/" + module.id() + "/check/attempts",
                Map.of("attemptId", UUID.randomUUID().toString(), "answers", of(module, right)),
                session);
        assertThat(result.body().get("passed").getBooleanValue()).isEqualTo(right);
    }
}
