package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.signaal.content.PoolingExercise.Fragment;
import nl.signaal.content.PoolingExercise.PoolingOption;
import nl.signaal.content.PoolingExercise.PoolingQuestion;
import org.junit.jupiter.api.Test;

/** The valid fixture's signal-pooling exercise content/pooling/jamal-samen, read into the model. */
class PoolingLoaderTest {

    private final LoadResult result = ContentLoader.load(Fixtures.valid());
    private final PoolingExercise exercise =
            result.content().poolingExercise("jamal-samen").orElseThrow();

    @Test
    void loadsTheExerciseWithoutProblemsOfItsOwn() {
        assertThat(result.problems())
                .noneMatch(problem -> problem.file().toString().contains("pooling"));
        assertThat(result.content().poolingExercises())
                .extracting(PoolingExercise::id)
                .containsExactly("jamal-samen");
    }

    @Test
    void readsTheStructure() {
        assertThat(exercise.version()).isEqualTo(1);
        assertThat(exercise.order()).isEqualTo(1);
        assertThat(exercise.scenarioId()).isEqualTo("tikkies");
        assertThat(exercise.fragments()).extracting(Fragment::id).containsExactly("moeder", "mentor", "trainer");
        assertThat(exercise.questions()).extracting(PoolingQuestion::id).containsExactly("patroon", "wie");
        PoolingQuestion patroon = exercise.questions().get(0);
        assertThat(patroon.options()).extracting(PoolingOption::id).containsExactly("niets", "patroon", "bewijs");
        assertThat(patroon.correct()).isEqualTo("patroon");
        assertThat(patroon.needs()).isEqualTo(Set.of("moeder", "mentor"));
    }

    @Test
    void rendersMarkdownTextsAndKeepsPlainTextsPlain() {
        Fragment mentor = exercise.fragments().get(1);
        assertThat(mentor.holder().in("nl").text()).isEqualTo("Mentor");
        assertThat(mentor.html().in("nl").text())
                .isEqualTo("<p>Jamal verzuimt sinds kort. Zie ook"
                        + " <a href=\"/learn/signalen-herkennen/lessons/school\">signalen op school</a>.</p>\n");
        assertThat(exercise.introHtml().in("nl").text())
                .isEqualTo("<p>Ieder krijgt <strong>één stukje</strong>. Vertel het aan de groep.</p>\n");
        PoolingQuestion patroon = exercise.questions().get(0);
        assertThat(patroon.html().in("nl").text()).isEqualTo("<p>Wat zien jullie <strong>samen</strong>?</p>\n");
        assertThat(patroon.options().get(1).text().in("nl").text()).isEqualTo("Een patroon om serieus te nemen.");
        assertThat(patroon.explanationHtml().in("nl").text())
                .isEqualTo("<p>Samen vormen de stukjes een <em>patroon</em>, geen bewijs.</p>\n");
    }

    @Test
    void readsEveryLocaleAndFallsBackToDutch() {
        assertThat(exercise.title().in("en")).isEqualTo(new Translation("Jamal together", "en", false));
        assertThat(exercise.fragments().get(0).holder().in("en").text()).isEqualTo("Jamal's mother");
        assertThat(exercise.title().in("pl")).isEqualTo(new Translation("Jamal samen", "nl", true));
    }

    @Test
    void treatsAContentRootWithoutPoolingFolderAsNoExercises() {
        LoadResult modulesOnly = ContentLoader.load(Fixtures.broken("unknown-key"));
        assertThat(modulesOnly.content().poolingExercises()).isEmpty();
        assertThat(modulesOnly.content().poolingExercise("jamal-samen")).isEmpty();
    }

    @Test
    void sortsExercisesByOrderThenId() {
        PoolingExercise later = new PoolingExercise(
                "b",
                1,
                2,
                null,
                exercise.title(),
                exercise.summary(),
                exercise.introHtml(),
                exercise.fragments(),
                exercise.questions());
        PoolingExercise earlier = new PoolingExercise(
                "a",
                1,
                2,
                null,
                exercise.title(),
                exercise.summary(),
                exercise.introHtml(),
                exercise.fragments(),
                exercise.questions());
        Content content = new Content(List.of(), List.of(), List.of(), List.of(later, exercise, earlier));
        assertThat(content.poolingExercises()).extracting(PoolingExercise::id).containsExactly("jamal-samen", "a", "b");
    }
}
