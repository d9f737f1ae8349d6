package nl.signaal.simulation.engine;

import java.util.List;
import java.util.Optional;

/** A scene: someone (speaker, may be null) says something somewhere (setting, may be null); the learner chooses. */
public record Scene(String id, String speaker, String setting, List<Choice> choices) implements Node {

    public Scene {
        choices = List.copyOf(choices);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(choice -> choice.id().equals(choiceId)).findFirst();
    }

    public Optional<Choice> recommended() {
        return choices.stream().filter(Choice::recommended).findFirst();
    }
}
