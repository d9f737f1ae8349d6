package nl.signaal.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The webinar mails' words: every locale has every line, in its own words, and dates read as the locale writes them. */
class WebinarMailTextsTest {

    @Test
    void everyLocaleHasEveryLineAndNoneIsAnUntranslatedCopy() {
        Set<String> dutch = WebinarMailTexts.keys("nl");
        assertThat(dutch).contains("placed.subject", "reminder1.intro", "cancelled.waiting");
        for (String locale : WebinarMailTexts.LOCALES) {
            assertThat(WebinarMailTexts.keys(locale)).as(locale).isEqualTo(dutch);
            if (!locale.equals("nl")) {
                for (String key : dutch) {
                    assertThat(WebinarMailTexts.in(locale).line(key))
                            .as(locale + " " + key)
                            .isNotEqualTo(WebinarMailTexts.in("nl").line(key));
                }
            }
        }
    }

    @Test
    void placeholdersAreFilledAndAnUnknownLocaleReadsDutch() {
        assertThat(WebinarMailTexts.in("de").locale()).isEqualTo("nl");
        assertThat(WebinarMailTexts.in("en").line("placed.intro", "title", "Signals"))
                .isEqualTo("You have a place at the webinar \"Signals\".");
        assertThat(WebinarMailTexts.in("ar").line("greeting", "name", "فاطمة")).isEqualTo("مرحبًا فاطمة،");
    }

    @Test
    void timesAreDutchTimeInTheReadersWordsWithLatinDigits() {
        Instant start = Instant.parse("2027-11-01T08:00:00Z");
        Instant end = Instant.parse("2027-11-01T09:30:00Z");
        assertThat(WebinarMailTexts.in("en").when(start, end)).isEqualTo("Monday, November 1, 2027, 09:00–10:30");
        assertThat(WebinarMailTexts.in("nl").when(start, end)).isEqualTo("maandag 1 november 2027, 09:00–10:30");
        assertThat(WebinarMailTexts.in("ar").when(start, end)).contains("2027").contains("09:00–10:30");
        assertThat(WebinarMailTexts.in("nl").when(start, Instant.parse("2027-11-02T09:30:00Z")))
                .isEqualTo("maandag 1 november 2027, 09:00–dinsdag 2 november 2027, 10:30");
    }
}
