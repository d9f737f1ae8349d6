package nl.signaal.content;

import java.util.Map;

/** A text in several locales; {@link #in(String)} falls back to the source locale "nl" and marks it untranslated. */
public record Localized(Map<String, String> byLocale) {

    public Localized {
        byLocale = Map.copyOf(byLocale);
    }

    public Translation in(String locale) {
        String text = byLocale.get(locale);
        if (text != null) {
            return new Translation(text, locale, false);
        }
        // Loaded content always has Dutch; the empty text only guards hand-built instances.
        return new Translation(byLocale.getOrDefault(SupportedLocales.SOURCE, ""), SupportedLocales.SOURCE, true);
    }
}
