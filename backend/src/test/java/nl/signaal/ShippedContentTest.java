package nl.signaal;

import nl.signaal.content.ContentLoader;
import nl.signaal.content.LoadResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The content that ships in content/ must always load without errors. */
class ShippedContentTest {

    @Test
    void shippedContentHasNoErrors() {
        LoadResult result = ContentLoader.load(Path.of("..", "content"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.content().modules()).hasSizeGreaterThanOrEqualTo(2);
    }
}
