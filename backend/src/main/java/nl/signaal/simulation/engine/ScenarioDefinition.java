package nl.signaal.simulation.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The language-neutral structure of a scenario (scenario.yaml). */
public record ScenarioDefinition(
        String id,
        int version,
        int order,
        List<String> targetGroups,
        List<String> competencies,
        int minutes,
        List<VariableDeclaration> variables,
        String start,
        Map<String, Node> nodes,
        Map<String, List<LessonRef>> readAgain) {

    public ScenarioDefinition {
        targetGroups = List.copyOf(targetGroups);
        competencies = List.copyOf(competencies);
        variables = List.copyOf(variables);
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes)); // file order
        Map<String, List<LessonRef>> lessons = new LinkedHashMap<>();
        readAgain.forEach((competency, refs) -> lessons.put(competency, List.copyOf(refs)));
        readAgain = Collections.unmodifiableMap(lessons);
    }

    /** IllegalArgumentException when there is no such node. */
    public Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("unknown node '" + id + "' in scenario '" + this.id + "'");
        }
        return node;
    }

    public State initialState() {
        Map<String, Integer> values = new LinkedHashMap<>();
        variables.forEach(variable -> values.put(variable.name(), variable.initial()));
        return new State(values);
    }

    public Optional<VariableDeclaration> variable(String name) {
        return variables.stream()
                .filter(variable -> variable.name().equals(name))
                .findFirst();
    }
}
