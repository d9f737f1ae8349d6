package nl.signaal.refresher.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.refresher.ModuleStatus;
import nl.signaal.refresher.link.ReminderLinks;
import org.junit.jupiter.api.Test;

class ReminderTextsTest {
    private static final ReminderLinks.Links LINKS =
            new ReminderLinks.Links("https://x/refresh?link=o", "https://x/reminders/s", "https://x/reminders/u");

    @Test
    void everyLocaleOfTheAppHasItsOwnTextsWithAllThreeLinks() {
        for (String locale : List.of("nl", "en", "ar", "tr", "pl")) {
            assertThat(ReminderTexts.localeFor(locale)).isEqualTo(locale);
            String body = ReminderTexts.in(locale)
                    .body("Sam", List.of(new ReminderTexts.Line("Module", ModuleStatus.OVERDUE)), LINKS);
            assertThat(body)
                    .as(locale)
                    .contains("Sam")
                    .contains(LINKS.refresh())
                    .contains(LINKS.snooze())
                    .contains(LINKS.unsubscribe())
                    .doesNotContain("null");
        }
    }

    @Test
    void aLocaleWithoutTextsFallsBackToDutch() {
        assertThat(ReminderTexts.localeFor("de")).isEqualTo("nl");
        assertThat(ReminderTexts.in("de").subject()).isEqualTo("Tijd voor een korte opfrisser");
    }
}
