package nl.signaal.simulation.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reachability on the state graph: every (node, variable values) a run can be in, explored from the start state.
 * A loop is fine only when an ending stays reachable from every state on it. Above {@link #STATE_LIMIT} states it
 * falls back to the node graph (conditions and effects ignored) and says so.
 */
public final class ScenarioAnalysis {

    public static final int STATE_LIMIT = 200_000;

    private ScenarioAnalysis() {}

    /** Findings in the order of the nodes in the file; expects every choice's target to exist. */
    public static List<Finding> analyse(ScenarioDefinition d) {
        Set<String> linked = nodeReachable(d);
        List<Finding> findings = new ArrayList<>();
        StateGraph graph = StateGraph.explore(d);
        if (graph == null) {
            findings.add(new Finding(
                    Finding.Kind.STATE_SPACE_TOO_LARGE,
                    d.start(),
                    null,
                    "the scenario has more than "
                            + String.format(Locale.ROOT, "%,d", STATE_LIMIT)
                            + " states (node and variable values): reachability was"
                            + " checked per node only, ignoring conditions and effects"));
            Set<String> canEnd = nodesThatCanEnd(d);
            for (Node node : d.nodes().values()) {
                if (!linked.contains(node.id())) {
                    findings.add(unreachable(d, node));
                } else if (!canEnd.contains(node.id())) {
                    findings.add(new Finding(
                            Finding.Kind.NO_ENDING_REACHABLE,
                            node.id(),
                            null,
                            "no ending can be reached from scene '" + node.id() + "'"));
                }
            }
            return findings;
        }
        for (Node node : d.nodes().values()) {
            if (!linked.contains(node.id())) {
                findings.add(unreachable(d, node));
            } else if (!graph.statesByNode.containsKey(node.id())) {
                findings.add(new Finding(
                        Finding.Kind.NEVER_REACHED,
                        node.id(),
                        null,
                        kind(node) + " '" + node.id()
                                + "' can never be reached: the conditions on the way to it never hold"));
            } else if (node instanceof Scene scene) {
                List<State> states = graph.statesByNode.get(node.id());
                graph.stuck(node.id())
                        .ifPresent(state -> findings.add(new Finding(
                                Finding.Kind.NO_ENDING_REACHABLE,
                                node.id(),
                                null,
                                "no ending can be reached from scene '" + node.id() + "'" + describe(d, state))));
                for (Choice choice : scene.choices()) {
                    if (choice.condition() != Condition.ALWAYS
                            && states.stream().noneMatch(choice.condition()::holds)) {
                        findings.add(new Finding(
                                Finding.Kind.CONDITION_NEVER_HOLDS,
                                node.id(),
                                choice.id(),
                                "the condition '" + choice.condition().source() + "' of choice '" + choice.id()
                                        + "' in scene '" + node.id() + "' never holds when a run is there"));
                    }
                }
            }
        }
        return findings;
    }

    private static Finding unreachable(ScenarioDefinition d, Node node) {
        return new Finding(
                Finding.Kind.UNREACHABLE,
                node.id(),
                null,
                kind(node) + " '" + node.id() + "' cannot be reached from the start '" + d.start()
                        + "': no choice leads to it");
    }

    private static String kind(Node node) {
        return node instanceof Ending ? "ending" : "scene";
    }

    private static String describe(ScenarioDefinition d, State state) {
        if (state.values().isEmpty()) {
            return "";
        }
        return " (e.g. with "
                + state.values().entrySet().stream()
                        .map(entry -> entry.getKey() + " = "
                                + (d.variable(entry.getKey()).orElseThrow().type() == VariableType.FLAG
                                        ? String.valueOf(entry.getValue() != 0)
                                        : String.valueOf(entry.getValue())))
                        .collect(Collectors.joining(", "))
                + ")";
    }

    /** The nodes linked from the start, ignoring conditions. */
    private static Set<String> nodeReachable(ScenarioDefinition d) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(d.start()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (seen.add(id) && d.node(id) instanceof Scene scene) {
                scene.choices().forEach(choice -> queue.add(choice.to()));
            }
        }
        return seen;
    }

    /** The nodes from which some ending is linked, ignoring conditions. */
    private static Set<String> nodesThatCanEnd(ScenarioDefinition d) {
        Set<String> canEnd = new LinkedHashSet<>();
        d.nodes().values().stream().filter(Ending.class::isInstance).forEach(node -> canEnd.add(node.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Node node : d.nodes().values()) {
                if (node instanceof Scene scene
                        && !canEnd.contains(node.id())
                        && scene.choices().stream().anyMatch(choice -> canEnd.contains(choice.to()))) {
                    grew = canEnd.add(node.id());
                }
            }
        }
        return canEnd;
    }

    private record Key(String node, State state) {}

    private static final class StateGraph {

        private final List<Key> keys = new ArrayList<>();
        private final List<int[]> successors = new ArrayList<>();
        private final Map<String, List<State>> statesByNode = new LinkedHashMap<>();
        private BitSet canEnd;

        /** Null when there are more than STATE_LIMIT states. */
        static StateGraph explore(ScenarioDefinition d) {
            StateGraph graph = new StateGraph();
            Map<Key, Integer> index = new HashMap<>();
            Key start = new Key(d.start(), d.initialState());
            index.put(start, 0);
            graph.keys.add(start);
            for (int i = 0; i < graph.keys.size(); i++) {
                Key key = graph.keys.get(i);
                graph.statesByNode
                        .computeIfAbsent(key.node(), node -> new ArrayList<>())
                        .add(key.state());
                List<Choice> available = Play.available(d, key.node(), key.state());
                int[] next = new int[available.size()];
                for (int c = 0; c < available.size(); c++) {
                    State after = key.state();
                    for (Effect effect : available.get(c).effects()) {
                        after = effect.apply(after, d);
                    }
                    Key target = new Key(available.get(c).to(), after);
                    Integer known = index.get(target);
                    if (known == null) {
                        if (graph.keys.size() >= STATE_LIMIT) {
                            return null;
                        }
                        known = graph.keys.size();
                        index.put(target, known);
                        graph.keys.add(target);
                    }
                    next[c] = known;
                }
                graph.successors.add(next);
            }
            graph.canEnd = graph.statesThatCanEnd(d);
            return graph;
        }

        /** Backwards from the ending states over reversed edges. */
        private BitSet statesThatCanEnd(ScenarioDefinition d) {
            List<List<Integer>> predecessors = new ArrayList<>();
            keys.forEach(key -> predecessors.add(new ArrayList<>()));
            for (int i = 0; i < keys.size(); i++) {
                for (int next : successors.get(i)) {
                    predecessors.get(next).add(i);
                }
            }
            BitSet reached = new BitSet(keys.size());
            Deque<Integer> queue = new ArrayDeque<>();
            for (int i = 0; i < keys.size(); i++) {
                if (d.node(keys.get(i).node()) instanceof Ending) {
                    reached.set(i);
                    queue.add(i);
                }
            }
            while (!queue.isEmpty()) {
                for (int previous : predecessors.get(queue.poll())) {
                    if (!reached.get(previous)) {
                        reached.set(previous);
                        queue.add(previous);
                    }
                }
            }
            return reached;
        }

        /** The first explored (so nearest to the start) state of the node from which no ending can be reached. */
        Optional<State> stuck(String node) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).node().equals(node) && !canEnd.get(i)) {
                    return Optional.of(keys.get(i).state());
                }
            }
            return Optional.empty();
        }
    }
}
