package nl.signaal.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All loaded content; modules and scenarios each sorted by order then id. */
public record Content(List<TrainingModule> modules, List<Scenario> scenarios) {

    public Content {
        modules = modules.stream()
                .sorted(Comparator.comparingInt(TrainingModule::order).thenComparing(TrainingModule::id))
                .toList();
        scenarios = scenarios.stream()
                .sorted(Comparator.comparingInt((Scenario s) -> s.definition().order()).thenComparing(Scenario::id))
                .toList();
    }

    /** Modules only, as before scenarios existed. */
    public Content(List<TrainingModule> modules) {
        this(modules, List.of());
    }

    public Optional<TrainingModule> module(String id) {
        return modules.stream().filter(module -> module.id().equals(id)).findFirst();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(scenario -> scenario.id().equals(id)).findFirst();
    }
}
