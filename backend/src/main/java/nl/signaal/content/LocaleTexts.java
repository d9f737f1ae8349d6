package nl.signaal.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One locale file as read: its texts by key path (e.g. lessons.wat-is-het.body), and the line of every key that
 * exists, so a missing text can be reported at its nearest existing parent. invalid: keys whose value had the
 * wrong type (already reported).
 */
record LocaleTexts(String locale, Path file, Map<String, Text> texts, Map<String, Integer> lines, Set<String> invalid) {

    /** A text with its line; lessonLinks are the lesson: link targets in a body, with the line of each. */
    record Text(
            String value, int line, List<Located<String>> lessonLinks, List<Located<LessonMarkdown.ImageRef>> images) {

        Text(String value, int line, List<Located<String>> lessonLinks) {
            this(value, line, lessonLinks, List.of());
        }
    }

    /** Dutch must be complete (errors); another locale may lag behind, and then shows the Dutch text (warnings). */
    static void reportMissing(List<String> keys, Map<String, LocaleTexts> locales, Problems problems) {
        for (LocaleTexts texts : locales.values()) {
            if (texts.invalid().contains("")) {
                continue;
            }
            boolean source = texts.locale().equals(SupportedLocales.SOURCE);
            for (String key : keys) {
                if (texts.texts().containsKey(key) || texts.invalid().contains(key)) {
                    continue;
                }
                String message = "missing " + SupportedLocales.name(texts.locale()) + " text for " + key;
                if (source) {
                    problems.error(texts.file(), texts.nearestLine(key), message);
                } else {
                    problems.warning(texts.file(), texts.nearestLine(key), message + " (the Dutch text is shown)");
                }
            }
        }
    }

    /** One text in every locale that has it, passed through {@code render} (e.g. Markdown to HTML). */
    static Localized localized(Map<String, LocaleTexts> locales, String key, UnaryOperator<String> render) {
        Map<String, String> byLocale = new HashMap<>();
        locales.forEach((locale, texts) -> {
            Text text = texts.texts().get(key);
            if (text != null) {
                byLocale.put(locale, render.apply(text.value()));
            }
        });
        return new Localized(byLocale);
    }

    int nearestLine(String key) {
        for (String path = key; ; path = path.substring(0, path.lastIndexOf('.'))) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
            if (!path.contains(".")) {
                return lines.getOrDefault("", 0);
            }
        }
    }
}
