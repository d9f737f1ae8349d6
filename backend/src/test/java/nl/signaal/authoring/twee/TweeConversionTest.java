package nl.signaal.authoring.twee;

import static nl.signaal.authoring.twee.Samples.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TweeConversionTest {

    private final Report report = new Report();

    private TweeConversion.Scenario convert(String twee) {
        return TweeConversion.convert(TweeParser.parse(twee, report), "test", report);
    }

    private List<Object> warnings() {
        return report.entries().stream()
                .filter(e -> e.severity() == Report.Severity.WARNING)
                .map(e -> (Object) tuple(e.line(), e.message()))
                .toList();
    }

    @Test
    void keepsALinkAvailableAndItsConditionVisibleWhenTheConditionCannotBeConverted() {
        TweeConversion.Scenario scenario = convert("""
                :: StoryTitle
                Randgevallen
                :: Start
                (set: $naam to 1)
                (if: $naam is "Jamal")[[[Verder->Einde]]]
                (unless: $naam > 3)[[[Anders->Einde]]]
                [[Kapot->Bestaat niet]]
                (if: $naam > 0)[(set: $naam to 2)]
                :: Einde [good]
                Klaar.
                """);

        assertThat(map(scenario.structure(), "nodes", "start").get("choices"))
                .isEqualTo(List.of(
                        Map.of("id", "verder", "to", "einde"),
                        Map.of("id", "anders", "to", "einde", "if", "not (naam > 3)")));
        assertThat(map(scenario.dutch(), "nodes", "start").get("text")).isEqualTo("""
                ```twine
                (if: $naam is "Jamal")
                ```

                ```twine
                [[Kapot->Bestaat niet]]
                ```

                ```twine
                (set: $naam to 2)
                ```""");
        assertThat(warnings())
                .containsExactly(
                        tuple(
                                0,
                                "the story has no IFID (the Twine specification requires one): a later import of this"
                                        + " story cannot be matched to this one"),
                        tuple(
                                5,
                                "condition (if: $naam is \"Jamal\") is not converted (text values are not supported); the"
                                        + " links inside are always available; kept in the text"),
                        tuple(7, "link to an unknown passage 'Bestaat niet' is not converted; kept in the text"),
                        tuple(
                                8,
                                "assignment inside (if: $naam > 0) (an effect that depends on a condition) is not"
                                        + " converted; kept in the text: (set: $naam to 2)"));
    }

    @Test
    void widensTheRangeToTheLargestValueSeen() {
        TweeConversion.Scenario scenario = convert("""
                :: Start
                (set: $punten to 0)
                (if: $punten >= 25)[[[Einde]]]
                [[Meer]]
                :: Meer
                (set: $punten to $punten + 5)
                [[Start]]
                :: Einde [good]
                Klaar.
                """);

        assertThat(map(scenario.structure(), "variables", "punten"))
                .isEqualTo(Map.of("type", "int", "initial", 0, "min", 0, "max", 25));
        assertThat(map(scenario.structure(), "nodes", "meer").get("choices"))
                .isEqualTo(List.of(Map.of("id", "start", "to", "start", "effects", "punten = 0")));
    }

    @Test
    void slugsAreLowercaseWithoutAccentsAndUnique() {
        assertThat(TweeConversion.slug("Één gesprek – daarna?", "x")).isEqualTo("een-gesprek-daarna");
        assertThat(TweeConversion.slug("!!!", "keuze")).isEqualTo("keuze");
    }
}
