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
 *
 * <p>It also warns about loops without progress (decision 0031): a cycle in the state graph means a run can come back
 * to exactly the same scene with exactly the same variable values, so a learner can go round it without end
 * ("Beslissing 30"). A loop whose effects change something that lasts (a flag set, a counter that runs into its
 * bound and a condition that then closes the way back) is no cycle in the state graph and is fine.
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
            findings.addAll(effectFreeLoops(d));
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
        findings.addAll(graph.loops(d));
        return findings;
    }

    /**
     * Above the state limit: loops in the node graph over choices without effects (conditions ignored), the ones
     * that certainly change nothing. Loops that only undo their own effects are not found this way.
     */
    private static List<Finding> effectFreeLoops(ScenarioDefinition d) {
        List<String> ids = new ArrayList<>(d.nodes().keySet());
        Map<String, Integer> index = new HashMap<>();
        ids.forEach(id -> index.put(id, index.size()));
        List<int[]> successors = new ArrayList<>();
        List<String[]> choices = new ArrayList<>();
        for (String id : ids) {
            List<Choice> plain = d.node(id) instanceof Scene scene
                    ? scene.choices().stream()
                            .filter(choice -> choice.effects().isEmpty())
                            .toList()
                    : List.of();
            successors.add(plain.stream().mapToInt(c -> index.get(c.to())).toArray());
            choices.add(plain.stream().map(Choice::id).toArray(String[]::new));
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (List<Integer> cycle : cycles(successors, choices.size())) {
            Finding finding = loopFinding(d, cycle, successors, choices, i -> ids.get(i), i -> "");
            if (reported.add(finding.nodeId() + "/" + finding.choiceId())) {
                findings.add(finding);
            }
        }
        return findings;
    }

    /**
     * One shortest cycle per strongly connected component with a cycle (more than one vertex, or a vertex that leads
     * to itself), through the component's lowest-numbered vertex (explored first, so nearest to the start); each as
     * the list of vertices from that vertex round to it again.
     */
    private static List<List<Integer>> cycles(List<int[]> successors, int size) {
        int[] component = components(successors, size);
        Map<Integer, Integer> first = new LinkedHashMap<>();
        Map<Integer, Integer> members = new HashMap<>();
        for (int v = 0; v < size; v++) {
            first.putIfAbsent(component[v], v);
            members.merge(component[v], 1, Integer::sum);
        }
        List<List<Integer>> cycles = new ArrayList<>();
        for (var entry : first.entrySet()) {
            int start = entry.getValue();
            boolean selfLoop = false;
            for (int next : successors.get(start)) {
                selfLoop |= next == start;
            }
            if (members.get(entry.getKey()) == 1 && !selfLoop) {
                continue;
            }
            // Breadth first within the component, back to the start.
            Map<Integer, Integer> parent = new HashMap<>();
            Deque<Integer> queue = new ArrayDeque<>(List.of(start));
            int last = -1;
            while (!queue.isEmpty() && last < 0) {
                int v = queue.poll();
                for (int next : successors.get(v)) {
                    if (next == start) {
                        last = v;
                        break;
                    }
                    if (component[next] == component[start] && !parent.containsKey(next)) {
                        parent.put(next, v);
                        queue.add(next);
                    }
                }
            }
            List<Integer> cycle = new ArrayList<>(List.of(start));
            for (int v = last; v != start; v = parent.get(v)) {
                cycle.add(1, v);
            }
            cycle.add(start);
            cycles.add(cycle);
        }
        return cycles;
    }

    /** Tarjan's strongly connected components, without recursion (state graphs can be deep). */
    private static int[] components(List<int[]> successors, int size) {
        int[] order = new int[size];
        int[] low = new int[size];
        int[] component = new int[size];
        java.util.Arrays.fill(order, -1);
        BitSet onStack = new BitSet(size);
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<int[]> work = new ArrayDeque<>(); // {vertex, next successor to look at}
        int counter = 0;
        int components = 0;
        for (int root = 0; root < size; root++) {
            if (order[root] >= 0) {
                continue;
            }
            work.push(new int[] {root, 0});
            while (!work.isEmpty()) {
                int[] frame = work.peek();
                int v = frame[0];
                if (frame[1] == 0 && order[v] < 0) {
                    order[v] = counter;
                    low[v] = counter;
                    counter++;
                    stack.push(v);
                    onStack.set(v);
                }
                int[] next = successors.get(v);
                if (frame[1] < next.length) {
                    int w = next[frame[1]++];
                    if (order[w] < 0) {
                        work.push(new int[] {w, 0});
                    } else if (onStack.get(w)) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    int parent = work.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack.clear(w);
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return component;
    }

    /** The warning for one cycle, about the choice that closes it. */
    private static Finding loopFinding(
            ScenarioDefinition d,
            List<Integer> cycle,
            List<int[]> successors,
            List<String[]> choices,
            java.util.function.IntFunction<String> node,
            java.util.function.IntFunction<String> values) {
        List<String> scenes = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            int from = cycle.get(i);
            int to = cycle.get(i + 1);
            scenes.add("'" + node.apply(from) + "'");
            int[] next = successors.get(from);
            for (int c = 0; c < next.length; c++) {
                if (next[c] == to) {
                    taken.add(choices.get(from)[c]);
                    break;
                }
            }
        }
        scenes.add("'" + node.apply(cycle.get(cycle.size() - 1)) + "'");
        int closing = cycle.get(cycle.size() - 2);
        String choice = taken.get(taken.size() - 1);
        return new Finding(
                Finding.Kind.LOOP_WITHOUT_PROGRESS,
                node.apply(closing),
                choice,
                "choice '" + choice + "' in scene '" + node.apply(closing)
                        + "' closes a loop without progress: a run can go " + String.join(" → ", scenes)
                        + " (choices " + taken.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
                        + ") and come back with nothing changed" + values.apply(cycle.get(0))
                        + ", so a learner can go round it without end; let the way back change something that"
                        + " lasts, or lead elsewhere the second time");
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
        private final List<String[]> choiceIds = new ArrayList<>();
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
                graph.choiceIds.add(available.stream().map(Choice::id).toArray(String[]::new));
            }
            graph.canEnd = graph.statesThatCanEnd(d);
            return graph;
        }

        /** One warning per loop in the state graph, at the choice that closes it (each choice once). */
        List<Finding> loops(ScenarioDefinition d) {
            List<Finding> findings = new ArrayList<>();
            Set<String> reported = new LinkedHashSet<>();
            for (List<Integer> cycle : cycles(successors, keys.size())) {
                Finding finding = loopFinding(
                        d,
                        cycle,
                        successors,
                        choiceIds,
                        i -> keys.get(i).node(),
                        i -> describe(d, keys.get(i).state()));
                if (reported.add(finding.nodeId() + "/" + finding.choiceId())) {
                    findings.add(finding);
                }
            }
            return findings;
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
