package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.signaal.web.ApiException;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void normalisesToNfcTrimmedWithSingleSpaces() {
        // "e" followed by a combining acute accent becomes the one character é.
        assertThat(DisplayNames.normalise(
                        "displayName", "  Ren\u0065\u0301e \u00a0\u00a0 de   Vries\t ".replace("\t", " ")))
                .isEqualTo("Ren\u00e9e de Vries");
    }

    @Test
    void refusesNamesWithNothingVisible() {
        assertThat(DisplayNames.problem("\u200b")).isEqualTo("must contain visible characters");
        assertThat(DisplayNames.problem(" \u200b\u200c\u2060\ufeff\u00a0"))
                .isEqualTo("must contain visible characters");
        assertThat(DisplayNames.problem("")).isEqualTo("must contain visible characters");
    }

    @Test
    void refusesDirectionOverridesAndIsolates() {
        assertThat(DisplayNames.problem("Jan\u202etxt.exe")).isEqualTo("must not contain text direction overrides");
        assertThat(DisplayNames.problem("Jan\u2066x\u2069")).isEqualTo("must not contain text direction overrides");
    }

    @Test
    void refusesLineBreaksAndControlCharacters() {
        assertThat(DisplayNames.problem("Jan\nJansen")).isEqualTo("must be one line without control characters");
        assertThat(DisplayNames.problem("Jan\u2028Jansen")).isEqualTo("must be one line without control characters");
        assertThat(DisplayNames.problem("Jan\u0000")).isEqualTo("must be one line without control characters");
        assertThat(DisplayNames.problem("Jan\tJansen")).isEqualTo("must be one line without control characters");
    }

    @Test
    void keepsNamesInOtherScriptsAndJoinersInsideThem() {
        assertThat(DisplayNames.normalise("displayName", "فاطمة العمراني")).isEqualTo("فاطمة العمراني");
        assertThat(DisplayNames.normalise("displayName", "Łukasz Wiśniewski")).isEqualTo("Łukasz Wiśniewski");
    }

    @Test
    void aRefusalNamesTheField() {
        assertThatThrownBy(() -> DisplayNames.normalise("displayName", "\u200b"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("displayName"));
    }
}
