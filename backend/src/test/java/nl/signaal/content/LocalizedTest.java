package nl.signaal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTest {

    private final Localized text = new Localized(Map.of("nl", "Hallo", "en", "Hello"));

    @Test
    void givesTheAskedLocale() {
        assertEquals(new Translation("Hello", "en", false), text.in("en"));
    }

    @Test
    void fallsBackToDutchMarkedUntranslated() {
        assertEquals(new Translation("Hallo", "nl", true), text.in("tr"));
    }

    @Test
    void knowsArabicIsRightToLeft() {
        assertTrue(SupportedLocales.isRightToLeft("ar"));
        assertFalse(SupportedLocales.isRightToLeft("nl"));
    }

    @Test
    void formatsProblemLikeACompiler() {
        assertEquals(
                "content/modules/x/nl.yaml:12: error: boom",
                new ContentProblem(Severity.ERROR, Path.of("content/modules/x/nl.yaml"), 12, "boom").format());
        assertEquals(
                "content/modules/x/de.yaml: warning: whole file",
                new ContentProblem(Severity.WARNING, Path.of("content/modules/x/de.yaml"), 0, "whole file").format());
    }
}
