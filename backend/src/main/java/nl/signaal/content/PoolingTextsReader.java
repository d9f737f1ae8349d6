package nl.signaal.content;

import java.util.List;
import java.util.Optional;
import nl.signaal.content.PoolingStructure.QuestionStructure;

/** Reads one locale file of a signal-pooling exercise (content/pooling/&lt;id&gt;/nl.yaml) against exercise.yaml. */
final class PoolingTextsReader {

    private final LocaleTextsReader reader;
    private final PoolingStructure structure;

    private PoolingTextsReader(LocaleTextsReader reader, PoolingStructure structure) {
        this.reader = reader;
        this.structure = structure;
    }

    static LocaleTexts read(YamlFile file, String locale, PoolingStructure structure, Problems problems) {
        // No current module: lesson links in an exercise name theirs (lesson:<module>/<lesson>).
        return LocaleTextsReader.read(
                file, locale, null, problems, (reader, root) -> new PoolingTextsReader(reader, structure).root(root));
    }

    private void root(YamlMap root) {
        root.warnUnknownKeys(List.of("title", "summary", "intro", "fragments", "questions"));
        reader.text(root, "title", "title");
        reader.text(root, "summary", "summary");
        reader.markdown(root, "intro", "intro");
        reader.child(root, "fragments", "fragments").ifPresent(this::fragments);
        reader.child(root, "questions", "questions").ifPresent(this::questions);
    }

    private void fragments(YamlMap fragments) {
        for (String id : fragments.keys()) {
            if (!structure.fragments().contains(id)) {
                unknown(fragments, id, "unknown fragment id '" + id + "' (not in exercise.yaml)");
                continue;
            }
            String path = "fragments." + id;
            reader.child(fragments, id, path).ifPresent(fragment -> {
                fragment.warnUnknownKeys(List.of("holder", "text"));
                reader.text(fragment, "holder", path + ".holder");
                reader.markdown(fragment, "text", path + ".text");
            });
        }
    }

    private void questions(YamlMap questions) {
        for (String id : questions.keys()) {
            Optional<QuestionStructure> question = structure.question(id);
            if (question.isEmpty()) {
                unknown(questions, id, "unknown question id '" + id + "' (not in exercise.yaml)");
                continue;
            }
            String path = "questions." + id;
            reader.child(questions, id, path).ifPresent(texts -> {
                texts.warnUnknownKeys(List.of("prompt", "options", "explanation"));
                reader.markdown(texts, "prompt", path + ".prompt");
                reader.child(texts, "options", path + ".options")
                        .ifPresent(options -> options(options, question.get(), path));
                reader.markdown(texts, "explanation", path + ".explanation");
            });
        }
    }

    private void options(YamlMap options, QuestionStructure question, String questionPath) {
        for (String id : options.keys()) {
            if (!question.options().contains(id)) {
                unknown(
                        options,
                        id,
                        "unknown option id '" + id + "' for question '" + question.id() + "' (not in exercise.yaml)");
                continue;
            }
            reader.text(options, id, questionPath + ".options." + id);
        }
    }

    private void unknown(YamlMap map, String id, String message) {
        reader.problems().error(reader.file().path(), map.lineOf(id), message);
    }
}
