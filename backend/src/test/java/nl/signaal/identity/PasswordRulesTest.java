package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.signaal.web.ApiException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {
    private static final String EMAIL = "fatima.elamrani@example.org";
    private static final String NAME = "Fatima El Amrani";

    @Test
    void countsCharactersAsPeopleDoNotAsUtf16Units() {
        String sixEmoji = "😀🐍🎉🚀🌍🔥";
        assertThat(sixEmoji.length()).isEqualTo(12);

        assertThat(PasswordRules.problem(sixEmoji, EMAIL, NAME)).contains("must be at least 12 characters");
    }

    @Test
    void refusesPasswordsOfOnlySpacesIncludingNoBreakSpaces() {
        assertThat(PasswordRules.problem("\u00a0".repeat(12), EMAIL, NAME)).contains("must be more than spaces");
        assertThat(PasswordRules.problem(" \u2007\u202f\u3000".repeat(4), EMAIL, NAME))
                .contains("must be more than spaces");
    }

    @Test
    void refusesTheEmailAddressOrTheNameInThePassword() {
        assertThat(PasswordRules.problem(EMAIL, EMAIL, NAME)).contains("must not contain your e-mail address or name");
        assertThat(PasswordRules.problem("FATIMA.ELAMRANI-x", EMAIL, NAME))
                .contains("must not contain your e-mail address or name");
        assertThat(PasswordRules.problem("ik ben fatima el amrani!", EMAIL, NAME))
                .contains("must not contain your e-mail address or name");
    }

    @Test
    void refusesPasswordsThatAreEasyToGuess() {
        assertThat(PasswordRules.problem("welkom123456", EMAIL, NAME))
                .get()
                .asString()
                .startsWith("is too easy to guess");
        assertThat(PasswordRules.problem("passwordpassword", EMAIL, NAME))
                .get()
                .asString()
                .startsWith("is too easy to guess");
        assertThat(PasswordRules.problem(
                        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", EMAIL, NAME))
                .get()
                .asString()
                .startsWith("is too easy to guess");
    }

    @Test
    void acceptsALongSentenceAndUnusualWords() {
        assertThat(PasswordRules.problem("de fiets staat naast de bibliotheek", EMAIL, NAME))
                .isEmpty();
        assertThat(PasswordRules.problem(TestAccounts.PASSWORD, EMAIL, NAME)).isEmpty();
        assertThat(PasswordRules.problem(DemoData.PASSWORD, "leerling@demo.signaal.nl", "Demo Leerling"))
                .isEmpty();
    }

    @Test
    void refusesMoreThanTwoHundredCharacters() {
        assertThat(PasswordRules.problem("kwik-".repeat(41), EMAIL, NAME)).contains("must be at most 200 characters");
    }

    @Test
    void measuringAVeryLongPasswordStaysQuick() {
        long start = System.nanoTime();
        PasswordRules.problem("x".repeat(200), EMAIL, NAME);
        PasswordRules.problem("abcdefghijklmnopqrstuvwxyz0123456789".repeat(5), EMAIL, NAME);

        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2_000);
    }

    @Test
    void aRefusalNamesTheField() {
        assertThatThrownBy(() -> PasswordRules.check("newPassword", "welkom123456", EMAIL, NAME))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("newPassword"));
    }
}
