package nl.signaal.content;

import java.util.List;
import java.util.Set;

/**
 * A team signal-pooling exercise as authored in content/pooling/&lt;id&gt;/ (docs/content-format.md): each participant of
 * a live session privately holds one fragment (what one person saw or heard); the group answers questions that need
 * the combined picture. Fragments are dealt round-robin in authored order, so the first fragments are the ones a small
 * group surely holds. introHtml and every html text are rendered from Markdown and sanitised at load.
 */
public record PoolingExercise(
        String id,
        int version,
        int order,
        String scenarioId,
        Localized title,
        Localized summary,
        Localized introHtml,
        List<Fragment> fragments,
        List<PoolingQuestion> questions) {

    public PoolingExercise {
        fragments = List.copyOf(fragments);
        questions = List.copyOf(questions);
    }

    /** One person's piece of the picture: who holds it (plain text, e.g. "Mirjam, mentor") and what they know. */
    public record Fragment(String id, Localized holder, Localized html) {}

    /**
     * A question for the group with one correct option; needs lists the fragment ids without which it cannot be
     * answered; explanationHtml is shown at the reveal.
     */
    public record PoolingQuestion(
            String id,
            Localized html,
            List<PoolingOption> options,
            String correct,
            Set<String> needs,
            Localized explanationHtml) {

        public PoolingQuestion {
            options = List.copyOf(options);
            needs = Set.copyOf(needs);
        }
    }

    /** An answer option; text is plain text. */
    public record PoolingOption(String id, Localized text) {}
}
