package nl.signaal.simulation.engine;

import java.util.List;

/** The rules of one step of a run. */
public final class Play {

    private Play() {}

    /** The choices whose condition holds, in authored order; none at an ending. */
    public static List<Choice> available(ScenarioDefinition d, String nodeId, State s) {
        if (!(d.node(nodeId) instanceof Scene scene)) {
            return List.of();
        }
        return scene.choices().stream()
                .filter(choice -> choice.condition().holds(s))
                .toList();
    }

    /** Applies the choice's effects in order (each clamped) and moves to its target node. */
    public static Step choose(ScenarioDefinition d, String nodeId, State s, String choiceId) throws ChoiceUnavailable {
        if (!(d.node(nodeId) instanceof Scene scene)) {
            throw new ChoiceUnavailable("'" + nodeId + "' is an ending");
        }
        Choice choice = scene.choice(choiceId)
                .orElseThrow(
                        () -> new ChoiceUnavailable("unknown choice '" + choiceId + "' in scene '" + nodeId + "'"));
        if (!choice.condition().holds(s)) {
            throw new ChoiceUnavailable("choice '" + choiceId + "' is not available now: its condition '"
                    + choice.condition().source() + "' does not hold");
        }
        State after = s;
        for (Effect effect : choice.effects()) {
            after = effect.apply(after, d);
        }
        return new Step(nodeId, choice, after, choice.to());
    }
}
