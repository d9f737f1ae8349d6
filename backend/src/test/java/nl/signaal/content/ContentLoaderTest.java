package nl.signaal.content;

import static nl.signaal.content.Fixtures.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentLoaderTest {

    private final LoadResult result = ContentLoader.load(Fixtures.valid());
    private final TrainingModule module =
            result.content().module("wat-is-criminele-uitbuiting").orElseThrow();

    @Test
    void loadsValidContentWithoutErrors() {
        assertFalse(result.hasErrors());
        // The English lesson body is left out on purpose, to show the fallback.
        assertEquals(
                List.of(warning(
                        "content/modules/wat-is-criminele-uitbuiting/en.yaml",
                        10,
                        "missing English (en) text for lessons.slachtoffer-en-dader.body (the Dutch text is shown)")),
                result.problems());
    }

    @Test
    void sortsModulesByOrder() {
        assertEquals(
                List.of("wat-is-criminele-uitbuiting", "signalen-herkennen"),
                result.content().modules().stream().map(TrainingModule::id).toList());
    }

    @Test
    void readsModuleStructure() {
        assertEquals(2, module.version());
        assertEquals(1, module.order());
        assertEquals(List.of(), module.targetGroups());
        assertEquals(List.of("signal-recognition", "victim-or-perpetrator"), module.competencies());
        assertEquals(20, module.minutes());
        assertEquals(
                List.of("wat-is-het", "slachtoffer-en-dader"),
                module.lessons().stream().map(Lesson::id).toList());
        assertEquals(
                List.of("onderwijs", "jeugdhulp"),
                result.content().module("signalen-herkennen").orElseThrow().targetGroups());
    }

    @Test
    void readsTextsPerLocale() {
        assertEquals(
                new Translation("Wat is criminele uitbuiting?", "nl", false),
                module.title().in("nl"));
        assertEquals(
                new Translation("What is criminal exploitation?", "en", false),
                module.title().in("en"));
        assertEquals(
                "Wat is het?",
                module.lesson("wat-is-het").orElseThrow().title().in("nl").text());
    }

    @Test
    void fallsBackToDutchWhenATranslationIsMissing() {
        Lesson lesson = module.lesson("slachtoffer-en-dader").orElseThrow();
        assertEquals(
                new Translation("<p>Een jongere kan <em>tegelijk</em> slachtoffer en dader zijn.</p>\n", "nl", true),
                lesson.html().in("en"));
        assertEquals(
                new Translation("Victim and perpetrator", "en", false),
                lesson.title().in("en"));
    }

    @Test
    void fallsBackToDutchForALocaleWithoutFile() {
        assertEquals(
                new Translation("Wat is criminele uitbuiting?", "nl", true),
                module.title().in("pl"));
    }

    @Test
    void rendersMarkdownAndRewritesLessonLinks() {
        String html = module.lesson("wat-is-het").orElseThrow().html().in("nl").text();
        assertEquals(
                "<p>Bij <strong>criminele uitbuiting</strong> dwingen anderen een jongere tot strafbare feiten.</p>\n"
                        + "<p>Lees verder in <a href=\"/learn/wat-is-criminele-uitbuiting/lessons/slachtoffer-en-dader\">"
                        + "slachtoffer en dader</a>\nof over <a href=\"/learn/signalen-herkennen/lessons/school\">"
                        + "signalen op school</a>.</p>\n",
                html);
    }

    @Test
    void rendersFlyerAsSanitisedHtmlPerLocale() {
        assertEquals(
                new Translation("<h2>In het kort</h2>\n<p>Een samenvatting op één pagina.</p>\n", "nl", false),
                module.flyer().in("nl"));
        assertEquals(
                new Translation("<h2>In short</h2>\n<p>A one-page summary.</p>\n", "en", false),
                module.flyer().in("en"));
    }

    @Test
    void readsKnowledgeCheck() {
        KnowledgeCheck check = module.check();
        assertEquals(0.7, check.passThreshold());
        Question single = check.questions().get(0);
        assertEquals("dader-of-slachtoffer", single.id());
        assertEquals("victim-or-perpetrator", single.competency());
        assertFalse(single.multiple());
        assertEquals(Set.of("b"), single.correct());
        assertEquals(
                "Slachtoffer en dader", single.options().get(1).text().in("nl").text());
        assertEquals("Correct.", single.options().get(1).feedback().in("en").text());
        Question multiple = check.questions().get(1);
        assertTrue(multiple.multiple());
        assertEquals(List.of("geld", "kleding"), List.copyOf(multiple.correct()));
        assertEquals(
                List.of("geld", "kleding", "sport"),
                multiple.options().stream().map(Option::id).toList());
    }

    @Test
    void defaultsMultipleToFalse() {
        Question question = result.content()
                .module("signalen-herkennen")
                .orElseThrow()
                .check()
                .questions()
                .get(0);
        assertFalse(question.multiple());
        assertEquals(
                1.0,
                result.content()
                        .module("signalen-herkennen")
                        .orElseThrow()
                        .check()
                        .passThreshold());
    }

    @Test
    void leavesOutModulesWithErrors() {
        LoadResult broken = ContentLoader.load(Fixtures.broken("wrong-type"));
        assertTrue(broken.hasErrors());
        assertEquals(List.of(), broken.content().modules());
    }
}
