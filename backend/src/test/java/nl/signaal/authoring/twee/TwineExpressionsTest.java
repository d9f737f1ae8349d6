package nl.signaal.authoring.twee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwineExpressionsTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "$trust > 2                          => trust > 2",
                "$trust is 3                         => trust == 3",
                "$trust is not 3                     => trust != 3",
                "$trust isnot 3                      => trust != 3",
                "$trust gt 2 and $risk lt 4          => trust > 2 and risk < 4",
                "$trust gte 2 or $risk lte 4         => trust >= 2 or risk <= 4",
                "$trust eq 1 or $trust neq 2         => trust == 1 or trust != 2",
                "not $asked                          => not asked",
                "!$asked && ($a === 1 || $b !== 2)   => not asked and (a == 1 or b != 2)",
                "$a == 1 and $b != 2                 => a == 1 and b != 2",
                "$hasAsked is true                   => has_asked == true",
                "$score + 2 >= $max - 1              => score + 2 >= max - 1",
            })
    void translatesConditions(String twine, String ours) throws Exception {
        assertThat(TwineExpressions.condition(twine)).isEqualTo(ours);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "$name is \"Jamal\"          | text values are not supported",
                "_temp > 2                   | temporary variable '_temp' is not supported",
                "$list contains 3            | 'contains' (collections) is not supported",
                "$x > 2 and < 5              | a comparison without a left side ('and <') is not supported",
                "$x * 2 > 3                  | '*' is not supported",
                "$x > -1                     | negative numbers are not supported",
                "$x > 1.5                    | decimal numbers are not supported",
                "visited(\"Start\")          | 'visited' is not supported",
            })
    void refusesWhatTheExpressionLanguageCannotSay(String twine, String reason) {
        assertThatThrownBy(() -> TwineExpressions.condition(twine)).hasMessage(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "$x to 5, $flag to true      | false | x = 5; flag = true",
                "$x to $x + 1                | false | x += 1",
                "$x to it - 2                | false | x -= 2",
                "$x to $x + $y + 1           | false | x = x + y + 1",
                "$x += 1; $y -= 2            | false | x += 1; y -= 2",
                "$x = true                   | false | x = true",
                "$x++, $y--                  | false | x += 1; y -= 1",
                "3 into $x                   | true  | x = 3",
            })
    void translatesAssignmentsToEffects(String body, boolean put, String effects) throws Exception {
        StringBuilder out = new StringBuilder();
        for (TwineExpressions.Assignment a : TwineExpressions.assignments(body, put)) {
            out.append(out.isEmpty() ? "" : "; ").append(TwineExpressions.effect(a));
        }
        assertThat(out.toString()).isEqualTo(effects);
    }
}
