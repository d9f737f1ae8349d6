package nl.signaal.webinar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The webinar mails' words per locale, from {@code webinar/mails-<locale>.properties} (UTF-8); Dutch when the reader's
 * locale has none. Placeholders in braces ({@code {title}}) are filled by {@link #line}. Times are Dutch time, as the
 * webinar is scheduled; the attached invitation shows them in the reader's own calendar zone.
 */
final class WebinarMailTexts {
    static final String FALLBACK = "nl";
    static final List<String> LOCALES = List.of("nl", "en", "ar", "tr", "pl");
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final Map<String, Properties> BY_LOCALE =
            LOCALES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), WebinarMailTexts::load));

    private final String locale;
    private final Properties texts;

    private WebinarMailTexts(String locale) {
        this.locale = locale;
        this.texts = BY_LOCALE.get(locale);
    }

    static String localeFor(String locale) {
        return BY_LOCALE.containsKey(locale) ? locale : FALLBACK;
    }

    static WebinarMailTexts in(String locale) {
        return new WebinarMailTexts(localeFor(locale));
    }

    String locale() {
        return locale;
    }

    /** The line {@code key} with its placeholders filled ({@code name, value, name, value...}). */
    String line(String key, String... values) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No webinar mail text " + key + " in " + locale);
        }
        for (int i = 0; i + 1 < values.length; i += 2) {
            text = text.replace("{" + values[i] + "}", values[i + 1]);
        }
        return text;
    }

    /**
     * Start and end as a reader of this locale writes them, in Dutch time with Latin digits, e.g. "Monday 1 November
     * 2027, 09:00–10:30"; the end date is repeated only when it is another day.
     */
    String when(Instant startsAt, Instant endsAt) {
        Locale format = Locale.forLanguageTag(locale + "-u-nu-latn");
        ZonedDateTime start = startsAt.atZone(DUTCH_TIME);
        ZonedDateTime end = endsAt.atZone(DUTCH_TIME);
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(format);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", format);
        String until = start.toLocalDate().equals(end.toLocalDate())
                ? time.format(end)
                : day.format(end) + ", " + time.format(end);
        return day.format(start) + ", " + time.format(start) + "–" + until;
    }

    /** Every key of the Dutch texts, for the test that keeps the locales complete. */
    static java.util.Set<String> keys(String locale) {
        return BY_LOCALE.get(locale).stringPropertyNames();
    }

    private static Properties load(String locale) {
        String resource = "/webinar/mails-" + locale + ".properties";
        try (InputStream in = WebinarMailTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
