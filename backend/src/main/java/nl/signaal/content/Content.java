package nl.signaal.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All loaded content; modules sorted by order then id. */
public record Content(List<TrainingModule> modules) {

    public Content {
        modules = modules.stream()
                .sorted(Comparator.comparingInt(TrainingModule::order).thenComparing(TrainingModule::id))
                .toList();
    }

    public Optional<TrainingModule> module(String id) {
        return modules.stream().filter(module -> module.id().equals(id)).findFirst();
    }
}
