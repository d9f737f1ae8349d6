package nl.signaal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SeededOrderTest {
    private static final List<String> IDS = List.of("a", "b", "c", "d");

    @Test
    void theSameSeedGivesTheSameOrderWhateverTheAuthoredOrder() {
        String seed = SeededOrder.seed("run", UUID.randomUUID(), "scene");
        List<String> order = SeededOrder.of(seed, IDS, Function.identity());
        assertThat(order).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(SeededOrder.of(seed, IDS, Function.identity())).isEqualTo(order);
        assertThat(SeededOrder.of(seed, List.of("d", "c", "b", "a"), Function.identity()))
                .isEqualTo(order);
    }

    @Test
    void overManySeedsEveryItemReachesEveryPositionAboutEquallyOften() {
        Map<String, int[]> positions = new HashMap<>();
        IDS.forEach(id -> positions.put(id, new int[IDS.size()]));
        Set<List<String>> orders = new HashSet<>();
        int seeds = 4000;
        for (int i = 0; i < seeds; i++) {
            List<String> order = SeededOrder.of(SeededOrder.seed("run", UUID.randomUUID(), "n"), IDS, id -> id);
            orders.add(order);
            for (int at = 0; at < order.size(); at++) {
                positions.get(order.get(at))[at]++;
            }
        }
        assertThat(orders).as("all 24 permutations").hasSize(24);
        for (int[] counts : positions.values()) {
            for (int count : counts) {
                assertThat(count).isBetween(seeds / 4 - 200, seeds / 4 + 200);
            }
        }
    }

    @Test
    void theSeedIsItsPartsJoined() {
        assertThat(SeededOrder.seed("check", "u", "m", "a")).isEqualTo("check/u/m/a");
    }
}
