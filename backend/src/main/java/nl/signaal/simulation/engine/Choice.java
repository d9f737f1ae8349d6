package nl.signaal.simulation.engine;

import java.util.List;
import java.util.Map;

/** One option in a scene: shown when its condition holds; choosing it applies its effects in order. */
public record Choice(
        String id,
        String to,
        Condition condition,
        List<Effect> effects,
        Map<String, Integer> points,
        boolean recommended) {

    public Choice {
        effects = List.copyOf(effects);
        points = Map.copyOf(points);
    }
}
