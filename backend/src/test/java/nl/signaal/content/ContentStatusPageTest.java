package nl.signaal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/content-status.md is generated from the shipped content; this keeps it true. */
class ContentStatusPageTest {

    @Test
    void contentStatusPageMatchesTheShippedContent() throws IOException {
        String expected = TranslationStatus.of(
                        ContentLoader.load(Path.of("..", "content")).content())
                .markdown();
        assertEquals(
                expected,
                Files.readString(Path.of("..", "docs", "content-status.md")),
                "docs/content-status.md is out of date: run java -jar backend/target/signaal.jar validate-content"
                        + " --status docs/content-status.md content");
    }
}
