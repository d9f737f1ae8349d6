package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.signaal.content.Localized;
import nl.signaal.content.RefresherItem;
import org.junit.jupiter.api.Test;

class PickingItemsTest {

    private static RefresherItem item(String id, String competency) {
        Localized text = new Localized(Map.of("nl", id));
        return new RefresherItem(
                id,
                "m",
                competency,
                RefresherItem.Type.TRUE_FALSE,
                List.of(),
                List.of("true"),
                new Localized(Map.of()),
                text,
                Map.of(),
                text);
    }

    private static List<RefresherItem> bank() {
        List<RefresherItem> items = new ArrayList<>();
        for (String competency : List.of("strong", "weak", "unknown")) {
            for (int i = 1; i <= 4; i++) {
                items.add(item(competency + "-" + i, competency));
            }
        }
        return items;
    }

    private static List<String> competencies(List<RefresherItem> picked) {
        return picked.stream().map(RefresherItem::competency).toList();
    }

    @Test
    void picksFiveItems() {
        assertThat(PickingItems.pick(bank(), Map.of(), Set.of(), new Random(1))).hasSize(5);
        assertThat(PickingItems.pick(bank().subList(0, 3), Map.of(), Set.of(), new Random(1)))
                .hasSize(3);
    }

    @Test
    void takesNeverPractisedCompetenciesFirstThenTheLowestRetrievability() {
        List<RefresherItem> picked =
                PickingItems.pick(bank(), Map.of("strong", 0.95, "weak", 0.6), Set.of(), new Random(7));

        assertThat(competencies(picked)).containsExactly("unknown", "unknown", "unknown", "weak", "weak");
    }

    @Test
    void theWeakestCompetencyComesFirstWhenAllArePractised() {
        List<RefresherItem> picked =
                PickingItems.pick(bank(), Map.of("strong", 0.95, "weak", 0.6, "unknown", 0.8), Set.of(), new Random(7));

        assertThat(competencies(picked)).containsExactly("weak", "weak", "weak", "unknown", "unknown");
    }

    @Test
    void leavesItemsAnsweredThisWeekForLastWhenOthersExist() {
        Set<String> recent = Set.of("unknown-1", "unknown-2", "unknown-3", "weak-1");
        List<RefresherItem> picked =
                PickingItems.pick(bank(), Map.of("strong", 0.95, "weak", 0.6), recent, new Random(3));

        assertThat(picked)
                .extracting(RefresherItem::id)
                .doesNotContainAnyElementsOf(recent)
                .startsWith("unknown-4");
    }

    @Test
    void fillsUpWithRecentItemsWhenThereAreNoOthers() {
        List<RefresherItem> small = bank().subList(0, 4);
        Set<String> recent = Set.of("strong-1", "strong-2");

        List<String> ids = PickingItems.pick(small, Map.of(), recent, new Random(3)).stream()
                .map(RefresherItem::id)
                .toList();

        assertThat(ids).hasSize(4);
        assertThat(ids.subList(2, 4)).containsExactlyInAnyOrder("strong-1", "strong-2");
    }

    @Test
    void theSameSeedPicksTheSameItems() {
        assertThat(PickingItems.pick(bank(), Map.of(), Set.of(), new Random(42)))
                .isEqualTo(PickingItems.pick(bank(), Map.of(), Set.of(), new Random(42)));
    }
}
