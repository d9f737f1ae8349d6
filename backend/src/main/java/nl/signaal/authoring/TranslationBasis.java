package nl.signaal.authoring;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.signaal.authoring.CheckApi.FieldView;
import nl.signaal.authoring.CheckApi.LocaleCount;
import nl.signaal.authoring.CheckApi.TargetView;
import nl.signaal.authoring.CheckApi.TranslationsView;
import nl.signaal.content.SupportedLocales;

/**
 * Keeps, per locale and field, a hash of what the Dutch source said when the translation was last written, so a
 * translation can be marked outdated once the Dutch text changes after it (decision 0045). Updated on every save of a
 * draft; stored as JSON {@code {locale: {field: hash}}} where field is the key path, after {@code refreshers/} for a
 * module's refresher texts.
 */
@Singleton
class TranslationBasis {
    static final String OK = "ok";
    static final String MISSING = "missing";
    static final String OUTDATED = "outdated";

    private static final Argument<Map<String, Map<String, String>>> BASIS =
            Argument.mapOf(Argument.STRING, Argument.mapOf(String.class, String.class));

    private final JsonMapper mapper;

    TranslationBasis(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The basis after a save from {@code before} to {@code after} (file name to text); {@code basis} is the stored
     * JSON. A translation that changed or appeared gets the hash of the Dutch text now; one present but never recorded
     * (imported, or written before tracking) gets the hash of the Dutch text before this save, so it stays ok until
     * the Dutch text changes. Fields no longer translated are forgotten.
     */
    String after(String kind, Map<String, String> before, Map<String, String> after, String basis) {
        Map<String, Map<String, String>> recorded = read(basis);
        for (String group : groups(kind)) {
            Map<String, String> dutchBefore = texts(before, group, SupportedLocales.SOURCE);
            Map<String, String> dutchAfter = texts(after, group, SupportedLocales.SOURCE);
            for (String locale : targets()) {
                Map<String, String> was = texts(before, group, locale);
                Map<String, String> now = texts(after, group, locale);
                Map<String, String> hashes = recorded.computeIfAbsent(locale, l -> new TreeMap<>());
                hashes.keySet().removeIf(field -> inGroup(field, group) && !now.containsKey(key(field, group)));
                now.forEach((key, text) -> {
                    String source = dutchAfter.get(key);
                    if (source == null) {
                        hashes.remove(group + key); // no Dutch to be outdated against
                    } else if (!text.equals(was.get(key))) {
                        hashes.put(group + key, hash(source));
                    } else if (!hashes.containsKey(group + key)) {
                        hashes.put(group + key, hash(dutchBefore.getOrDefault(key, source)));
                    }
                });
            }
        }
        recorded.values().removeIf(Map::isEmpty);
        return write(recorded);
    }

    /**
     * Source and translations per field, in the order of the Dutch file(s), with per locale how many Dutch fields it
     * has, of how many, and how many of those are outdated.
     */
    TranslationsView view(String kind, Map<String, String> files, String basis) {
        Map<String, Map<String, String>> recorded = read(basis);
        List<FieldView> fields = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        SupportedLocales.ALL.forEach(locale -> counts.put(locale, new int[2]));
        for (String group : groups(kind)) {
            Map<String, String> dutch = texts(files, group, SupportedLocales.SOURCE);
            Map<String, Map<String, String>> translated = new LinkedHashMap<>();
            targets().forEach(locale -> translated.put(locale, texts(files, group, locale)));
            dutch.forEach((key, source) -> {
                Map<String, TargetView> targets = new LinkedHashMap<>();
                translated.forEach((locale, texts) -> {
                    String text = texts.get(key);
                    String known = recorded.getOrDefault(locale, Map.of()).get(group + key);
                    String status = text == null || text.isBlank()
                            ? MISSING
                            : known != null && !known.equals(hash(source)) ? OUTDATED : OK;
                    targets.put(locale, new TargetView(text, status));
                    counts.get(locale)[0] += status.equals(MISSING) ? 0 : 1;
                    counts.get(locale)[1] += status.equals(OUTDATED) ? 1 : 0;
                });
                counts.get(SupportedLocales.SOURCE)[0]++;
                fields.add(new FieldView(group + SupportedLocales.SOURCE + ".yaml", key, source, targets));
            });
        }
        int total = counts.get(SupportedLocales.SOURCE)[0];
        List<LocaleCount> locales = new ArrayList<>();
        counts.forEach((locale, count) -> locales.add(new LocaleCount(locale, count[0], total, count[1])));
        return new TranslationsView(SupportedLocales.SOURCE, locales, fields);
    }

    /** The folders of a draft's locale files: the draft itself, and for a module its refresher items. */
    private static List<String> groups(String kind) {
        return AuthoredItem.SCENARIO.equals(kind) ? List.of("") : List.of("", "refreshers/");
    }

    private static List<String> targets() {
        return SupportedLocales.ALL.stream()
                .filter(locale -> !locale.equals(SupportedLocales.SOURCE))
                .toList();
    }

    private static Map<String, String> texts(Map<String, String> files, String group, String locale) {
        return DraftYaml.of(files.get(group + locale + ".yaml")).texts();
    }

    private static boolean inGroup(String field, String group) {
        return group.isEmpty() ? !field.startsWith("refreshers/") : field.startsWith(group);
    }

    private static String key(String field, String group) {
        return field.substring(group.length());
    }

    /** The first 16 hex digits of the SHA-256 of a Dutch text: enough to tell a change, short in the JSON. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private Map<String, Map<String, String>> read(String basis) {
        Map<String, Map<String, String>> recorded = new TreeMap<>();
        if (basis == null || basis.isBlank()) {
            return recorded;
        }
        try {
            mapper.readValue(basis, BASIS).forEach((locale, hashes) -> recorded.put(locale, new TreeMap<>(hashes)));
        } catch (IOException | RuntimeException unreadable) {
            // a basis that cannot be read is started afresh: translations count as ok until the Dutch changes
        }
        return recorded;
    }

    private String write(Map<String, Map<String, String>> recorded) {
        try {
            return mapper.writeValueAsString(recorded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
