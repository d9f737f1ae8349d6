package nl.signaal.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * An xAPI 1.0.3 statement, as far as Signaal uses it. Optional parts are left out of the JSON
 * when absent, as the specification asks.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(
        String id,
        Agent actor,
        Verb verb,
        Activity object,
        @Nullable Result result,
        @Nullable Context context,
        String timestamp,
        String stored,
        String version) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Agent(String objectType, Account account) {}

    @Serdeable
    public record Account(String homePage, String name) {}

    @Serdeable
    public record Verb(String id, Map<String, String> display) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Activity(
            String objectType, String id, @Nullable Definition definition) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Definition(
            @Nullable String type,
            @Nullable Map<String, String> name,
            @Nullable String interactionType,
            @Nullable List<String> correctResponsesPattern,
            @Nullable List<InteractionComponent> choices) {

        /** The same definition without the correct answer (decision 0042: not in what a learner reads). */
        Definition withoutKey() {
            return new Definition(type, name, interactionType, null, choices);
        }
    }

    /** One option of an interaction: its id (as in a response) and its text in each locale. */
    @Serdeable
    public record InteractionComponent(String id, Map<String, String> description) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Nullable Score score,
            @Nullable Boolean success,
            @Nullable Boolean completion,
            @Nullable String response,
            @Nullable String duration) {}

    @Serdeable
    public record Score(double scaled, double raw, double min, double max) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Context(
            @Nullable String registration,
            String platform,
            @Nullable String language,
            @Nullable ContextActivities contextActivities,
            Map<String, Object> extensions) {}

    /** The activities a statement rolls up into: what it is part of (parent), the wider whole (grouping), the profile. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ContextActivities(
            @Nullable List<Activity> parent,
            @Nullable List<Activity> grouping,
            @Nullable List<Activity> category) {}
}
