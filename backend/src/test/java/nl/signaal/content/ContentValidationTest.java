package nl.signaal.content;

import static nl.signaal.content.Fixtures.error;
import static nl.signaal.content.Fixtures.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One broken fixture per rule, under content-fixtures/broken/&lt;case&gt;; each a copy of one small module. */
class ContentValidationTest {

    private static final String MODULE = "content/modules/basis/module.yaml";
    private static final String NL = "content/modules/basis/nl.yaml";
    private static final String EN = "content/modules/basis/en.yaml";

    private static List<ContentProblem> problems(String fixture) {
        return ContentLoader.load(Fixtures.broken(fixture)).problems();
    }

    @Test
    void reportsYamlSyntaxErrorWithLine() {
        assertEquals(
                List.of(error(NL, 5, "YAML syntax error: mapping values are not allowed here")),
                problems("yaml-syntax-error"));
    }

    @Test
    void reportsFieldOfWrongType() {
        assertEquals(
                List.of(error(MODULE, 6, "'minutes' must be a whole number, not 'twenty'")), problems("wrong-type"));
    }

    @Test
    void reportsMissingRequiredFieldAtItsMapping() {
        assertEquals(List.of(error(MODULE, 1, "missing required field 'id'")), problems("missing-module-id"));
    }

    @Test
    void reportsMissingFieldOfQuestion() {
        assertEquals(
                List.of(error(MODULE, 12, "missing required field 'competency' in question 'vraag'")),
                problems("missing-question-field"));
    }

    @Test
    void reportsModuleIdNotMatchingFolder() {
        assertEquals(
                List.of(error(MODULE, 1, "module id 'andere' does not match its folder name 'basis'")),
                problems("id-not-folder-name"));
    }

    @Test
    void reportsBadlyFormedId() {
        assertEquals(
                List.of(error(
                        MODULE,
                        8,
                        "lesson id 'Eerste_Les' must use only lowercase letters, digits and"
                                + " single hyphens (e.g. 'slachtoffer-en-dader')")),
                problems("id-format"));
    }

    @Test
    void reportsDuplicateModuleId() {
        String copy = "content/modules/basis-kopie/module.yaml";
        assertEquals(
                List.of(
                        error(copy, 1, "module id 'basis' does not match its folder name 'basis-kopie'"),
                        error(copy, 1, "duplicate module id 'basis' (also in content/modules/basis/module.yaml)")),
                problems("duplicate-module-id"));
    }

    @Test
    void reportsDuplicateLessonId() {
        assertEquals(
                List.of(error(MODULE, 9, "duplicate lesson id 'eerste' (first on line 8)")),
                problems("duplicate-lesson-id"));
    }

    @Test
    void reportsDuplicateQuestionId() {
        assertEquals(
                List.of(error(MODULE, 17, "duplicate question id 'vraag' (first on line 12)")),
                problems("duplicate-question-id"));
    }

    @Test
    void reportsDuplicateOptionId() {
        assertEquals(
                List.of(error(MODULE, 15, "duplicate option id 'a' in question 'vraag' (first on line 15)")),
                problems("duplicate-option-id"));
    }

    @Test
    void reportsUnknownTargetGroup() {
        assertEquals(
                List.of(error(
                        MODULE,
                        4,
                        "unknown target group 'jeugdzorg' (known: jeugdhulp, verslavingszorg,"
                                + " maatschappelijke-opvang, lvb-zorg, forensische-zorg, onderwijs, buurtteam,"
                                + " politie-jeugdreclassering)")),
                problems("unknown-target-group"));
    }

    @Test
    void reportsUnknownCompetency() {
        assertEquals(
                List.of(error(
                        MODULE,
                        5,
                        "unknown competency 'signaal-herkenning' (known: signal-recognition,"
                                + " victim-or-perpetrator, reporting-route, cooperation, safety)")),
                problems("unknown-competency"));
    }

    @Test
    void reportsQuestionCompetencyOutsideModule() {
        assertEquals(
                List.of(error(
                        MODULE,
                        13,
                        "competency 'safety' of question 'vraag' is not one of the module's"
                                + " competencies (signal-recognition)")),
                problems("question-competency-not-in-module"));
    }

    @Test
    void reportsPassThresholdOutOfRange() {
        assertEquals(
                List.of(error(
                        MODULE,
                        10,
                        "'passThreshold' in check must be more than 0 and at most 1"
                                + " (the share of questions to answer correctly, e.g. 0.7), not 1.5")),
                problems("pass-threshold-out-of-range"));
    }

    @Test
    void reportsVersionNotPositive() {
        assertEquals(
                List.of(error(MODULE, 2, "'version' must be a positive whole number, not 0")),
                problems("version-not-positive"));
    }

    @Test
    void reportsMinutesNotPositive() {
        assertEquals(
                List.of(error(MODULE, 6, "'minutes' must be a positive whole number, not -5")),
                problems("minutes-not-positive"));
    }

    @Test
    void reportsQuestionWithoutCorrectOption() {
        assertEquals(
                List.of(error(
                        MODULE,
                        16,
                        "question 'vraag' has no correct option: list at least one option id" + " under 'correct'")),
                problems("no-correct-option"));
    }

    @Test
    void reportsCorrectAnswerThatIsNotAnOption() {
        assertEquals(
                List.of(error(
                        MODULE, 16, "correct option 'c' of question 'vraag' is not one of its options" + " (a, b)")),
                problems("correct-not-an-option"));
    }

    @Test
    void reportsSingleChoiceQuestionWithTwoCorrectOptions() {
        assertEquals(
                List.of(error(
                        MODULE,
                        16,
                        "question 'vraag' has 2 correct options but 'multiple' is false:"
                                + " set 'multiple: true' for \"select all that apply\" or keep one correct option")),
                problems("single-choice-with-two-correct"));
    }

