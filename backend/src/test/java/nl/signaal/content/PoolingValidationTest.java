package nl.signaal.content;

import static nl.signaal.content.Fixtures.error;
import static nl.signaal.content.Fixtures.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One defect per test in a copy of the valid fixture's exercise content/pooling/jamal-samen, the edit written out in
 * the test so the defect is visible beside the problem it must give (file and line).
 */
class PoolingValidationTest {

    private static final String FOLDER = "content/pooling/jamal-samen/";
    private static final String EXERCISE = FOLDER + "exercise.yaml";
    private static final String NL = FOLDER + "nl.yaml";
    private static final String EN = FOLDER + "en.yaml";

    @TempDir
    Path temp;

    /** Loads a copy of the valid fixture with one text replaced in one file; the problems under content/pooling/. */
    private List<ContentProblem> problems(String file, String from, String to) throws IOException {
        return load(file, from, to).problems().stream()
                .filter(problem -> problem.file().toString().replace('\\', '/').startsWith("content/pooling/"))
                .toList();
    }

    private LoadResult load(String file, String from, String to) throws IOException {
        Path content = copyOfValidContent();
        Path target = content.resolve("pooling/jamal-samen/" + file);
        String text = Files.readString(target);
        assertThat(text).contains(from);
        Files.writeString(target, text.replace(from, to));
        return ContentLoader.load(content);
    }

    @Test
    void theUneditedCopyHasNoProblems() throws IOException {
        assertThat(problems("exercise.yaml", "", "")).isEmpty();
    }

    @Test
    void reportsNeedsNamingAnUnknownFragmentWithSuggestion() throws IOException {
        assertThat(problems("exercise.yaml", "needs: [moeder, mentor]", "needs: [moeder, mentor, trainr]"))
                .containsExactly(error(
                        EXERCISE,
                        10,
                        "unknown fragment 'trainr' (did you mean 'trainer'?) in 'needs' of question 'patroon'"
                                + " (not in 'fragments')"));
    }

    @Test
    void reportsDuplicateFragmentId() throws IOException {
        assertThat(problems(
                        "exercise.yaml",
                        "fragments: [moeder, mentor, trainer]",
                        "fragments: [moeder, mentor, trainer, mentor]"))
                .containsExactly(error(EXERCISE, 5, "duplicate fragment id 'mentor' (first on line 5)"));
    }

    @Test
    void reportsDuplicateQuestionId() throws IOException {
        assertThat(problems("exercise.yaml", "  - id: wie", "  - id: patroon"))
                .contains(error(EXERCISE, 11, "duplicate question id 'patroon' (first on line 7)"));
    }

    @Test
    void reportsDuplicateOptionId() throws IOException {
        assertThat(problems("exercise.yaml", "options: [mentor, overleg]", "options: [mentor, overleg, mentor]"))
                .containsExactly(
                        error(EXERCISE, 12, "duplicate option id 'mentor' in question 'wie' (first on line 12)"));
    }

    @Test
    void reportsCorrectOptionThatIsNotAnOption() throws IOException {
        assertThat(problems("exercise.yaml", "correct: overleg", "correct: samen"))
                .containsExactly(error(
                        EXERCISE,
                        13,
                        "correct option 'samen' of question 'wie' is not one of its options (mentor," + " overleg)"));
    }

    @Test
    void reportsQuestionThatNeedsNoFragment() throws IOException {
        assertThat(problems("exercise.yaml", "needs: [mentor, trainer]", "needs: []"))
                .containsExactly(
                        warning(
                                EXERCISE,
                                5,
                                "fragment 'trainer' is not needed by any question: whoever holds it has nothing to"
                                        + " add; list it under a question's 'needs' or leave it out"),
                        error(
                                EXERCISE,
                                14,
                                "question 'wie' needs no fragment: list under 'needs' the fragments without which it"
                                        + " cannot be answered"));
    }

