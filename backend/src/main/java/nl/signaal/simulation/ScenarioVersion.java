package nl.signaal.simulation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The source files of one scenario version, kept so that runs stay pinned to what they started on. */
@MappedEntity(value = "scenario_version", escape = false)
record ScenarioVersion(@Id String id, String scenarioId, int version, String sourceFiles, Instant storedAt) {

    static String key(String scenarioId, int version) {
        return scenarioId + "@" + version;
    }
}
