package nl.signaal.authoring.twee;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Arbitrary text at the Twine importer (Twee and Twine 2 HTML, then the conversion): only report entries, never an
 * unchecked exception. Inputs are the sample stories with random edits, plus deep nesting in StoryData and macros.
 */
class ArbitraryStoryProperties {

    private static final String[] SAMPLES = {"sugarcube.twee", "harlowe.twee", "published.html", "bad-storydata.twee"};

    @Property(tries = 300)
    void anArbitraryStoryGivesAReportNotAnException(@ForAll("stories") String source) {
        Report report = new Report();
        Story story = TweeImportCommand.isHtml(source)
                ? TwineHtmlParser.parse(source, report)
                : TweeParser.parse(source, report);
        if (story != null && !report.hasErrors()) {
            TweeConversion.convert(story, "arbitrary", report);
        }
    }

    @Example
    void storyDataNestedThousandsOfLevelsDeepIsAReportedError() {
        // Found by hand after the property missed it: the StoryData JSON reader recursed per level.
        Report report = new Report();
        TweeParser.parse(":: StoryData\n" + "{\"a\":".repeat(3000) + "\n\n:: Start\nhi\n", report);
        org.assertj.core.api.Assertions.assertThat(report.entries())
                .anySatisfy(entry -> org.assertj.core.api.Assertions.assertThat(entry.format("s.twee"))
                        .contains("nested more than"));
    }

    @Provide
    Arbitrary<String> stories() {
        Arbitrary<String> sample = Arbitraries.of(SAMPLES).map(Samples::text);
        Arbitrary<String> twinePunctuation = Arbitraries.strings()
                .withChars(":[]{}()<>$_\"'|-=!&,.\n\t 0123456789abcxyz/\\@")
                .ofMaxLength(80);
        Arbitrary<String> nested = Arbitraries.integers()
                .between(100, 5000)
                .flatMap(depth -> Arbitraries.of(
                        "[".repeat(depth),
                        "{\"a\":".repeat(depth),
                        "(".repeat(depth),
                        "<<if (".repeat(depth),
                        "(if: (".repeat(depth),
                        "[[".repeat(depth)));
        Arbitrary<String> insert = Arbitraries.frequencyOf(
                Tuple.of(6, twinePunctuation), Tuple.of(2, Arbitraries.strings().ofMaxLength(40)), Tuple.of(1, nested));
        return Combinators.combine(
                        sample,
                        Arbitraries.integers().between(0, 4000),
                        Arbitraries.integers().between(0, 60),
                        insert)
                .as((text, at, length, piece) -> {
                    int start = Math.min(at, text.length());
                    return text.substring(0, start) + piece + text.substring(Math.min(text.length(), start + length));
                });
    }
}