    @Test
    void reportsQuestionWithoutNeedsAtTheQuestion() throws IOException {
        assertThat(problems("exercise.yaml", "    needs: [mentor, trainer]\n", ""))
                .contains(error(
                        EXERCISE,
                        11,
                        "question 'wie' needs no fragment: list under 'needs' the fragments without which it"
                                + " cannot be answered"));
    }

    @Test
    void reportsFewerThanTwoFragments() throws IOException {
        assertThat(problems("exercise.yaml", "fragments: [moeder, mentor, trainer]", "fragments: [moeder]"))
                .contains(error(
                        EXERCISE,
                        5,
                        "a pooling exercise needs at least 2 fragments (one piece of the picture per person), has 1"));
    }

    @Test
    void reportsFewerThanTwoOptions() throws IOException {
        assertThat(problems("exercise.yaml", "options: [mentor, overleg]", "options: [overleg]"))
                .contains(error(EXERCISE, 12, "question 'wie' needs 2 to 5 options, has 1"));
    }

    @Test
    void warnsAboutAFragmentNoQuestionNeeds() throws IOException {
        assertThat(problems("exercise.yaml", "needs: [mentor, trainer]", "needs: [mentor, moeder]"))
                .containsExactly(warning(
                        EXERCISE,
                        5,
                        "fragment 'trainer' is not needed by any question: whoever holds it has nothing to add;"
                                + " list it under a question's 'needs' or leave it out"));
    }

    @Test
    void warnsAboutAQuestionOnePersonCanAnswerAlone() throws IOException {
        LoadResult result = load("exercise.yaml", "needs: [moeder, mentor]", "needs: [moeder]");
        assertThat(result.problems())
                .contains(warning(
                        EXERCISE,
                        10,
                        "question 'patroon' needs only fragment 'moeder': one person can answer it alone; a pooling"
                                + " question needs two or more fragments combined"));
        assertThat(result.content().poolingExercises()).hasSize(1); // a warning: still loaded
    }

    @Test
    void reportsMissingDutchTextAtItsNearestParent() throws IOException {
        LoadResult result = load("nl.yaml", "    explanation: Een overleg brengt school en club bij elkaar.\n", "");
        assertThat(result.problems())
                .filteredOn(problem -> problem.file().toString().contains("pooling"))
                .containsExactly(error(NL, 24, "missing Dutch (nl) text for questions.wie.explanation"));
        assertThat(result.content().poolingExercises()).isEmpty();
    }

    @Test
    void warnsAboutMissingEnglishText() throws IOException {
        assertThat(problems("en.yaml", "    explanation: A meeting brings school and club together.\n", ""))
                .containsExactly(warning(
                        EN, 24, "missing English (en) text for questions.wie.explanation (the Dutch text is shown)"));
    }

    @Test
    void reportsMissingDutchFile() throws IOException {
        Path content = copyOfValidContent();
        Files.delete(content.resolve("pooling/jamal-samen/nl.yaml"));
        assertThat(ContentLoader.load(content).problems())
                .filteredOn(problem -> problem.file().toString().contains("pooling"))
                .containsExactly(error(
                        NL,
                        0,
                        "missing nl.yaml: Dutch (nl) is the source locale and every pooling exercise needs its"
                                + " texts"));
    }

    @Test
    void reportsMissingExerciseFile() throws IOException {
        Path content = copyOfValidContent();
        Files.delete(content.resolve("pooling/jamal-samen/exercise.yaml"));
        assertThat(ContentLoader.load(content).problems())
                .filteredOn(problem -> problem.file().toString().contains("pooling"))
                .containsExactly(error(EXERCISE, 0, "missing exercise.yaml: every pooling exercise folder needs one"));
    }

    @Test
    void reportsUnknownScenarioWithSuggestion() throws IOException {
        assertThat(problems("exercise.yaml", "scenario: tikkies", "scenario: tikies"))
                .containsExactly(error(
                        EXERCISE,
                        4,
                        "unknown scenario 'tikies' (did you mean 'tikkies'?): 'scenario' names the case the exercise"
                                + " builds on, a folder in content/scenarios/"));
    }

