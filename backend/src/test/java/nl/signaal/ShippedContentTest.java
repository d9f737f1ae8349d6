package nl.signaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.signaal.content.Competencies;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.LoadResult;
import nl.signaal.content.Localized;
import nl.signaal.content.RefresherItem;
import org.junit.jupiter.api.Test;

/** The content that ships in content/ must always load without errors. */
class ShippedContentTest {

    private final LoadResult result = ContentLoader.load(Path.of("..", "content"));
    private final Content content = result.content();

    @Test
    void shippedContentHasNoErrors() {
        assertThat(result.errors()).isEmpty();
        assertThat(content.modules()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyModuleHasAFlyerInDutchAndEnglish() {
        assertThat(content.modules())
                .allSatisfy(module -> assertThat(module.flyer().byLocale()).containsKeys("nl", "en"));
    }

    @Test
    void refresherBankHasAtLeastHundredItemsWithCompleteDutchAndEnglishTexts() {
        List<RefresherItem> items = content.refresherItems();
        assertThat(items).hasSizeGreaterThanOrEqualTo(100);
        List<String> incomplete = new ArrayList<>();
        for (RefresherItem item : items) {
            Stream<Localized> texts =
                    Stream.concat(Stream.of(item.prompt(), item.explanation()), item.optionTexts().values().stream());
            if (item.type() == RefresherItem.Type.VIGNETTE) {
                texts = Stream.concat(texts, Stream.of(item.vignette()));
            }
            if (!texts.allMatch(
                    text -> text.byLocale().containsKey("nl") && text.byLocale().containsKey("en"))) {
                incomplete.add(item.id());
            }
        }
        assertThat(incomplete).isEmpty();
    }

    @Test
    void refresherBankCoversEveryCompetency() {
        assertThat(content.refresherItems().stream()
                        .map(RefresherItem::competency)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(Competencies.ALL);
    }
}
