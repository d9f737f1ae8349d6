package nl.signaal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidationCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void returnsZeroAndPrintsWarningsForValidContent() {
        assertEquals(0, ContentValidationCommand.run(Fixtures.valid(), out));
        assertEquals("""
                content/modules/wat-is-criminele-uitbuiting/en.yaml:10: warning: missing English (en) text for \
                lessons.slachtoffer-en-dader.body (the Dutch text is shown)
                content/modules/wat-is-criminele-uitbuiting/nl.yaml:16: warning: answer cue in 'dader-of-slachtoffer': \
                the right answer is much longer than the others (20 against at most 12 characters)
                content/pooling/jamal-samen/nl.yaml:17: warning: answer cue in 'patroon': the right answer is much \
                longer than the others (32 against at most 22 characters)
                content/refreshers/wat-is-criminele-uitbuiting/nl.yaml:2: warning: answer cue in \
                'dwang-maakt-slachtoffer': the right answer is much longer than the others (20 against at most 12 \
                characters)
                content/scenarios/tikkies/nl.yaml:33: warning: answer cue in 'school-navragen': the right answer is \
                much longer than the others (19 against at most 8 characters)
                content/scenarios/tikkies/nl.yaml:51: warning: answer cue in 'overleg': the right answer is much \
                longer than the others (29 against at most 16 characters)
                0 errors, 6 warnings in 2 modules, 1 scenario and 1 pooling exercise

                Translations (texts present / Dutch texts):
                locale  modules       scenarios     refresher items  pooling exercises  glossary
                nl      29/29 (100%)  48/48 (100%)  12/12 (100%)     18/18 (100%)       -
                en      18/29 (62%)   48/48 (100%)  12/12 (100%)     18/18 (100%)       -
                ar      0/29 (0%)     0/48 (0%)     0/12 (0%)        0/18 (0%)          -
                tr      0/29 (0%)     0/48 (0%)     0/12 (0%)        0/18 (0%)          -
                pl      0/29 (0%)     0/48 (0%)     0/12 (0%)        0/18 (0%)          -

                Answer cues (Dutch texts; longest/shortest = the right answer is the longest/shortest option; places = \
                where the right answer stands, single-answer items):
                module check wat-is-criminele-uitbuiting      2 items  longest  1 ( 50%)  shortest  0 (  0%)  places {2=1}
                module check signalen-herkennen               1 items  longest  0 (  0%)  shortest  1 (100%)  places {1=1}
                refresher bank wat-is-criminele-uitbuiting    2 items  longest  1 ( 50%)  shortest  0 (  0%)  places {2=1}
                case tikkies                                  6 items  longest  2 ( 33%)  shortest  2 ( 33%)  places {1=3, 2=3}
                pooling exercise jamal-samen                  2 items  longest  1 ( 50%)  shortest  0 (  0%)  places {2=2}
                """, printed());
    }

    @Test
    void writesTheTranslationStatusPageWhenAsked(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("content-status.md");
        assertEquals(
                0,
                ContentValidationCommand.run(
                        List.of("--status", page.toString(), Fixtures.valid().toString()), out));
        String markdown = Files.readString(page);
        assertTrue(markdown.startsWith("# Content status\n"));
        assertTrue(
                markdown.contains("| English (en) | 18/29 (62%) | 48/48 (100%) | 12/12 (100%) | 18/18 (100%) | - |\n"),
                markdown);
        assertTrue(printed().endsWith("wrote " + page + "\n"));
    }

    @Test
    void returnsTwoAndPrintsUsageForUnknownOption() {
        assertEquals(2, ContentValidationCommand.run(List.of("--stats", "x.md", "content"), out));
        assertEquals(ContentValidationCommand.USAGE + "\n", printed());
    }

    @Test
    void returnsOneAndPrintsEveryProblemSortedByFileThenLine() {
        assertEquals(1, ContentValidationCommand.run(Fixtures.broken("broken-lesson-link"), out));
        assertEquals("""
                content/modules/basis/nl.yaml:9: error: lesson link 'lesson:volgende' in lessons.eerste.body points \
                to unknown lesson 'volgende' in module 'basis'
                content/modules/basis/nl.yaml:10: error: lesson link 'lesson:signalen-herkennen/school' in \
                lessons.eerste.body points to unknown module 'signalen-herkennen'
                2 errors, 0 warnings in 1 module

                Translations (texts present / Dutch texts):
                locale  modules  scenarios  refresher items  pooling exercises  glossary
                nl      -        -          -                -                  -
                en      -        -          -                -                  -
                ar      -        -          -                -                  -
                tr      -        -          -                -                  -
                pl      -        -          -                -                  -

                Answer cues (Dutch texts; longest/shortest = the right answer is the longest/shortest option; places = \
                where the right answer stands, single-answer items):
                """, printed());
    }

    @Test
    void returnsOneWhenContentRootDoesNotExist() {
        Path root = Path.of("does-not-exist", "content");
        assertEquals(1, ContentValidationCommand.run(root, out));
        assertEquals(
                "content: error: content folder " + root.toAbsolutePath() + " does not exist\n"
                        + "1 error, 0 warnings in 0 modules\n",
                printed());
    }
}
