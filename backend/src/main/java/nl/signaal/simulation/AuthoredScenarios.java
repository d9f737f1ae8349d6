package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import nl.signaal.content.Scenario;

/**
 * The scenarios trainers published in the browser, as {@link ScenarioCatalogue} shows them beside the shipped ones.
 * Implemented by the authoring feature, which this package must not know (no cycles): only this interface is shared.
 */
public interface AuthoredScenarios {

    /**
     * Every authored scenario that is live now (its latest published version not unpublished), read from its files as
     * content/ would be. Cheap to call on every request: an implementation caches and rebuilds when versions change.
     */
    List<Published> published();

    /**
     * One live authored scenario.
     *
     * @param organisation the only organisation that sees it (a variant, audience OWN); null: every organisation
     */
    record Published(Scenario scenario, @Nullable UUID organisation) {

        boolean visibleTo(@Nullable UUID organisationId) {
            return organisation == null || organisation.equals(organisationId);
        }
    }
}
