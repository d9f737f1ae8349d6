package nl.signaal.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The locales content can be written in; Dutch is the source every module must be complete in. */
public final class SupportedLocales {

    public static final String SOURCE = "nl";
    public static final List<String> ALL = List.of("nl", "en", "ar", "tr", "pl");

    // English names, used in validation messages ("missing English (en) text for title").
    private static final Map<String, String> NAMES =
            Map.of("nl", "Dutch", "en", "English", "ar", "Arabic", "tr", "Turkish", "pl", "Polish");

    private SupportedLocales() {}

    public static boolean isRightToLeft(String locale) {
        return "ar".equals(locale);
    }

    /** The error for a locale file (de.yaml) of a locale content cannot be written in. */
    static String unknownFileMessage(String locale) {
        return "unknown locale '" + locale + "': locale files are named "
                + ALL.stream().map(l -> l + ".yaml").collect(Collectors.joining(", "));
    }

    static String name(String locale) {
        return NAMES.getOrDefault(locale, locale) + " (" + locale + ")";
    }
}
