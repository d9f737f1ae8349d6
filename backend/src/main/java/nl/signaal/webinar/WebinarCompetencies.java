package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.content.TrainingModule;

/**
 * The modules behind a webinar's live activities, which its follow-up refreshes (decision 0040): a check is a
 * module's own check ({@code check:<module>}); a case ({@code case:<scenario>}) and a pooling exercise (which plays a
 * case) stand for every module that teaches one of the case's competencies. Content order, no duplicates.
 */
@Singleton
class WebinarCompetencies {
    private final Content content;

    WebinarCompetencies(Content content) {
        this.content = content;
    }

    List<String> modulesOf(Webinar webinar) {
        Set<String> modules = new LinkedHashSet<>();
        Set<String> competencies = new LinkedHashSet<>();
        for (String activity : webinar.activityList()) {
            int colon = activity.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String kind = activity.substring(0, colon);
            String id = activity.substring(colon + 1);
            switch (kind) {
                case "check" -> content.module(id).ifPresent(module -> modules.add(module.id()));
                case "case" -> competenciesOf(id).ifPresent(competencies::addAll);
                case "pooling" ->
                    content.poolingExercise(id)
                            .flatMap(exercise -> competenciesOf(exercise.scenarioId()))
                            .ifPresent(competencies::addAll);
                default -> {}
            }
        }
        for (TrainingModule module : content.modules()) {
            if (module.competencies().stream().anyMatch(competencies::contains)) {
                modules.add(module.id());
            }
        }
        return List.copyOf(modules);
    }

    private Optional<List<String>> competenciesOf(String scenarioId) {
        return content.scenario(scenarioId).map(Scenario::definition).map(d -> d.competencies());
    }
}