    @Test
    void warnsAboutAnExtraKey() throws IOException {
        assertThat(problems(
                        "exercise.yaml", "    needs: [mentor, trainer]\n", "    needs: [mentor, trainer]\nlevel: 2\n"))
                .containsExactly(warning(
                        EXERCISE,
                        15,
                        "unknown key 'level' is ignored (expected id, version, order, scenario, fragments,"
                                + " questions)"));
    }

    @Test
    void warnsAboutAMisspeltQuestionKeyWithSuggestion() throws IOException {
        assertThat(problems("exercise.yaml", "    correct: overleg\n", "    correct: overleg\n    hint: x\n"))
                .contains(warning(
                        EXERCISE,
                        14,
                        "unknown key 'hint' in question 'wie' is ignored (expected id, options, correct, needs)"));
    }

    @Test
    void reportsIdNotMatchingFolder() throws IOException {
        assertThat(problems("exercise.yaml", "id: jamal-samen", "id: jamal"))
                .containsExactly(
                        error(EXERCISE, 1, "pooling exercise id 'jamal' does not match its folder name 'jamal-samen'"));
    }

    @Test
    void reportsUnknownFragmentInLocaleFile() throws IOException {
        assertThat(problems("nl.yaml", "  trainer:\n    holder: Trainer", "  coach:\n    holder: Trainer"))
                .contains(error(NL, 13, "unknown fragment id 'coach' (not in exercise.yaml)"));
    }

    @Test
    void reportsUnknownOptionInLocaleFile() throws IOException {
        assertThat(problems(
                        "nl.yaml", "      bewijs: Bewijs van uitbuiting.", "      bewijzen: Bewijs van uitbuiting."))
                .contains(error(NL, 22, "unknown option id 'bewijzen' for question 'patroon' (not in exercise.yaml)"));
    }

    @Test
    void reportsLinkThatIsNotAllowedAtItsLine() throws IOException {
        assertThat(problems("nl.yaml", "(lesson:signalen-herkennen/school)", "(javascript:alert(1))"))
                .containsExactly(error(
                        NL,
                        12,
                        "link to 'javascript:alert(1)' in fragments.mentor.text is not allowed: use https:, http:,"
                                + " mailto: or lesson: links"));
    }

    @Test
    void reportsLessonLinkToUnknownLesson() throws IOException {
        assertThat(problems("nl.yaml", "(lesson:signalen-herkennen/school)", "(lesson:signalen-herkennen/scholen)"))
                .containsExactly(error(
                        NL,
                        12,
                        "lesson link 'lesson:signalen-herkennen/scholen' in fragments.mentor.text points to unknown"
                                + " lesson 'scholen' in module 'signalen-herkennen'"));
    }

    @Test
    void sanitisesHostileMarkdownAndWarnsAboutRawHtml() throws IOException {
        LoadResult result = load(
                "nl.yaml",
                "    text: Jamal komt niet meer naar de training.",
                "    text: |\n      Jamal <script>alert(1)</script> komt <img src=x onerror=alert(2)> niet."
                        + " [klik](https://example.nl \"t\")");
        assertThat(result.problems())
                .filteredOn(problem -> problem.file().toString().contains("pooling"))
                .containsExactly(warning(
                        NL, 15, "raw HTML in fragments.trainer.text is left out when shown: write Markdown instead"));
        String html = result.content()
                .poolingExercise("jamal-samen")
                .orElseThrow()
                .fragments()
                .get(2)
                .html()
                .in("nl")
                .text();
        assertThat(html)
                .doesNotContain("<script", "onerror", "<img", "alert(2)")
                .contains("<a href=\"https://example.nl\" title=\"t\">klik</a>");
    }

    private Path copyOfValidContent() throws IOException {
        Path content = temp.resolve("content");
        Path from = Fixtures.valid();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = content.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return content;
    }
}
