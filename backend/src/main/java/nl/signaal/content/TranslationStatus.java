package nl.signaal.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How much of the Dutch text of loaded content exists in each locale, per kind of content: every text field with a
 * Dutch text counts once (a title, a lesson body, an option's feedback, ...), and a locale has it when its own
 * file gives that text. Content that failed to load is not counted.
 */
final class TranslationStatus {

    /** The kinds of content, as the table's columns. */
    enum Kind {
        MODULES("modules"),
        SCENARIOS("scenarios"),
        REFRESHERS("refresher items"),
        POOLING("pooling exercises"),
        GLOSSARY("glossary");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** present of total Dutch texts; the percentage is rounded down, so 100% only when nothing is missing. */
    record Count(int present, int total) {

        int percent() {
            return total == 0 ? 100 : (int) (100L * present / total);
        }

        /** "240/498 (48%)", or "-" when there is no content of the kind. */
        String format() {
            return total == 0 ? "-" : present + "/" + total + " (" + percent() + "%)";
        }
    }

    private final Map<Kind, Integer> units;
    private final Map<String, Map<Kind, Count>> byLocale;

    private TranslationStatus(Map<Kind, Integer> units, Map<String, Map<Kind, Count>> byLocale) {
        this.units = units;
        this.byLocale = byLocale;
    }

    static TranslationStatus of(Content content) {
        Map<Kind, List<Localized>> texts = new LinkedHashMap<>();
        texts.put(
                Kind.MODULES,
                content.modules().stream().flatMap(TranslationStatus::texts).toList());
        texts.put(
                Kind.SCENARIOS,
                content.scenarios().stream().flatMap(TranslationStatus::texts).toList());
        texts.put(
                Kind.REFRESHERS,
                content.refresherItems().stream()
                        .flatMap(TranslationStatus::texts)
                        .toList());
        texts.put(
                Kind.POOLING,
                content.poolingExercises().stream()
                        .flatMap(TranslationStatus::texts)
                        .toList());
        texts.put(
                Kind.GLOSSARY,
                content.glossary().terms().stream()
                        .flatMap(term -> Stream.of(term.term(), term.definition()))
                        .toList());
        Map<Kind, Integer> units = Map.of(
                Kind.MODULES,
                content.modules().size(),
                Kind.SCENARIOS,
                content.scenarios().size(),
                Kind.REFRESHERS,
                content.refresherItems().size(),
                Kind.POOLING,
                content.poolingExercises().size(),
                Kind.GLOSSARY,
                content.glossary().terms().size());
        Map<String, Map<Kind, Count>> byLocale = new LinkedHashMap<>();
        for (String locale : SupportedLocales.ALL) {
            Map<Kind, Count> counts = new LinkedHashMap<>();
            texts.forEach((kind, localized) -> {
                List<Localized> dutch = localized.stream()
                        .filter(text -> text.byLocale().containsKey(SupportedLocales.SOURCE))
                        .toList();
                int present = (int) dutch.stream()
                        .filter(text -> text.byLocale().containsKey(locale))
                        .count();
                counts.put(kind, new Count(present, dutch.size()));
            });
            byLocale.put(locale, counts);
        }
        return new TranslationStatus(units, byLocale);
    }

    Count count(String locale, Kind kind) {
        return byLocale.get(locale).get(kind);
    }

    /** The table validate-content prints, columns aligned. */
    String table() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("locale"));
        Stream.of(Kind.values()).forEach(kind -> header.add(kind.label));
        rows.add(header);
        byLocale.forEach((locale, counts) -> {
            List<String> row = new ArrayList<>(List.of(locale));
            counts.values().forEach(count -> row.add(count.format()));
            rows.add(row);
        });
        int[] widths = new int[header.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder table = new StringBuilder("Translations (texts present / Dutch texts):\n");
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", row.get(i)));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    /** docs/content-status.md: the same table as a page, generated so it stays true. */
    String markdown() {
        StringBuilder page = new StringBuilder("""
                # Content status

                How much of Signaal's training content exists in each language. This page is generated from
                `content/`: after changing content, run

                    java -jar backend/target/signaal.jar validate-content --status docs/content-status.md content

                A test (`ContentStatusPageTest`) fails when this page no longer matches the content.

                Each cell counts the texts that exist in that language out of the Dutch (source) texts of that kind
                of content. One text is one field a learner reads: for **modules** the title, summary, flyer, each
                lesson's title and body, each question's prompt and each option's text and feedback; for
                **scenarios** the title, summary, character names, settings, each node's text, each choice's text
                and feedback, each ending's debrief and each scene's discussion prompt for live sessions (where
                written); for **refresher items** the vignette (vignette items only), prompt, each option's text
                and the explanation; for **pooling exercises** the title, summary, intro, each fragment's holder
                and text, each question's prompt, option texts and explanation; for the **glossary** each term's
                word and definition. Percentages are rounded down, so 100% means complete. Where a text is missing,
                learners see the Dutch text, marked as untranslated.

                """);
        page.append("Counted: ")
                .append(units.get(Kind.MODULES))
                .append(" modules, ")
                .append(units.get(Kind.SCENARIOS))
                .append(" scenarios, ")
                .append(units.get(Kind.REFRESHERS))
                .append(" refresher items, ")
                .append(units.get(Kind.POOLING))
                .append(" pooling exercises, ")
                .append(units.get(Kind.GLOSSARY))
                .append(" glossary terms.\n\n");
        page.append("| locale |");
        Stream.of(Kind.values())
                .forEach(kind -> page.append(' ').append(kind.label).append(" |"));
        page.append("\n|---|");
        Stream.of(Kind.values()).forEach(kind -> page.append("---:|"));
        page.append('\n');
        byLocale.forEach((locale, counts) -> {
            page.append("| ").append(SupportedLocales.name(locale)).append(" |");
            counts.values()
                    .forEach(count -> page.append(' ').append(count.format()).append(" |"));
            page.append('\n');
        });
        return page.toString();
    }

    private static Stream<Localized> texts(TrainingModule module) {
        return Stream.of(
                        Stream.of(module.title(), module.summary(), module.flyer()),
                        module.lessons().stream().flatMap(lesson -> Stream.of(lesson.title(), lesson.html())),
                        module.check().questions().stream()
                                .flatMap(question -> Stream.concat(
                                        Stream.of(question.prompt()),
                                        question.options().stream()
                                                .flatMap(option -> Stream.of(option.text(), option.feedback())))))
                .flatMap(s -> s);
    }

    private static Stream<Localized> texts(Scenario scenario) {
        return Stream.of(
                        Stream.of(scenario.title(), scenario.summary()),
                        scenario.characters().values().stream(),
                        scenario.settings().values().stream(),
                        scenario.nodeHtml().values().stream(),
                        scenario.debriefHtml().values().stream(),
                        scenario.choiceText().values().stream(),
                        scenario.choiceFeedback().values().stream(),
                        scenario.discussionHtml().values().stream())
                .flatMap(s -> s);
    }

    private static Stream<Localized> texts(PoolingExercise exercise) {
        return Stream.of(
                        Stream.of(exercise.title(), exercise.summary(), exercise.introHtml()),
                        exercise.fragments().stream()
                                .flatMap(fragment -> Stream.of(fragment.holder(), fragment.html())),
                        exercise.questions().stream()
                                .flatMap(question -> Stream.of(
                                                Stream.of(question.html()),
                                                question.options().stream().map(PoolingExercise.PoolingOption::text),
                                                Stream.of(question.explanationHtml()))
                                        .flatMap(s -> s)))
                .flatMap(s -> s);
    }

    private static Stream<Localized> texts(RefresherItem item) {
        return Stream.of(
                        Stream.of(item.vignette(), item.prompt()),
                        item.optionTexts().values().stream(),
                        Stream.of(item.explanation()))
                .flatMap(s -> s);
    }
}
