package nl.signaal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.signaal.content.RefresherItem.Type;
import org.junit.jupiter.api.Test;

class RefresherLoaderTest {

    private final Content content = ContentLoader.load(Fixtures.valid()).content();

    private RefresherItem item(String id) {
        return content.refresherItems().stream()
                .filter(item -> item.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void readsItemsInAuthoredOrderWithTheirModule() {
        assertEquals(
                List.of("dwang-maakt-slachtoffer", "bekende-signalen", "een-signaal-is-bewijs"),
                content.refresherItems("wat-is-criminele-uitbuiting").stream()
                        .map(RefresherItem::id)
                        .toList());
        assertEquals(List.of(), content.refresherItems("signalen-herkennen"));
    }

    @Test
    void readsVignetteItem() {
        RefresherItem item = item("dwang-maakt-slachtoffer");
        assertEquals(Type.VIGNETTE, item.type());
        assertEquals("victim-or-perpetrator", item.competency());
        assertEquals(List.of("dader", "slachtoffer-en-dader"), item.options());
        assertEquals(List.of("slachtoffer-en-dader"), item.correct());
        assertEquals(
                "Een jongen van 15 vervoert drugs.\nHij zegt dat hij anders klappen krijgt.\n",
                item.vignette().in("nl").text());
        assertEquals(
                new Translation("Victim and perpetrator", "en", false),
                item.optionTexts().get("slachtoffer-en-dader").in("en"));
    }

    @Test
    void readsMultipleChoiceItem() {
        RefresherItem item = item("bekende-signalen");
        assertEquals(Type.MULTIPLE, item.type());
        assertEquals(List.of("geld", "kleding"), item.correct());
        assertEquals(Map.of(), item.vignette().byLocale());
    }

    @Test
    void readsTrueFalseItemWithoutOptions() {
        RefresherItem item = item("een-signaal-is-bewijs");
        assertEquals(Type.TRUE_FALSE, item.type());
        assertEquals(List.of(), item.options());
        assertEquals(List.of("false"), item.correct());
        assertEquals(
                new Translation("Eén signaal is bewijs van uitbuiting.", "nl", true),
                item.prompt().in("pl"));
    }
}
