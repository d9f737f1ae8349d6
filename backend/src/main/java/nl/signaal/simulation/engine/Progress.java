package nl.signaal.simulation.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a run is, for "Beslissing 3 van ongeveer 8" (decision 0031): {@code decision} is the decision being made now
 * (at an ending: the number made), {@code about} the decisions made so far plus those on the recommended path from
 * where the run stands. That path takes the scene's recommended choice when it is on offer and otherwise the choice
 * with the fewest decisions to an ending. A learner who plays well meets the estimate exactly; other routes may end
 * sooner or go on longer, which is why the player says "about". It never falls below {@code decision}.
 */
public record Progress(int decision, int about) {

    /** Bounds the search for the shortest way to an ending; shipped cases have a few thousand states. */
    static final int SEARCH_LIMIT = 20_000;

    /** Bounds the walk along the recommended path, should a scenario still have a loop without progress. */
    static final int WALK_LIMIT = 500;

    public static Progress of(ScenarioDefinition d, String nodeId, State state, int decisionsMade) {
        if (!(d.node(nodeId) instanceof Scene)) {
            return new Progress(decisionsMade, decisionsMade);
        }
        return new Progress(decisionsMade + 1, decisionsMade + remaining(d, nodeId, state));
    }

    /** The decisions on the recommended path from this scene to an ending, this one included (at least 1). */
    static int remaining(ScenarioDefinition d, String nodeId, State state) {
        Set<Key> seen = new HashSet<>();
        String node = nodeId;
        State s = state;
        int count = 0;
        while (d.node(node) instanceof Scene && count < WALK_LIMIT && seen.add(new Key(node, s))) {
            List<Choice> available = Play.available(d, node, s);
            Key current = new Key(node, s);
            if (available.isEmpty()) {
                break;
            }
            Choice next = available.stream()
                    .filter(Choice::recommended)
                    .findFirst()
                    .orElseGet(() -> shortestWayOut(d, current, available));
            count++;
            s = after(d, s, next);
            node = next.to();
        }
        return Math.max(1, count);
    }

    /**
     * The first choice of a shortest way (fewest decisions) from this state to an ending, breadth first over the
     * state graph; the first available choice when no ending is found within {@link #SEARCH_LIMIT} states.
     */
    private static Choice shortestWayOut(ScenarioDefinition d, Key from, List<Choice> available) {
        Map<Key, Choice> firstChoice = new HashMap<>();
        Deque<Key> queue = new ArrayDeque<>();
        for (Choice choice : available) {
            Key next = new Key(choice.to(), after(d, from.state(), choice));
            if (d.node(next.node()) instanceof Ending) {
                return choice;
            }
            if (firstChoice.putIfAbsent(next, choice) == null) {
                queue.add(next);
            }
        }
        while (!queue.isEmpty() && firstChoice.size() < SEARCH_LIMIT) {
            Key key = queue.poll();
            for (Choice choice : Play.available(d, key.node(), key.state())) {
                Key next = new Key(choice.to(), after(d, key.state(), choice));
                if (d.node(next.node()) instanceof Ending) {
                    return firstChoice.get(key);
                }
                if (!firstChoice.containsKey(next)) {
                    firstChoice.put(next, firstChoice.get(key));
                    queue.add(next);
                }
            }
        }
        return available.get(0);
    }

    private static State after(ScenarioDefinition d, State state, Choice choice) {
        State s = state;
        for (Effect effect : choice.effects()) {
            s = effect.apply(s, d);
        }
        return s;
    }

    private record Key(String node, State state) {}
}
