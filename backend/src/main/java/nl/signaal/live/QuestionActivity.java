package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.signaal.web.ApiException;

/**
 * A fixed list of single-answer questions: a module's check (with its refresher items) or a signal-pooling exercise.
 * Each question is a step; DECIDED shows the correct option; after the last one comes the debrief.
 */
final class QuestionActivity implements LiveActivity {

    /** One question with its texts in a locale, made on demand. */
    record Question(
            String id,
            Function<String, String> html,
            List<String> optionIds,
            Function<String, Map<String, String>> optionTexts,
            String correct,
            Function<String, String> explanationHtml,
            Set<String> needs,
            Practice practice) {}

    private final String kind;
    private final String id;
    private final Function<String, String> title;
    private final Function<String, String> summary;
    private final Function<String, String> intro;
    private final List<Question> questions;
    private final Function<String, List<Fragment>> fragments;

    QuestionActivity(
            String kind,
            String id,
            Function<String, String> title,
            Function<String, String> summary,
            @Nullable Function<String, String> intro,
            List<Question> questions,
            Function<String, List<Fragment>> fragments) {
        this.kind = kind;
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.intro = intro == null ? locale -> null : intro;
        this.questions = List.copyOf(questions);
        this.fragments = fragments;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(String locale) {
        return title.apply(locale);
    }

    @Override
    public String summary(String locale) {
        return summary.apply(locale);
    }

    @Override
    public Integer steps() {
        return questions.size();
    }

    @Override
    @Nullable
    public String introHtml(String locale) {
        return intro.apply(locale);
    }

    @Override
    public Position start() {
        return new Position(0, questions.get(0).id(), null, false);
    }

    @Override
    public StepContent step(String nodeId, @Nullable String state, String locale) {
        Question question = questions.stream()
                .filter(q -> q.id().equals(nodeId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no question '" + nodeId + "' in " + id));
        Map<String, String> texts = question.optionTexts().apply(locale);
        String explanation = question.explanationHtml().apply(locale);
        Map<String, String> feedback = new LinkedHashMap<>();
        question.optionIds().forEach(option -> feedback.put(option, explanation));
        return new StepContent(
                question.id(),
                null,
                question.html().apply(locale),
                question.optionIds().stream()
                        .map(option -> new Option(option, texts.getOrDefault(option, option)))
                        .toList(),
                List.of(question.correct()),
                feedback,
                null,
                question.needs(),
                question.practice());
    }

    @Override
    public Position next(Position position, String optionId) {
        int next = position.index() + 1;
        if (next >= questions.size()) {
            return new Position(next, null, null, true);
        }
        return new Position(next, questions.get(next).id(), null, false);
    }

    /** The correct option of a question, the one DECIDED shows. */
    String correct(String nodeId) {
        return questions.stream()
                .filter(q -> q.id().equals(nodeId))
                .findFirst()
                .map(Question::correct)
                .orElseThrow(() -> ApiException.conflict("no such question"));
    }

    @Override
    @Nullable
    public String endingHtml(@Nullable String endingNodeId, String locale) {
        return null;
    }

    @Override
    public List<Fragment> fragments(String locale) {
        return fragments.apply(locale);
    }
}
