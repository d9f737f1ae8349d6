package nl.signaal.authoring.twee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwineHtmlParserTest {

    private final Report report = new Report();

    @Test
    void readsAPublishedStoryWithEntitiesDecoded() {
        Story story = TwineHtmlParser.parse(Samples.text("published.html"), report);

        assertThat(story.title()).isEqualTo("Op de fiets & verder");
        assertThat(story.start()).isEqualTo("Start");
        assertThat(story.format()).isEqualTo("Harlowe");
        assertThat(story.passages())
                .extracting(Story.Passage::name, Story.Passage::tags, Story.Passage::line)
                .containsExactly(
                        tuple("Start", List.of(), 9),
                        tuple("Rit & route", List.of("poor"), 12),
                        tuple("Melden", List.of("good", "extra"), 12),
                        tuple("Story JavaScript", List.of("script"), 9),
                        tuple("Story Stylesheet", List.of("stylesheet"), 9));
        assertThat(story.passage("Start")).get().extracting(Story.Passage::text).isEqualTo("""
                Sara (16) zegt: "Ik krijg € 50 per rit."
                (set: $zorg to 2)
                [[Vraag door->Rit & route]]
                (if: $zorg >= 2)[[[Bel Veilig Thuis->Melden]]]""");
        assertThat(story.passage("Rit & route"))
                .get()
                .extracting(Story.Passage::text)
                .isEqualTo("Ze zegt: 'Het is maar tien minuten.' Daarna zie je haar niet meer.");
        assertThat(story.passage("Start").orElseThrow().metadata()).containsEntry("position", "100,100");
        assertThat(report.entries()).isEmpty();
    }

    @Test
    void readsTheFirstStoryOfALibraryArchiveAndSaysNothingAboutTheOthers() {
        Story story = TwineHtmlParser.parse("""
                <tw-storydata name="Een" startnode="2"><tw-passagedata pid="1" name="A">a</tw-passagedata>
                <tw-passagedata pid="2" name="B">b [[A]]</tw-passagedata></tw-storydata>
                <tw-storydata name="Twee" startnode="1"><tw-passagedata pid="1" name="C">c</tw-passagedata></tw-storydata>
                """, report);

        assertThat(story.title()).isEqualTo("Een");
        assertThat(story.start()).isEqualTo("B");
        // choosing among the stories is TwineImport's part (TwineImportTest)
        assertThat(report.entries()).isEmpty();
    }

    @Test
    void namesAStartNodeThatMatchesNoPassageByItsPid() {
        Story story = TwineHtmlParser.parse(
                "<tw-storydata name=\"X\" startnode=\"7\"><tw-passagedata pid=\"1\" name=\"A\">a</tw-passagedata>"
                        + "</tw-storydata>",
                report);

        assertThat(story.start()).isEqualTo("(pid 7)");
    }

    @Test
    void reportsAFileWithoutStory() {
        assertThat(TwineHtmlParser.parse("<html><body>Hallo</body></html>", report))
                .isNull();
        assertThat(report.entries())
                .extracting(Report.Entry::severity, Report.Entry::message)
                .containsExactly(
                        tuple(Report.Severity.ERROR, "no <tw-storydata> element: this is not a Twine 2 story file"));
    }
}
