package nl.signaal.content;

import static nl.signaal.content.Fixtures.error;
import static nl.signaal.content.Fixtures.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One broken refresher bank per rule, under content-fixtures/broken-refreshers/&lt;case&gt;: module basis (competency
 * signal-recognition) and content/refreshers/basis with a single-choice item een-keuze and a true-false item
 * waar-of-niet, each case breaking one thing.
 */
class RefresherValidationTest {

    private static final String ITEMS = "content/refreshers/basis/items.yaml";
    private static final String NL = "content/refreshers/basis/nl.yaml";

    private static LoadResult load(String fixture) {
        return ContentLoader.load(Fixtures.brokenRefreshers(fixture));
    }

    private static List<ContentProblem> problems(String fixture) {
        return load(fixture).problems();
    }

    @Test
    void reportsFolderThatIsNotAModule() {
        assertEquals(
                List.of(error(
                        "content/refreshers/basic/items.yaml",
                        1,
                        "unknown module 'basic' (did you mean"
                                + " 'basis'?): a refresher folder is named after the module its items test")),
                problems("folder-not-a-module"));
    }

    @Test
    void reportsModuleFieldNotMatchingFolder() {
        assertEquals(
                List.of(error(ITEMS, 1, "module 'andere' does not match its folder name 'basis'")),
                problems("module-not-folder-name"));
    }

    @Test
    void reportsItemIdUsedInAnotherModuleFolder() {
        assertEquals(
                List.of(
                        error(
                                "content/refreshers/tweede/items.yaml",
                                3,
                                "duplicate item id 'een-keuze' (first in"
                                        + " content/refreshers/basis/items.yaml:3): item ids are unique across the whole refresher bank")),
                problems("duplicate-item-id"));
    }

    @Test
    void reportsUnknownCompetencyWithSuggestion() {
        assertEquals(
                List.of(error(
                        ITEMS,
                        4,
                        "unknown competency 'signal-recogniton' (did you mean"
                                + " 'signal-recognition'?) in item 'een-keuze'")),
                problems("unknown-competency"));
    }

    @Test
    void reportsCompetencyThatTheModuleDoesNotTrain() {
        assertEquals(
                List.of(error(
                        ITEMS,
                        4,
                        "competency 'safety' of item 'een-keuze' is not one of the module's"
                                + " competencies (signal-recognition)")),
                problems("competency-not-in-module"));
    }

    @Test
    void reportsUnknownType() {
        assertEquals(
                List.of(error(
                        ITEMS,
                        5,
                        "unknown type 'open' (known: single, multiple, true-false, vignette)"
                                + " in item 'een-keuze'")),
                problems("unknown-type"));
    }

    @Test
    void reportsSingleChoiceItemWithTwoCorrectOptions() {
        assertEquals(
                List.of(error(
                        ITEMS,
                        7,
                        "item 'een-keuze' of type single must have exactly one correct option,"
                                + " has 2 (use type multiple for \"select all that apply\")")),
                problems("single-with-two-correct"));
    }

    @Test
    void reportsMultipleChoiceItemWithoutCorrectOption() {
        assertEquals(
                List.of(error(
                        ITEMS,
                        7,
                        "item 'een-keuze' has no correct option: list at least one option id" + " under 'correct'")),
                problems("multiple-without-correct"));
    }

    @Test
    void reportsCorrectAnswerThatIsNotAnOption() {
        assertEquals(
                List.of(error(
                        ITEMS, 7, "correct option 'c' of item 'een-keuze' is not one of its options" + " (a, b)")),
                problems("correct-not-an-option"));
    }

    @Test
    void reportsMoreThanFiveOptions() {
        assertEquals(
                List.of(error(ITEMS, 6, "item 'een-keuze' needs 2 to 5 options, has 6")), problems("too-many-options"));
    }

    @Test
    void reportsTrueFalseItemWithOptions() {
        assertEquals(
                List.of(error(
                        ITEMS, 11, "item 'waar-of-niet' is true-false and has no options: leave out" + " 'options'")),
                problems("true-false-with-options"));
    }

    @Test
    void reportsTrueFalseItemWhoseAnswerIsNotTrueOrFalse() {
        assertEquals(
                List.of(error(
                        ITEMS,
                        11,
                        "item 'waar-of-niet' is true-false: 'correct' must be [true] or" + " [false], not [ja]")),
                problems("true-false-correct-not-boolean"));
    }

    @Test
    void requiresDutchVignetteForVignetteItem() {
        assertEquals(
                List.of(error(NL, 2, "missing Dutch (nl) text for items.een-keuze.vignette")),
                problems("vignette-without-vignette-text"));
    }

    @Test
    void reportsMissingDutchTextAtItsItem() {
        assertEquals(
                List.of(error(NL, 2, "missing Dutch (nl) text for items.een-keuze.explanation")),
                problems("missing-nl-text"));
    }

    @Test
    void warnsAboutMissingTranslationAndStillLoadsTheItems() {
        LoadResult result = load("missing-en-text");
        assertEquals(
                List.of(warning(
                        "content/refreshers/basis/en.yaml",
                        4,
                        "missing English (en) text for" + " items.een-keuze.options.b (the Dutch text is shown)")),
                result.problems());
        RefresherItem item = result.content().refresherItems().get(0);
        assertEquals(
                new Translation("B", "nl", true), item.optionTexts().get("b").in("en"));
        assertEquals(new Translation("Which?", "en", false), item.prompt().in("en"));
    }

    @Test
    void reportsLocaleFileOfUnknownLocale() {
        assertEquals(
                List.of(error(
                        "content/refreshers/basis/de.yaml",
                        0,
                        "unknown locale 'de': locale files are"
                                + " named nl.yaml, en.yaml, ar.yaml, tr.yaml, pl.yaml")),
                problems("unknown-locale-file"));
    }

    @Test
    void warnsAboutUnknownKeysInItemsAndTexts() {
        assertEquals(
                List.of(
                        warning(
                                ITEMS,
                                12,
                                "unknown key 'competence' in item 'waar-of-niet' is ignored (did you mean"
                                        + " 'competency'?)"),
                        warning(
                                NL,
                                11,
                                "unknown key 'vignette' in items.waar-of-niet is ignored (expected prompt,"
                                        + " explanation)")),
                problems("unknown-key"));
    }

    @Test
    void reportsItemInLocaleFileThatItemsYamlDoesNotHave() {
        assertEquals(
                List.of(error(NL, 11, "unknown item id 'bestaat-niet' (not in items.yaml)")),
                problems("unknown-item-in-locale"));
    }

    @Test
    void reportsOptionInLocaleFileThatTheItemDoesNotHave() {
        assertEquals(
                List.of(error(NL, 7, "unknown option id 'z' for item 'een-keuze' (not in items.yaml)")),
                problems("unknown-option-in-locale"));
    }

    @Test
    void reportsMissingDutchFile() {
        assertEquals(
                List.of(error(
                        NL,
                        0,
                        "missing nl.yaml: Dutch (nl) is the source locale and every refresher"
                                + " folder needs its texts")),
                problems("missing-nl-file"));
    }

    @Test
    void reportsMissingItemsFile() {
        assertEquals(
                List.of(error(ITEMS, 0, "missing items.yaml: every refresher folder needs one")),
                problems("missing-items-file"));
    }

    @Test
    void loadsNoItemsOfAFolderWithErrors() {
        assertEquals(List.of(), load("unknown-type").content().refresherItems());
    }
}
