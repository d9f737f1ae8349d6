package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example scenario in docs/content-format.md must pass validation, so authors can copy it. */
class DocumentedScenarioTest {

    private static final Pattern FILE = Pattern.compile(
            "`content/scenarios/tikkies-kort/([a-z]+\\.yaml)`:\\n\\n```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void exampleInTheContentFormatDocumentIsValid() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "content-format.md"));
        Matcher matcher = FILE.matcher(doc);
        Map<String, String> files = new java.util.TreeMap<>();
        while (matcher.find()) {
            files.put(matcher.group(1), matcher.group(2));
        }
        assertThat(files).containsOnlyKeys("scenario.yaml", "nl.yaml");
        LoadResult result = ContentLoader.readScenario(
                "tikkies-kort", files, ContentLoader.load(Fixtures.valid()).content());
        assertThat(result.problems()).isEmpty();
        assertThat(result.content().scenario("tikkies-kort"))
                .get()
                .extracting(Scenario::practice)
                .isEqualTo(Map.of("gesprek", "signal-recognition"));
        assertThat(result.content().scenario("tikkies-kort").orElseThrow().discussionHtml())
                .containsOnlyKeys("gesprek");
    }
}
