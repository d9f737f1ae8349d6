package nl.signaal.content;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A knowledge-check question; {@code multiple} means "select all that apply". */
public record Question(
        String id, String competency, boolean multiple, Localized prompt, List<Option> options, Set<String> correct) {

    public Question {
        options = List.copyOf(options);
        // Keeps the authored order, which Set.copyOf would not.
        correct = Collections.unmodifiableSet(new LinkedHashSet<>(correct));
    }
}
