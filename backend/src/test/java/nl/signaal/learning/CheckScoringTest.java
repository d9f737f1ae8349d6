package nl.signaal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.signaal.content.KnowledgeCheck;
import nl.signaal.content.Localized;
import nl.signaal.content.Option;
import nl.signaal.content.Question;
import nl.signaal.web.ApiException;
import org.junit.jupiter.api.Test;

class CheckScoringTest {
    private static final Localized TEXT = new Localized(Map.of("nl", "tekst"));

    private static Question question(String id, boolean multiple, String... correct) {
        List<Option> options =
                List.of(new Option("a", TEXT, TEXT), new Option("b", TEXT, TEXT), new Option("c", TEXT, TEXT));
        return new Question(id, "signal-recognition", multiple, TEXT, options, Set.of(correct));
    }

    private static KnowledgeCheck tenQuestions(double threshold) {
        return new KnowledgeCheck(
                threshold,
                IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> question("q" + i, false, "a"))
                        .toList());
    }

    private static Map<String, List<String>> rightAnswers(int right) {
        var answers = new java.util.HashMap<String, List<String>>();
        for (int i = 1; i <= 10; i++) {
            answers.put("q" + i, List.of(i <= right ? "a" : "b"));
        }
        return answers;
    }

    @Test
    void passesExactlyAtTheThreshold() {
        assertThat(CheckScoring.score(tenQuestions(0.7), rightAnswers(7)).passed())
                .isTrue();
        assertThat(CheckScoring.score(tenQuestions(0.7), rightAnswers(6)).passed())
                .isFalse();
        assertThat(CheckScoring.score(tenQuestions(0.7), rightAnswers(7)).score())
                .isEqualTo(0.7);
    }

    @Test
    void aMultipleChoiceQuestionNeedsExactlyTheCorrectOptions() {
        KnowledgeCheck check = new KnowledgeCheck(1.0, List.of(question("q", true, "a", "c")));
        assertThat(CheckScoring.score(check, Map.of("q", List.of("c", "a"))).passed())
                .isTrue();
        assertThat(CheckScoring.score(check, Map.of("q", List.of("a"))).passed())
                .isFalse();
        assertThat(CheckScoring.score(check, Map.of("q", List.of("a", "b", "c")))
                        .passed())
                .isFalse();
    }

    @Test
    void rejectsTwoOptionsForASingleChoiceQuestion() {
        KnowledgeCheck check = new KnowledgeCheck(1.0, List.of(question("q", false, "a")));
        assertThatThrownBy(() -> CheckScoring.score(check, Map.of("q", List.of("a", "b"))))
                .isInstanceOf(ApiException.class)
                .satisfies(
                        e -> assertThat(((ApiException) e).fieldErrors().get(0).message())
                                .isEqualTo("takes exactly one option"));
    }
}
