package nl.signaal.authoring.twee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TweeParserTest {

    private final Report report = new Report();

    @Test
    void readsNameTagsAndMetadataWithEscapes() {
        Story story = TweeParser.parse("""
                :: Het \\[oude\\] huis\\\\ [tag\\]x  lastig] {"position":"600,400","size":"100,200"}
                Tekst.
                """, report);

        Story.Passage passage = story.passages().get(0);
        assertThat(passage.name()).isEqualTo("Het [oude] huis\\");
        assertThat(passage.tags()).containsExactly("tag]x", "lastig");
        assertThat(passage.metadata()).isEqualTo(Map.of("position", "600,400", "size", "100,200"));
        assertThat(report.entries()).isEmpty();
    }

    @Test
    void readsTitleStartAndFormatFromTheSpecialPassages() {
        Story story = TweeParser.parse(Samples.text("harlowe.twee"), report);

        assertThat(story.title()).isEqualTo("De nieuwe schoenen");
        assertThat(story.start()).isEqualTo("Begin");
        assertThat(story.startLine()).isEqualTo(9);
        assertThat(story.format()).isEqualTo("Harlowe");
        assertThat(story.formatVersion()).isEqualTo("3.3.8");
        assertThat(story.passages())
                .extracting(Story.Passage::name)
                .containsExactly("Begin", "Doorvragen", "School", "Vriend", "Afwachten", "Twijfel");
    }

    @Test
    void dropsTrailingBlankLinesAndCountsLinesFromTheHeader() {
        Story story = TweeParser.parse("\n:: Een\nregel 1\n\nregel 3\n\n\n:: Twee\nx\n", report);

        Story.Passage een = story.passages().get(0);
        assertThat(een.text()).isEqualTo("regel 1\n\nregel 3");
        assertThat(een.line()).isEqualTo(2);
        assertThat(een.lineAt(een.text().indexOf("regel 3"))).isEqualTo(5);
        assertThat(story.passages().get(1).line()).isEqualTo(8);
    }

    @Test
    void defaultsTheStartToStartWithoutStoryData() {
        Story story = TweeParser.parse(":: Start\nHallo\n", report);

        assertThat(story.start()).isEqualTo("Start");
        assertThat(story.startLine()).isZero();
    }

    @Test
    void warnsAboutBadStoryDataAndGoesOn() {
        Story story = TweeParser.parse(Samples.text("bad-storydata.twee"), report);

        assertThat(story.start()).isEqualTo("Start");
        assertThat(story.passages()).hasSize(2);
        assertThat(report.entries())
                .extracting(Report.Entry::severity, Report.Entry::passage, Report.Entry::line, Report.Entry::message)
                .containsExactly(tuple(
                        Report.Severity.WARNING,
                        "StoryData",
                        4,
                        "StoryData is not valid JSON (Unexpected character ('}'): was expecting double-quote to start field"
                                + " name at character 73); ignored"));
    }

    @Test
    void warnsAboutBadMetadataAndKeepsThePassage() {
        Story story = TweeParser.parse(Samples.text("bad-metadata.twee"), report);

        assertThat(story.passages())
                .extracting(Story.Passage::name, Story.Passage::tags, Story.Passage::metadata)
                .containsExactly(tuple("Start", List.of(), Map.of()), tuple("Einde", List.of("good"), Map.of()));
        assertThat(report.entries())
                .extracting(Report.Entry::passage, Report.Entry::line, Report.Entry::message)
                .containsExactly(
                        tuple(
                                "Start",
                                4,
                                "passage metadata is not valid JSON (Unexpected end-of-input: expected close marker for"
                                        + " Object at character 22);"
                                        + " ignored: {\"position\":\"100,100\""),
                        tuple(
                                "Einde",
                                8,
                                "passage metadata is not valid JSON (Unexpected character ('1'): was expecting double-quote to"
                                        + " start field name at character 17);"
                                        + " ignored: {\"position\":100,100}"));
    }

    @Test
    void keepsTheFirstOfTwoPassagesWithOneNameAndTheSecondInTheReport() {
        Story story = TweeParser.parse(Samples.text("duplicates.twee"), report);

        assertThat(story.passage("Gesprek"))
                .get()
                .extracting(Story.Passage::text)
                .isEqualTo("Het eerste gesprek.");
        assertThat(report.entries())
                .extracting(Report.Entry::severity, Report.Entry::passage, Report.Entry::line, Report.Entry::message)
                .containsExactly(
                        tuple(
                                Report.Severity.WARNING,
                                "Gesprek",
                                11,
                                "duplicate passage name (first defined at line 8); this passage is ignored and kept in the report"));
        assertThat(report.unconverted())
                .extracting(Report.Unconverted::source)
                .containsExactly("Het tweede gesprek met dezelfde naam.");
    }

    @Test
    void keepsTextBeforeTheFirstHeaderInTheReport() {
        TweeParser.parse("Losse notitie\n:: Start\nHallo\n", report);

        assertThat(report.entries())
                .extracting(Report.Entry::line, Report.Entry::message)
                .containsExactly(
                        tuple(1, "text before the first passage header belongs to no passage; kept in the report"));
        assertThat(report.unconverted()).extracting(Report.Unconverted::source).containsExactly("Losse notitie");
    }
}
