package nl.signaal.content;

import static nl.signaal.content.Fixtures.error;
import static nl.signaal.content.Fixtures.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Facilitation notes for live sessions: an optional {@code discussion} per scene in a scenario's locale files
 * (nodes.&lt;scene&gt;.discussion), Markdown rendered and sanitised like the scene texts. Cases edit the valid fixture's
 * scenario tikkies, read as a stored version would be (files as texts).
 */
class ScenarioDiscussionTest {

    private static final Content MODULES = ContentLoader.load(Fixtures.valid()).content();
    private static final String NL = "content/scenarios/tikkies/nl.yaml";
    private static final String EN = "content/scenarios/tikkies/en.yaml";

    private static LoadResult read(String file, String from, String to) {
        return readWith(file, edited(file, from, to));
    }

    /** The fixture file's text with one replacement. */
    private static String edited(String file, String from, String to) {
        String text = Fixtures.validScenario().get(file);
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private static LoadResult readWith(String file, String text) {
        Map<String, String> files = new TreeMap<>(Fixtures.validScenario());
        files.put(file, text);
        return ContentLoader.readScenario("tikkies", files, MODULES);
    }

    /** The 1-based line of {@code text} holding {@code needle}. */
    private static int lineOf(String text, String needle) {
        List<String> lines = List.of(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    @Test
    void readsTheDiscussionOfAScenePerLocaleAsSanitisedHtml() {
        Scenario scenario = ContentLoader.load(Fixtures.valid())
                .content()
                .scenario("tikkies")
                .orElseThrow();
        assertThat(scenario.discussionHtml()).containsOnlyKeys("eerste-gesprek");
        assertThat(scenario.discussionHtml().get("eerste-gesprek").in("nl").text())
                .isEqualTo("<p>Wat zou <strong>jij</strong> de moeder vragen? Wie is in jouw organisatie de"
                        + " aandachtsfunctionaris?</p>\n");
        assertThat(scenario.discussionHtml().get("eerste-gesprek").in("en").text())
                .startsWith("<p>What would <strong>you</strong> ask the mother?");
        assertThat(scenario.discussionHtml().get("eerste-gesprek").in("tr").untranslated())
                .isTrue();
    }

    @Test
    void aScenarioWithoutDiscussionsHasNone() {
        Map<String, String> files = new TreeMap<>(Fixtures.validScenario());
        files.replaceAll((name, text) -> text.replaceAll("    discussion: \\|\\n[^\\n]*\\n", ""));
        LoadResult without = ContentLoader.readScenario("tikkies", files, MODULES);
        assertThat(files.values()).noneMatch(text -> text.contains("discussion"));
        assertThat(without.problems()).isEmpty();
        assertThat(without.content().scenario("tikkies").orElseThrow().discussionHtml())
                .isEmpty();
    }

    @Test
    void reportsADiscussionOnlyATranslationHas() {
        LoadResult result = read(
                "nl.yaml",
                "    discussion: |\n      Wat zou **jij** de moeder vragen? Wie is in jouw organisatie de"
                        + " aandachtsfunctionaris?\n",
                "");
        assertThat(result.problems())
                .containsExactly(error(
                        EN,
                        22,
                        "discussion nodes.eerste-gesprek.discussion has no Dutch (nl) text: Dutch is the source,"
                                + " write it in nl.yaml first"));
        assertThat(result.content().scenarios()).isEmpty();
    }

    @Test
    void warnsAboutADiscussionMissingInATranslation() {
        LoadResult result = read(
                "en.yaml",
                "    discussion: |\n      What would **you** ask the mother? Who is the attention officer in your"
                        + " organisation?\n",
                "");
        assertThat(result.problems())
                .containsExactly(warning(
                        EN,
                        13,
                        "missing English (en) text for nodes.eerste-gesprek.discussion (the Dutch text is shown)"));
    }

    @Test
    void reportsADiscussionOnAnEnding() {
        String nl = edited("nl.yaml", "  goede-afloop:\n", "  goede-afloop:\n    discussion: Wat nemen jullie mee?\n");
        assertThat(readWith("nl.yaml", nl).problems())
                .containsExactly(error(
                        NL,
                        lineOf(nl, "discussion: Wat nemen"),
                        "ending 'goede-afloop' has no decision to discuss: 'discussion' belongs to a scene (the group"
                                + " discusses the ending through its debrief)"));
    }

    @Test
    void reportsADiscussionForAnUnknownNode() {
        String nl = edited(
                "nl.yaml",
                "  goede-afloop:\n",
                "  vergadering:\n    discussion: Wie zit er aan tafel?\n  goede-afloop:\n");
        assertThat(readWith("nl.yaml", nl).problems())
                .containsExactly(
                        error(NL, lineOf(nl, "vergadering:"), "unknown node id 'vergadering' (not in scenario.yaml)"));
    }

    @Test
    void reportsADisallowedLinkInADiscussion() {
        LoadResult result = read("nl.yaml", "Wat zou **jij**", "Wat zou [jij](javascript:alert(1))");
        assertThat(result.problems())
                .containsExactly(error(
                        NL,
                        23,
                        "link to 'javascript:alert(1)' in nodes.eerste-gesprek.discussion is not allowed: use https:,"
                                + " http:, mailto: or lesson: links"));
    }

    @Test
    void sanitisesRawHtmlInADiscussion() {
        LoadResult result =
                read("nl.yaml", "Wat zou **jij**", "Wat zou <img src=x onerror=alert(1)><script>x()</script> **jij**");
        assertThat(result.problems())
                .containsExactly(warning(
                        NL,
                        22,
                        "raw HTML in nodes.eerste-gesprek.discussion is left out when shown: write Markdown instead"));
        String html = result.content()
                .scenario("tikkies")
                .orElseThrow()
                .discussionHtml()
                .get("eerste-gesprek")
                .in("nl")
                .text();
        assertThat(html).doesNotContain("<img", "onerror", "<script").contains("<strong>jij</strong>");
    }
}
