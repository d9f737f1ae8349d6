package nl.signaal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * exercise.yaml of a signal-pooling exercise as read: the language-neutral skeleton (fragment ids in deal order,
 * questions with their options, correct option and needed fragments) that the locale files fill with texts. Fields
 * that could not be read hold a neutral value; the problem is already reported, so the exercise will not be loaded.
 */
record PoolingStructure(
        Path file,
        String id,
        int version,
        int order,
        String scenarioId,
        List<String> fragments,
        List<QuestionStructure> questions) {

    PoolingStructure {
        fragments = List.copyOf(fragments);
        questions = List.copyOf(questions);
    }

    record QuestionStructure(String id, List<String> options, String correct, List<String> needs) {

        QuestionStructure {
            options = List.copyOf(options);
            needs = List.copyOf(needs);
        }
    }

    /** The key paths of every text a locale file should give, e.g. questions.patroon.options.a. */
    List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of("title", "summary", "intro"));
        for (String fragment : fragments) {
            keys.add("fragments." + fragment + ".holder");
            keys.add("fragments." + fragment + ".text");
        }
        for (QuestionStructure question : questions) {
            String path = "questions." + question.id();
            keys.add(path + ".prompt");
            question.options().forEach(option -> keys.add(path + ".options." + option));
            keys.add(path + ".explanation");
        }
        return keys;
    }

    Optional<QuestionStructure> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }
}
