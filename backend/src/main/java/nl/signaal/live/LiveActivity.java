package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.progress.LearningEvent;

/**
 * What a live session plays: a case run, a knowledge check, a signal-pooling exercise. A session stores only where it
 * stands (a {@link Position}); the activity turns that into the step everyone sees, in the session's locale.
 */
interface LiveActivity {
    String CASE = "case";
    String CHECK = "check";
    String POOLING = "pooling";

    String kind();

    String id();

    String title(String locale);

    String summary(String locale);

    /** The number of questions; null for a case, whose length depends on the group's path. */
    @Nullable
    Integer steps();

    @Nullable
    String introHtml(String locale);

    /** Where step 0 stands. */
    Position start();

    /**
     * The step at a node (scene or question id). state is the engine state for a case (null: every authored choice,
     * as the debrief needs to name any option that was shown).
     */
    StepContent step(String nodeId, @Nullable String state, String locale);

    /** Where the session goes after step {@code index} at {@code position} was decided for {@code optionId}. */
    Position next(Position position, String optionId);

    /** Case: the ending's text and debrief; else null. */
    @Nullable
    String endingHtml(@Nullable String endingNodeId, String locale);

    /** Pooling: the fragments in authored order (dealt round-robin on join); empty for the others. */
    default List<Fragment> fragments(String locale) {
        return List.of();
    }

    /** How the correct or group's option is named at DECIDED: the group chose (case) or the answer (check, pooling). */
    default boolean groupChooses() {
        return false;
    }

    /** index is the step number; nodeId the scene or question; finished when the activity is over. */
    record Position(
            int index, @Nullable String nodeId, @Nullable String state, boolean finished) {}

    record Option(String id, String text) {}

    record Fragment(String id, String holder, String html) {}

    /**
     * One step: feedbackHtml by option id (check and pooling give every option the explanation); practice says what
     * a signed-in participant's vote counts as.
     */
    record StepContent(
            String nodeId,
            @Nullable String heading,
            String html,
            List<Option> options,
            List<String> recommended,
            Map<String, String> feedbackHtml,
            @Nullable String discussionHtml,
            Set<String> neededFragments,
            Practice practice) {}

    /**
     * What a vote on this step is for learning records: the activity path, name (and its language map, when the
     * content has one), module, version, competency, and the interaction the step is (decision 0042).
     */
    record Practice(
            String activityPath,
            String name,
            @Nullable String moduleId,
            int version,
            @Nullable String competency,
            boolean scene,
            @Nullable Map<String, String> names,
            @Nullable LearningEvent.Interaction interaction) {}
}
