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
 * The glossary (content/glossary/) and the term: links that point into it, on a copy of the valid fixture with a small
 * glossary written out here and one term link in a lesson; one defect per test, with the file and line it must give.
 */
class GlossaryValidationTest {

    private static final String LESSONS = "content/modules/wat-is-criminele-uitbuiting/nl.yaml";
    private static final String GLOSSARY = "content/glossary/glossary.yaml";
    private static final String NL = "content/glossary/nl.yaml";
    private static final String EN = "content/glossary/en.yaml";

    private static final String STRUCTURE = """
            terms:
              - id: criminele-uitbuiting
                see: [mensenhandel]
              - id: mensenhandel
            """;
    private static final String DUTCH = """
            terms:
              criminele-uitbuiting:
                term: criminele uitbuiting
                definition: Iemand dwingt een ander om misdrijven voor hem te plegen.
              mensenhandel:
                term: mensenhandel
                definition: Iemand uitbuiten voor werk, seks of misdrijven.
            """;
    private static final String ENGLISH = """
            terms:
              criminele-uitbuiting:
                term: criminal exploitation
                definition: Someone forces another person to commit crimes for them.
              mensenhandel:
                term: human trafficking
                definition: Exploiting someone for work, sex or crimes.
            """;
    // Line 7 of the fixture's nl.yaml: the first lesson's body.
    private static final String UNLINKED = "Bij **criminele uitbuiting** dwingen";
    private static final String LINKED = "Bij [criminele uitbuiting](term:criminele-uitbuiting) dwingen";

    @TempDir
    Path temp;

    private int copies;

    private LoadResult load(String structure, String dutch, String english, String lessonFrom, String lessonTo)
            throws IOException {
        Path content = copyOfValidContent();
        if (structure != null) {
            Path glossary = Files.createDirectories(content.resolve("glossary"));
            Files.writeString(glossary.resolve("glossary.yaml"), structure);
            Files.writeString(glossary.resolve("nl.yaml"), dutch);
            if (english != null) {
                Files.writeString(glossary.resolve("en.yaml"), english);
            }
        }
        Path lessons = content.resolve("modules/wat-is-criminele-uitbuiting/nl.yaml");
        String text = Files.readString(lessons);
        assertThat(text).contains(lessonFrom);
        Files.writeString(lessons, text.replace(lessonFrom, lessonTo));
        return ContentLoader.load(content);
    }

    private List<ContentProblem> problems(LoadResult result) {
        return result.problems().stream()
                .filter(problem -> problem.file().toString().replace('\\', '/').startsWith("content/glossary/")
                        || problem.message().contains("glossary"))
                .toList();
    }

    @Test
    void aValidGlossaryLoadsWithItsLinksAndFallsBackToDutch() throws IOException {
        LoadResult result = load(STRUCTURE, DUTCH, ENGLISH, UNLINKED, LINKED);
        assertThat(result.errors()).isEmpty();
        assertThat(problems(result)).isEmpty();
        Glossary glossary = result.content().glossary();
        assertThat(glossary.terms())
                .extracting(Glossary.Term::id)
                .containsExactly("criminele-uitbuiting", "mensenhandel");
        Glossary.Term term = glossary.term("criminele-uitbuiting").orElseThrow();
        assertThat(term.see()).containsExactly("mensenhandel");
        assertThat(term.term().in("en").text()).isEqualTo("criminal exploitation");
        Translation fallback = term.definition().in("tr");
        assertThat(fallback.untranslated()).isTrue();
        assertThat(fallback.text()).startsWith("Iemand dwingt");
        assertThat(result.content()
                        .module("wat-is-criminele-uitbuiting")
                        .orElseThrow()
                        .lessons()
                        .get(0)
                        .html()
                        .in("nl")
                        .text())
                .contains("<a href=\"/glossary#criminele-uitbuiting\">criminele uitbuiting</a>");
    }

    @Test
    void aLinkToATermTheGlossaryLacksIsAnErrorAtTheLineOfTheLink() throws IOException {
        LoadResult result = load(
                STRUCTURE, DUTCH, ENGLISH, UNLINKED, "Bij [criminele uitbuiting](term:criminele-uitbuitng) dwingen");
        assertThat(problems(result))
                .containsExactly(error(
                        LESSONS,
                        7,
                        "unknown glossary term 'criminele-uitbuitng' (did you mean 'criminele-uitbuiting'?)"
                                + " in lessons.wat-is-het.body (not in content/glossary/glossary.yaml)"));
    }

    @Test
    void withoutAGlossaryEveryTermLinkIsAnError() throws IOException {
        LoadResult result = load(null, null, null, UNLINKED, LINKED);
        assertThat(problems(result))
                .containsExactly(error(
                        LESSONS,
                        7,
                        "glossary link 'term:criminele-uitbuiting' in lessons.wat-is-het.body but there is no"
                                + " glossary: add content/glossary/ with the term"));
    }

