package nl.signaal.authoring;

import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Keeps, per locale and field, what the Dutch source said when the translation was last written, so a translation
 * can be marked outdated once the Dutch text changes after it. Updated on every save of a draft.
 */
@Singleton
class TranslationBasis {

    /**
     * The basis after a save from {@code before} to {@code after} (file name to text); {@code basis} is the stored
     * JSON. Placeholder: keeps the basis as it is until outdated translations are tracked.
     */
    String after(String kind, Map<String, String> before, Map<String, String> after, String basis) {
        return basis;
    }
}
