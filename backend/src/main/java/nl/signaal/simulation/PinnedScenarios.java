package nl.signaal.simulation;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.Scenario;
import nl.signaal.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenarios by id and version. A run keeps the version it started on; when content moves on, the
 * older version is rebuilt from the source files stored when the first run started on it. The same holds for
 * scenarios published in the browser ({@link ScenarioCatalogue}): a new version or unpublishing leaves runs as they are.
 */
@Singleton
class PinnedScenarios {
    private static final Logger LOG = LoggerFactory.getLogger(PinnedScenarios.class);

    private final Content content;
    private final ScenarioCatalogue catalogue;
    private final ScenarioVersionRepository versions;
    private final Json json;
    private final Clock clock;
    private final Map<String, Scenario> older = new ConcurrentHashMap<>();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    PinnedScenarios(
            Content content, ScenarioCatalogue catalogue, ScenarioVersionRepository versions, Json json, Clock clock) {
        this.content = content;
        this.catalogue = catalogue;
        this.versions = versions;
        this.json = json;
        this.clock = clock;
    }

    Scenario current(String id) {
        return catalogue.any(id).orElseThrow(() -> ApiException.notFound("There is no scenario '" + id + "'."));
    }

    /**
     * Makes sure the files of this version are stored before a run depends on them. Runs outside the
     * run's transaction: on PostgreSQL a failed insert (a parallel first start stored it a moment
     * earlier) would otherwise abort the whole transaction.
     */
    void keep(Scenario scenario) {
        String key = ScenarioVersion.key(
                scenario.definition().id(), scenario.definition().version());
        if (kept.contains(key)) {
            return;
        }
        String files = json.files(scenario.sourceFiles());
        versions.findById(key)
                .ifPresentOrElse(
                        stored -> {
                            if (!stored.sourceFiles().equals(files)) {
                                LOG.warn(
                                        "Scenario {} changed without a new version number: runs started on version {} keep the "
                                                + "files stored first. Raise 'version' in scenario.yaml when the structure changes.",
                                        scenario.definition().id(),
                                        scenario.definition().version());
                            }
                        },
                        () -> {
                            try {
                                versions.save(new ScenarioVersion(
                                        key,
                                        scenario.definition().id(),
                                        scenario.definition().version(),
                                        files,
                                        clock.instant()));
                            } catch (DataAccessException alreadyStoredByAParallelStart) {
                                // the same files, stored a moment ago
                            }
                        });
        kept.add(key);
    }

    /** Also works for a scenario that has since been removed from content/, or unpublished. */
    Scenario pinned(String id, int version) {
        var now = catalogue.any(id).filter(s -> s.definition().version() == version);
        if (now.isPresent()) {
            return now.get();
        }
        return older.computeIfAbsent(
                ScenarioVersion.key(id, version),
                key -> versions.findById(key)
                        .map(stored -> ContentLoader.loadScenario(id, json.files(stored.sourceFiles()), content))
                        .orElseThrow(() -> new IllegalStateException("Scenario " + key + " was never stored")));
    }
}
