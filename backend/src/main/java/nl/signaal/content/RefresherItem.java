package nl.signaal.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One retrieval-practice item of the refresher bank, as authored in content/refreshers/&lt;module&gt;/. options are
 * the option ids in the order shown (none for true-false); correct holds option ids, or "true" or "false" for a
 * true-false item; optionTexts is keyed by option id. vignette is only given for type VIGNETTE (else empty).
 * Texts are plain text; line breaks in a vignette are the author's.
 */
public record RefresherItem(
        String id,
        String moduleId,
        String competency,
        Type type,
        List<String> options,
        List<String> correct,
        Localized vignette,
        Localized prompt,
        Map<String, Localized> optionTexts,
        Localized explanation) {

    public enum Type {
        SINGLE,
        MULTIPLE,
        TRUE_FALSE,
        VIGNETTE;

        /** The name authors write in items.yaml: single, multiple, true-false, vignette. */
        public String authored() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Type> fromAuthored(String name) {
            return Stream.of(values())
                    .filter(type -> type.authored().equals(name))
                    .findFirst();
        }

        static List<String> authoredNames() {
            return Stream.of(values()).map(Type::authored).toList();
        }
    }

    public RefresherItem {
        options = List.copyOf(options);
        correct = List.copyOf(correct);
        optionTexts = Collections.unmodifiableMap(new LinkedHashMap<>(optionTexts));
    }
}
