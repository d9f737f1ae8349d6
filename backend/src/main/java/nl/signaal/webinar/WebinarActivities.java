package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.util.Optional;
import nl.signaal.content.Content;
import nl.signaal.content.Localized;
import nl.signaal.simulation.ScenarioCatalogue;

/**
 * The live activities a webinar links, named from the content (cases: also those published in the browser): {@code case:<scenario>}, {@code check:<module>},
 * {@code pooling:<exercise>}, as {@code GET /api/live/activities} lists them. Read from the content rather than from
 * the live feature, which sits on top and must not be needed by others (ArchitectureTest).
 */
@Singleton
class WebinarActivities {
    private final Content content;
    private final ScenarioCatalogue scenarios;

    WebinarActivities(Content content, ScenarioCatalogue scenarios) {
        this.content = content;
        this.scenarios = scenarios;
    }

    /** The activity's title in {@code locale}; empty when the content has no such activity. */
    Optional<String> title(String kind, String id, String locale) {
        Optional<Localized> title = switch (kind) {
            case "case" -> scenarios.any(id).map(s -> s.title());
            case "check" -> content.module(id).map(m -> m.title());
            case "pooling" ->
                content.poolingExercises().stream()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .map(p -> p.title());
            default -> Optional.empty();
        };
        return title.map(t -> t.in(locale).text());
    }
}
