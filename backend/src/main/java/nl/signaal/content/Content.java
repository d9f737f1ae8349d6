package nl.signaal.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All loaded content; modules, scenarios, signal-pooling exercises and tracks each sorted by order then id; refresher
 * items by module folder, then in the order of their items.yaml; trainer kits in the order of their scenarios; the
 * glossary's terms in the order of glossary.yaml.
 */
public record Content(
        List<TrainingModule> modules,
        List<Scenario> scenarios,
        List<RefresherItem> refresherItems,
        List<PoolingExercise> poolingExercises,
        List<TrainerKit> trainerKits,
        List<Track> tracks,
        Glossary glossary) {

    public Content {
        glossary = glossary == null ? Glossary.EMPTY : glossary;
        modules = modules.stream()
                .sorted(Comparator.comparingInt(TrainingModule::order).thenComparing(TrainingModule::id))
                .toList();
        scenarios = scenarios.stream()
                .sorted(Comparator.comparingInt((Scenario s) -> s.definition().order())
                        .thenComparing(Scenario::id))
                .toList();
        refresherItems = List.copyOf(refresherItems);
        poolingExercises = poolingExercises.stream()
                .sorted(Comparator.comparingInt(PoolingExercise::order).thenComparing(PoolingExercise::id))
                .toList();
        List<String> scenarioOrder = scenarios.stream().map(Scenario::id).toList();
        trainerKits = trainerKits.stream()
                .sorted(Comparator.comparingInt((TrainerKit kit) -> scenarioOrder.indexOf(kit.scenarioId()))
                        .thenComparing(TrainerKit::scenarioId))
                .toList();
        tracks = tracks.stream()
                .sorted(Comparator.comparingInt(Track::order).thenComparing(Track::id))
                .toList();
    }

    /** Everything but the glossary, as before it existed. */
    public Content(
            List<TrainingModule> modules,
            List<Scenario> scenarios,
            List<RefresherItem> refresherItems,
            List<PoolingExercise> poolingExercises,
            List<TrainerKit> trainerKits,
            List<Track> tracks) {
        this(modules, scenarios, refresherItems, poolingExercises, trainerKits, tracks, Glossary.EMPTY);
    }

    /** Everything but tracks and the glossary, as before they existed. */
    public Content(
            List<TrainingModule> modules,
            List<Scenario> scenarios,
            List<RefresherItem> refresherItems,
            List<PoolingExercise> poolingExercises,
            List<TrainerKit> trainerKits) {
        this(modules, scenarios, refresherItems, poolingExercises, trainerKits, List.of());
    }

    /** Everything but trainer kits and tracks, as before they existed. */
    public Content(
            List<TrainingModule> modules,
            List<Scenario> scenarios,
            List<RefresherItem> refresherItems,
            List<PoolingExercise> poolingExercises) {
        this(modules, scenarios, refresherItems, poolingExercises, List.of());
    }

    /** Everything but signal-pooling exercises, as before they existed. */
    public Content(List<TrainingModule> modules, List<Scenario> scenarios, List<RefresherItem> refresherItems) {
        this(modules, scenarios, refresherItems, List.of());
    }

    /** Modules and scenarios, as before the refresher item bank existed. */
    public Content(List<TrainingModule> modules, List<Scenario> scenarios) {
        this(modules, scenarios, List.of());
    }

    /** Modules only, as before scenarios existed. */
    public Content(List<TrainingModule> modules) {
        this(modules, List.of());
    }

    public Optional<TrainingModule> module(String id) {
        return modules.stream().filter(module -> module.id().equals(id)).findFirst();
    }

    /** The refresher items that test one module, in authored order. */
    public List<RefresherItem> refresherItems(String moduleId) {
        return refresherItems.stream()
                .filter(item -> item.moduleId().equals(moduleId))
                .toList();
    }

    public Optional<PoolingExercise> poolingExercise(String id) {
        return poolingExercises.stream()
                .filter(exercise -> exercise.id().equals(id))
                .findFirst();
    }

    public Optional<Track> track(String id) {
        return tracks.stream().filter(track -> track.id().equals(id)).findFirst();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(scenario -> scenario.id().equals(id)).findFirst();
    }

    /** The trainer kit of a scenario, if one is written. */
    public Optional<TrainerKit> trainerKit(String scenarioId) {
        return trainerKits.stream()
                .filter(kit -> kit.scenarioId().equals(scenarioId))
                .findFirst();
    }
}
