package nl.signaal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * module.yaml as read: the language-neutral skeleton the locale files fill with texts. Fields that could not be
 * read hold a neutral value; the problem is already reported, so the module will not be loaded.
 */
record ModuleStructure(
        Path file,
        Located<String> id,
        int version,
        int order,
        List<String> targetGroups,
        List<String> competencies,
        int minutes,
        List<String> lessons,
        double passThreshold,
        List<QuestionStructure> questions) {

    record QuestionStructure(
            String id, String competency, boolean multiple, List<String> options, Set<String> correct) {}

    /** The key paths of every text a locale file should give, e.g. lessons.wat-is-het.body. */
    List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of("title", "summary", "flyer"));
        for (String lesson : lessons) {
            keys.add("lessons." + lesson + ".title");
            keys.add("lessons." + lesson + ".body");
        }
        for (QuestionStructure question : questions) {
            String prefix = "check.questions." + question.id();
            keys.add(prefix + ".prompt");
            for (String option : question.options()) {
                keys.add(prefix + ".options." + option + ".text");
                keys.add(prefix + ".options." + option + ".feedback");
            }
        }
        return keys;
    }

    QuestionStructure question(String id) {
        return questions.stream()
                .filter(question -> question.id().equals(id))
                .findFirst()
                .orElse(null);
    }
}
