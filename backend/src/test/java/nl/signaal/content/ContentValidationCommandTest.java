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
                0 errors, 1 warning in 2 modules, 1 scenario and 1 pooling exercise

                Translations (texts present / Dutch texts):
                locale  modules       scenarios     refresher items  pooling exercises  glossary
                nl      29/29 (100%)  48/48 (100%)  12/12 (100%)     18/18 (100%)       -
                en      18/29 (62%)   48/48 (100%)  12/12 (100%)     18/18 (100%)       -
                ar      0/29 (0%)     0/48 (0%)     0/12 (0%)        0/18 (0%)          -
                tr      0/29 (0%)     0/48 (0%)     0/12 (0%)        0/18 (0%)          -
                pl      0/29 (0%)     0/48 (0%)     0/12 (0%)        0/18 (0%)          -
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
