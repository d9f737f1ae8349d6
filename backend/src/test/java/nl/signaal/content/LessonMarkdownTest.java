package nl.signaal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonMarkdownTest {

    @Test
    void removesScriptsEventHandlersJavascriptLinksAndRawHtml() {
        String html = LessonMarkdown.toHtml("""
                Tekst met **nadruk**.

                <script>alert('script')</script>

                <img src="x.png" onerror="alert('img')">

                [klik](javascript:alert(1)) en <span style="color:red" onclick="alert(2)">rood</span>

                <iframe src="https://example.org"></iframe>
                <style>p { display: none }</style>
                """, "m");
        for (String forbidden : List.of(
                "<script",
                "alert",
                "onerror",
                "onclick",
                "javascript",
                "<img",
                "<iframe",
                "<style",
                "style=",
                "<span")) {
            assertFalse(html.contains(forbidden), () -> forbidden + " survived in " + html);
        }
        assertTrue(html.contains("<strong>nadruk</strong>"), html);
        assertTrue(html.contains("rood"), html);
    }

    @Test
    void keepsWebAndMailLinks() {
        assertEquals(
                "<p><a href=\"https://example.org/a\">web</a> <a href=\"mailto:info@example.org\">mail</a></p>\n",
                LessonMarkdown.toHtml("[web](https://example.org/a) [mail](mailto:info@example.org)", "m"));
    }

    @Test
    void rewritesLessonLinksToAppRoutes() {
        assertEquals(
                "<p><a href=\"/learn/m/lessons/twee\">hier</a> <a href=\"/learn/ander/lessons/drie\">daar</a></p>\n",
                LessonMarkdown.toHtml("[hier](lesson:twee) [daar](lesson:ander/drie)", "m"));
    }

    @Test
    void findsLinkTargetsAndRawHtml() {
        LessonMarkdown.Analysis analysis = LessonMarkdown.analyse("[a](lesson:x) `[b](lesson:in-code)` <b>c</b>");
        assertEquals(List.of("lesson:x"), analysis.destinations());
        assertTrue(analysis.rawHtml());
    }

    @Test
    void allowsOnlyWebMailLessonAndInAppLinks() {
        assertTrue(LessonMarkdown.isAllowed("https://example.org"));
        assertTrue(LessonMarkdown.isAllowed("lesson:x"));
        assertTrue(LessonMarkdown.isAllowed("/learn"));
        assertFalse(LessonMarkdown.isAllowed("JavaScript:alert(1)"));
        assertFalse(LessonMarkdown.isAllowed("data:text/html,x"));
        assertFalse(LessonMarkdown.isAllowed("//evil.example"));
    }

    @Test
    void treatsBackslashesAndOtherSchemeRelativeFormsAsOffSite() {
        for (String offSite : new String[] {
            "/\\evil.example/path", "\\\\evil.example", "/\t/evil.example", " //evil.example", "\\/evil.example"
        }) {
            assertFalse(LessonMarkdown.isAllowed(offSite), offSite);
        }
        assertTrue(LessonMarkdown.isAllowed("/learn/m/lessons/x"));
        assertTrue(LessonMarkdown.isAllowed("https://example.org/a\\b"));
    }

    @Test
    void theSanitiserDropsOffSiteLinksButKeepsTheirText() {
        String html = LessonMarkdown.toHtml("[x](/\\evil.example/path) and ![pic](/\\evil.example/p.png)", "m");

        assertFalse(html.contains("evil"), html);
        assertTrue(html.contains("x and"), html);
    }

    @Test
    void pointsModuleImagesAtTheImageRouteAndDropsAnyOtherImage() {
        String html = LessonMarkdown.toHtml(
                "![Route](images/route.svg) ![web](https://example.org/x.png) ![weg](images/../nl.yaml)", "m");

        assertEquals("<p><img src=\"/api/modules/m/images/route.svg\" alt=\"Route\" loading=\"lazy\">  </p>\n", html);
        assertEquals("<p></p>\n", LessonMarkdown.toHtml("![Route](images/route.svg)", null));
    }

    @Test
    void turnsCalloutQuotesIntoNamedAsides() {
        String html = LessonMarkdown.toHtml("""
                > [!kernpunten]
                > - Eén signaal bewijst niets.

                > [!tip] Bel **0800-2000**.

                > [!onbekend]
                > Gewoon citaat.
                """, "m");

        assertTrue(
                html.matches(
                        "(?s)<aside data-callout=\"kernpunten\">\\s*<ul>\\s*<li>Eén signaal bewijst niets.</li>.*"),
                html);
        assertTrue(html.contains("<aside data-callout=\"tip\">\n<p>Bel <strong>0800-2000</strong>.</p>"), html);
        assertTrue(html.contains("<blockquote>\n<p>Gewoon citaat.</p>\n</blockquote>"), html);
        assertFalse(html.contains("[!"), html);
        assertEquals(
                List.of("kernpunten", "tip", "onbekend"),
                LessonMarkdown.analyse("> [!kernpunten]\n> a\n\n> [!tip] b\n\n> [!onbekend]\n> c")
                        .callouts());
    }
}
