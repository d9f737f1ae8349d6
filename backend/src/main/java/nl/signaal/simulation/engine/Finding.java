package nl.signaal.simulation.engine;

/** Something {@link ScenarioAnalysis} found; choiceId is null unless it is about one choice. */
public record Finding(Kind kind, String nodeId, String choiceId, String message) {

    public enum Kind {
        /** Not reachable from the start even ignoring conditions (error). */
        UNREACHABLE,
        /** Linked from the start, but the conditions on the way never let a run get there (error). */
        NEVER_REACHED,
        /** A reachable state of this scene from which no ending can be reached (error). */
        NO_ENDING_REACHABLE,
        /** A choice whose condition holds in no reachable state of its scene (warning). */
        CONDITION_NEVER_HOLDS,
        /** The state space was too large to explore; only node-level reachability was checked (warning). */
        STATE_SPACE_TOO_LARGE,
        /**
         * A loop a run can go round and come back to exactly the same scene and variable values, so a learner can
         * make decisions without end (warning; choiceId is the choice that closes the loop).
         */
        LOOP_WITHOUT_PROGRESS
    }

    public boolean isError() {
        return kind == Kind.UNREACHABLE || kind == Kind.NEVER_REACHED || kind == Kind.NO_ENDING_REACHABLE;
    }
}