    @Test
    void reportsMissingDutchFile() {
        assertEquals(
                List.of(error(
                        NL,
                        0,
                        "missing nl.yaml: Dutch (nl) is the source locale and every module needs" + " its texts")),
                problems("missing-nl-file"));
    }

    @Test
    void reportsMissingDutchTextAtNearestParent() {
        assertEquals(
                List.of(error(NL, 4, "missing Dutch (nl) text for lessons.eerste.body")), problems("missing-nl-text"));
    }

    @Test
    void warnsAboutMissingTranslation() {
        LoadResult result = ContentLoader.load(Fixtures.broken("missing-en-text"));
        assertFalse(result.hasErrors());
        assertEquals(8, result.warnings().size());
        assertEquals(
                warning(EN, 1, "missing English (en) text for lessons.eerste.body (the Dutch text is shown)"),
                result.warnings().get(2));
        TrainingModule module = result.content().module("basis").orElseThrow();
        assertEquals(new Translation("Basics", "en", false), module.title().in("en"));
        assertEquals(
                new Translation("Een korte module.", "nl", true),
                module.summary().in("en"));
    }

    @Test
    void requiresDutchFlyerAndWarnsAboutMissingTranslatedFlyer() {
        assertEquals(
                List.of(
                        warning(EN, 1, "missing English (en) text for flyer (the Dutch text is shown)"),
                        error(NL, 1, "missing Dutch (nl) text for flyer")),
                problems("missing-flyer"));
    }

    @Test
    void reportsLocaleFileOfUnknownLocale() {
        assertEquals(
                List.of(error(
                        "content/modules/basis/de.yaml",
                        0,
                        "unknown locale 'de': locale files are named"
                                + " nl.yaml, en.yaml, ar.yaml, tr.yaml, pl.yaml")),
                problems("unknown-locale-file"));
    }

    @Test
    void reportsLessonInLocaleFileThatModuleDoesNotHave() {
        assertEquals(
                List.of(error(NL, 8, "unknown lesson id 'tweede' (not in module.yaml)")),
                problems("unknown-lesson-in-locale"));
    }

    @Test
    void reportsOptionInLocaleFileThatQuestionDoesNotHave() {
        assertEquals(
                List.of(error(NL, 19, "unknown option id 'c' for question 'vraag' (not in module.yaml)")),
                problems("unknown-option-in-locale"));
    }

    @Test
    void reportsBrokenLessonLinksAtTheirOwnLine() {
        assertEquals(
                List.of(
                        error(
                                NL,
                                9,
                                "lesson link 'lesson:volgende' in lessons.eerste.body points to unknown lesson"
                                        + " 'volgende' in module 'basis'"),
                        error(
                                NL,
                                10,
                                "lesson link 'lesson:signalen-herkennen/school' in lessons.eerste.body points to"
                                        + " unknown module 'signalen-herkennen'")),
                problems("broken-lesson-link"));
    }

    @Test
    void warnsAboutUnknownKeyAndSuggestsTheKnownOne() {
        assertEquals(
                List.of(
                        error(MODULE, 9, "missing required field 'passThreshold' in check"),
                        warning(
                                MODULE,
                                10,
                                "unknown key 'passTreshold' in check is ignored (did you mean 'passThreshold'?)")),
                problems("unknown-key"));
    }

    @Test
    void reportsUnsafeLinkInLessonBody() {
        assertEquals(
                List.of(error(
                        NL,
                        8,
                        "link to 'javascript:alert(1)' in lessons.eerste.body is not allowed: use"
                                + " https:, http:, mailto: or lesson: links")),
                problems("unsafe-link"));
    }

    @Test
    void warnsAboutRawHtmlInLessonBody() {
        assertEquals(
                List.of(warning(
                        NL, 6, "raw HTML in lessons.eerste.body is left out when shown: write Markdown" + " instead")),
                problems("raw-html"));
    }

    @Test
    void reportsMalformedLessonLink() {
        assertEquals(
                List.of(error(
                        NL,
                        9,
                        "malformed lesson link 'lesson:a/b/c' in lessons.eerste.body: write"
                                + " lesson:<lesson> or lesson:<module>/<lesson>")),
                problems("malformed-lesson-link"));
    }

    @Test
    void reportsLocaleFileThatIsNotAMappingOnce() {
        assertEquals(
                List.of(error(NL, 1, "the file must hold fields (key: value), not a list ['title', 'summary']")),
                problems("locale-file-not-a-mapping"));
    }

    @Test
    void reportsMissingModulesFolder() {
        assertEquals(
                List.of(error(
                        "content/modules",
                        0,
                        "missing folder 'modules': the content root must hold a"
                                + " modules/ folder with one folder per module")),
                problems("missing-modules-folder"));
    }

    @Test
    void reportsAllProblemsInAllFilesAtOnce() {
        List<ContentProblem> errors =
                ContentLoader.load(Fixtures.broken("many-problems")).errors();
        assertEquals(
                List.of(
                        error(EN, 2, "'summary' must be text, not a list ['not', 'text']"),
                        error(MODULE, 6, "'minutes' must be a whole number, not 'twenty'"),
                        error(
                                MODULE,
                                16,
                                "question 'vraag' has no correct option: list at least one option id under"
                                        + " 'correct'"),
                        error(NL, 1, "missing Dutch (nl) text for summary"),
                        error(
                                NL,
                                6,
                                "lesson link 'lesson:nergens' in lessons.eerste.body points to unknown lesson 'nergens'"
                                        + " in module 'basis'")),
                errors);
    }
}
