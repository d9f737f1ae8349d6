package nl.signaal.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
            String type,
            @Nullable Map<String, String> name,
            @Nullable String interactionType) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Nullable Score score,
            @Nullable Boolean success,
            @Nullable Boolean completion,
            @Nullable String response) {}

    @Serdeable
    public record Score(double scaled, double raw, double min, double max) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Context(
            @Nullable String registration,
            String platform,
            @Nullable String language,
            Map<String, Object> extensions) {}
}
