package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The preview of one Markdown text: the learners' rendering, and the validator's problems on the right line. */
class MarkdownPreviewTest {
    private static final Content NONE = new Content(List.of());

    private static MarkdownPreview lesson(String markdown) {
        return MarkdownPreview.of(markdown, MarkdownPreview.Kind.LESSON, "mijn-module", Set.of("eerste-les"), NONE);
    }

    @Test
    void theHtmlIsTheLessonRenderingOfContent() {
        String markdown = "## Kop\n\n> [!tip]\n> Vraag door.\n\nZie [de les](lesson:eerste-les).";
        assertThat(lesson(markdown).html()).isEqualTo(LessonMarkdown.toHtml(markdown, "mijn-module"));
        assertThat(lesson(markdown).problems()).isEmpty();
    }

    @Test
    void aProblemNamesItsLineInTheMarkdown() {
        List<ContentProblem> problems =
                lesson("Eerst.\n\nDan [weg](ftp://example.org).").problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("ftp://example.org", "not allowed");
        });
    }

    @Test
    void indentationWindowsLineEndsAndYamlLookalikesAreReadAsWritten() {
        String markdown = "    ingesprongen code\r\n\r\n- key: value\r\n# kop: met dubbele punt\r\n\t--- \"quote'\n|";
        assertThat(lesson(markdown).problems()).isEmpty();
        assertThat(lesson(markdown).html()).contains("<pre><code>ingesprongen code");
    }

    @Test
    void anImageShowsAsItsAltTextAndASceneShowsNone() {
        String markdown = "Voor ![Een kaart van de wijk](images/wijk.svg) na.";
        assertThat(lesson(markdown).html()).isEqualTo("<p>Voor Een kaart van de wijk na.</p>\n");
        MarkdownPreview scene = MarkdownPreview.of(markdown, MarkdownPreview.Kind.SCENE, null, Set.of(), NONE);
        assertThat(scene.html()).isEqualTo(LessonMarkdown.toHtml(markdown, null));
        assertThat(scene.problems()).anySatisfy(p -> assertThat(p.message()).contains("not allowed here"));
    }

    @Test
    void linksToUnknownLessonsAndTermsAreErrors() {
        List<String> messages =
                lesson("[a](lesson:tweede-les) [b](lesson:andere-module/les) [c](term:onbekend)").problems().stream()
                        .map(ContentProblem::message)
                        .toList();
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("unknown lesson 'tweede-les'"))
                .anySatisfy(m -> assertThat(m).contains("unknown module 'andere-module'"))
                .anySatisfy(m -> assertThat(m).contains("glossary term 'onbekend'"));
    }
}