    @Test
    void aTermNeverLinkedIsFine() throws IOException {
        LoadResult result = load(STRUCTURE, DUTCH, ENGLISH, UNLINKED, UNLINKED);
        assertThat(result.errors()).isEmpty();
        assertThat(problems(result)).isEmpty();
    }

    @Test
    void aMissingDutchDefinitionIsAnError() throws IOException {
        String dutch = DUTCH.replace("    definition: Iemand uitbuiten voor werk, seks of misdrijven.\n", "");
        assertThat(problems(load(STRUCTURE, dutch, ENGLISH, UNLINKED, LINKED)))
                .containsExactly(error(NL, 5, "missing Dutch (nl) text for terms.mensenhandel.definition"));
    }

    @Test
    void aMissingTranslationIsAWarning() throws IOException {
        String english = ENGLISH.replace("    term: human trafficking\n", "");
        assertThat(problems(load(STRUCTURE, DUTCH, english, UNLINKED, LINKED)))
                .containsExactly(warning(
                        EN, 5, "missing English (en) text for terms.mensenhandel.term (the Dutch text is shown)"));
    }

    @Test
    void aLocaleFileOfAnUnsupportedLocaleIsAnError() throws IOException {
        Path content = copyOfValidContent();
        Path glossary = Files.createDirectories(content.resolve("glossary"));
        Files.writeString(glossary.resolve("glossary.yaml"), STRUCTURE);
        Files.writeString(glossary.resolve("nl.yaml"), DUTCH);
        Files.writeString(glossary.resolve("de.yaml"), ENGLISH);
        assertThat(problems(ContentLoader.load(content)))
                .containsExactly(error(
                        "content/glossary/de.yaml",
                        0,
                        "unknown locale 'de': locale files are named nl.yaml, en.yaml, ar.yaml, tr.yaml, pl.yaml"));
    }

    @Test
    void anUnknownTermIdInALocaleFileIsAnErrorWithASuggestion() throws IOException {
        String dutch = DUTCH.replace("  mensenhandel:", "  mensenhandl:");
        assertThat(problems(load(STRUCTURE, dutch, ENGLISH, UNLINKED, LINKED)))
                .containsExactly(
                        error(NL, 1, "missing Dutch (nl) text for terms.mensenhandel.term"),
                        error(NL, 1, "missing Dutch (nl) text for terms.mensenhandel.definition"),
                        error(
                                NL,
                                5,
                                "unknown term id 'mensenhandl' (did you mean 'mensenhandel'?) (not in glossary.yaml)"));
    }

    @Test
    void anUnknownSeeTermAndARepeatedIdAreErrors() throws IOException {
        String structure = STRUCTURE.replace("see: [mensenhandel]", "see: [mensenhandle]") + "  - id: mensenhandel\n";
        assertThat(problems(load(structure, DUTCH, ENGLISH, UNLINKED, LINKED)))
                .containsExactly(
                        error(
                                GLOSSARY,
                                3,
                                "unknown glossary term 'mensenhandle' (did you mean 'mensenhandel'?) in 'see' of term"
                                        + " 'criminele-uitbuiting'"),
                        error(GLOSSARY, 5, "glossary term 'mensenhandel' is listed twice"));
    }

    @Test
    void aDefinitionWithALinkIsWarnedAbout() throws IOException {
        String dutch = DUTCH.replace("voor werk, seks", "voor [werk](https://example.org), seks");
        assertThat(problems(load(STRUCTURE, dutch, ENGLISH, UNLINKED, LINKED)))
                .containsExactly(warning(
                        NL,
                        7,
                        "the definition of 'mensenhandel' is shown as plain text: write no links, Markdown or HTML"));
    }

    @Test
    void theShippedGlossaryLoadsWithoutProblemsInEveryLocale() {
        LoadResult result = ContentLoader.load(Path.of("..", "content"));
        assertThat(result.problems())
                .filteredOn(
                        problem -> problem.file().toString().replace('\\', '/').startsWith("content/glossary/")
                                || problem.message().contains("glossary"))
                .isEmpty();
        Glossary glossary = result.content().glossary();
        assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(37);
        for (Glossary.Term term : glossary.terms()) {
            for (String locale : SupportedLocales.ALL) {
                assertThat(term.term().in(locale).untranslated())
                        .as(term.id() + " in " + locale)
                        .isFalse();
                assertThat(term.definition().in(locale).untranslated())
                        .as(term.id() + " in " + locale)
                        .isFalse();
            }
        }
    }

    private Path copyOfValidContent() throws IOException {
        Path content = temp.resolve("copy-" + copies++).resolve("content");
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
