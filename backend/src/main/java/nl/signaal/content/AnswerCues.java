package nl.signaal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Scene;

/**
 * Answer cues in authored content: whether a learner who always picks the longest option, or the one in the same
 * place, would pass without reading. Measured on the Dutch (source) texts, per set: a module's knowledge check, a
 * module's refresher bank, a case, a signal-pooling exercise (decision 0022).
 *
 * <p>An item has the <em>longest cue</em> when its correct options are all strictly longer than every wrong one (for
 * a case scene: the recommended choice is strictly the longest), and the <em>shortest cue</em> when they are all
 * strictly shorter. A set fails when more than {@link #LONGEST_LIMIT} of its items have either cue (sets of
 * {@link #MIN_ITEMS} items or more), or when more than {@link #POSITION_LIMIT} of its
 * single-answer items have the correct option in the same authored place (sets of {@link #MIN_POSITION_ITEMS} or
 * more). An item whose correct option is at least {@link #STRONG_RATIO} times as long as every other is a warning on
 * its own. True/false items have no option texts and are not measured.
 */
public final class AnswerCues {

    /** More than this share of a set's items with the longest cue (or with the shortest cue) fails the set. */
    public static final double LONGEST_LIMIT = 0.35;
    /** More than this share of a set's single-answer items with the correct option in one place fails the set. */
    public static final double POSITION_LIMIT = 0.5;
    /** A correct option this many times as long as the longest wrong one is a warning on its own. */
    public static final double STRONG_RATIO = 1.2;

    static final int MIN_ITEMS = 4;
    static final int MIN_POSITION_ITEMS = 6;

    private AnswerCues() {}

    /** One measured item: option lengths in authored order, and which of them are correct (0-based places). */
    public record Item(String id, List<Integer> lengths, Set<Integer> correct) {

        public boolean longest() {
            return minCorrect() > maxWrong();
        }

        /** The mirror image: a learner who learnt that right answers are long-winded may learn they are terse. */
        public boolean shortest() {
            return maxCorrect() < minWrong();
        }

        public int maxCorrect() {
            return correct.stream().mapToInt(lengths::get).max().orElse(0);
        }

        public int minWrong() {
            int min = Integer.MAX_VALUE;
            for (int i = 0; i < lengths.size(); i++) {
                if (!correct.contains(i)) {
                    min = Math.min(min, lengths.get(i));
                }
            }
            return min;
        }

        public boolean strong() {
            return longest() && minCorrect() >= STRONG_RATIO * maxWrong();
        }

        public int minCorrect() {
            return correct.stream().mapToInt(lengths::get).min().orElse(0);
        }

        public int maxWrong() {
            int max = 0;
            for (int i = 0; i < lengths.size(); i++) {
                if (!correct.contains(i)) {
                    max = Math.max(max, lengths.get(i));
                }
            }
            return max;
        }

        boolean measurable() {
            return lengths.size() >= 2 && !correct.isEmpty() && correct.size() < lengths.size();
        }
    }

    /** The figures of one set; file is the Dutch locale file the items' texts are in. */
    public record SetFigures(String kind, String id, Path file, String section, List<Item> items) {

        public int size() {
            return items.size();
        }

        public int longest() {
            return (int) items.stream().filter(Item::longest).count();
        }

        public int shortest() {
            return (int) items.stream().filter(Item::shortest).count();
        }

        /** Authored place (1-based) of the correct option, single-answer items only, to how many items have it there. */
        public Map<Integer, Integer> positions() {
            Map<Integer, Integer> positions = new TreeMap<>();
            items.stream()
                    .filter(item -> item.correct().size() == 1)
                    .forEach(item -> positions.merge(item.correct().iterator().next() + 1, 1, Integer::sum));
            return positions;
        }

        boolean longestFails() {
            return size() >= MIN_ITEMS && longest() > LONGEST_LIMIT * size();
        }

        boolean shortestFails() {
            return size() >= MIN_ITEMS && shortest() > LONGEST_LIMIT * size();
        }

        /** The place holding more than the limit of single-answer items, or 0. */
        int crowdedPosition() {
            int single =
                    positions().values().stream().mapToInt(Integer::intValue).sum();
            if (single < MIN_POSITION_ITEMS) {
                return 0;
            }
            return positions().entrySet().stream()
                    .filter(entry -> entry.getValue() > POSITION_LIMIT * single)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(0);
        }

        public boolean fails() {
            return longestFails() || shortestFails() || crowdedPosition() > 0;
        }

        public String name() {
            return kind + " " + id;
        }
    }

    /** Every set of the loaded content, in catalogue order; folder names as under the content root. */
    public static List<SetFigures> measure(Content content, Path contentRoot) {
        List<SetFigures> sets = new ArrayList<>();
        for (TrainingModule module : content.modules()) {
            List<Item> items = new ArrayList<>();
            for (Question question : module.check().questions()) {
                List<String> ids = question.options().stream().map(Option::id).toList();
                items.add(item(
                        question.id(),
                        question.options().stream().map(o -> length(o.text())).toList(),
                        ids,
                        question.correct()));
            }
            sets.add(figures(
                    "module check", module.id(), contentRoot.resolve("modules/" + module.id()), "check", items));
        }
        Map<String, List<Item>> banks = new TreeMap<>();
        List<String> bankOrder = new ArrayList<>();
        for (RefresherItem refresher : content.refresherItems()) {
            if (refresher.options().isEmpty()) {
                continue; // true/false: no option texts to compare
            }
            if (!banks.containsKey(refresher.moduleId())) {
                bankOrder.add(refresher.moduleId());
            }
            banks.computeIfAbsent(refresher.moduleId(), id -> new ArrayList<>())
                    .add(item(
                            refresher.id(),
                            refresher.options().stream()
                                    .map(o -> length(refresher.optionTexts().get(o)))
                                    .toList(),
                            refresher.options(),
                            Set.copyOf(refresher.correct())));
        }
        for (String moduleId : bankOrder) {
            sets.add(figures(
                    "refresher bank",
                    moduleId,
                    contentRoot.resolve("refreshers/" + moduleId),
                    "items",
                    banks.get(moduleId)));
        }
        for (Scenario scenario : content.scenarios()) {
            List<Item> items = new ArrayList<>();
            scenario.definition().nodes().forEach((nodeId, node) -> {
                if (node instanceof Scene scene && scene.choices().size() >= 2) {
                    List<String> ids = scene.choices().stream().map(Choice::id).toList();
                    Set<String> recommended = Set.copyOf(scene.choices().stream()
                            .filter(Choice::recommended)
                            .map(Choice::id)
                            .toList());
                    if (!recommended.isEmpty()) {
                        items.add(item(
                                nodeId,
                                ids.stream()
                                        .map(id -> length(scenario.choiceText().get(nodeId + "/" + id)))
                                        .toList(),
                                ids,
                                recommended));
                    }
                }
            });
            sets.add(figures("case", scenario.id(), contentRoot.resolve("scenarios/" + scenario.id()), "nodes", items));
        }
        for (PoolingExercise exercise : content.poolingExercises()) {
            List<Item> items = new ArrayList<>();
            for (PoolingExercise.PoolingQuestion question : exercise.questions()) {
                List<String> ids = question.options().stream()
                        .map(PoolingExercise.PoolingOption::id)
                        .toList();
                items.add(item(
                        question.id(),
                        question.options().stream().map(o -> length(o.text())).toList(),
                        ids,
                        Set.of(question.correct())));
            }
            sets.add(figures(
                    "pooling exercise",
                    exercise.id(),
                    contentRoot.resolve("pooling/" + exercise.id()),
                    "questions",
                    items));
        }
        return sets;
    }

    /** Errors for failing sets and warnings for strong single cues, at the Dutch file (and the item's line). */
    public static List<ContentProblem> problems(List<SetFigures> sets, Path contentRoot) {
        Problems problems = new Problems(contentRoot);
        for (SetFigures set : sets) {
            if (set.longestFails()) {
                problems.error(
                        set.file(),
                        0,
                        String.format(
                                Locale.ROOT,
                                "answer cue: in %d of %d items of this %s the right answer is the longest option"
                                        + " (%d%%, the limit is %d%%): make wrong options as long as right ones",
                                set.longest(),
                                set.size(),
                                set.kind(),
                                percent(set.longest(), set.size()),
                                Math.round(LONGEST_LIMIT * 100)));
            }
            if (set.shortestFails()) {
                problems.error(
                        set.file(),
                        0,
                        String.format(
                                Locale.ROOT,
                                "answer cue: in %d of %d items of this %s the right answer is the shortest option"
                                        + " (%d%%, the limit is %d%%): vary which option is longest and shortest",
                                set.shortest(),
                                set.size(),
                                set.kind(),
                                percent(set.shortest(), set.size()),
                                Math.round(LONGEST_LIMIT * 100)));
            }
            int crowded = set.crowdedPosition();
            if (crowded > 0) {
                int single = set.positions().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                problems.error(
                        set.file(),
                        0,
                        String.format(
                                Locale.ROOT,
                                "answer cue: in %d of %d single-answer items of this %s the right answer is option %d"
                                        + " (more than %d%%): vary where the right answer stands",
                                set.positions().get(crowded),
                                single,
                                set.kind(),
                                crowded,
                                Math.round(POSITION_LIMIT * 100)));
            }
            List<String> lines = lines(set.file());
            for (Item item : set.items()) {
                if (item.strong()) {
                    problems.warning(
                            set.file(),
                            lineOf(lines, set.section(), item.id()),
                            String.format(
                                    Locale.ROOT,
                                    "answer cue in '%s': the right answer is much longer than the others"
                                            + " (%d against at most %d characters)",
                                    item.id(),
                                    item.minCorrect(),
                                    item.maxWrong()));
                }
            }
        }
        return problems.sorted();
    }

    /** The table validate-content prints. */
    public static String table(List<SetFigures> sets) {
        StringBuilder out = new StringBuilder();
        out.append("Answer cues (Dutch texts; longest/shortest = the right answer is the longest/shortest option;"
                + " places = where the right answer stands, single-answer items):\n");
        int width = sets.stream().mapToInt(set -> set.name().length()).max().orElse(10);
        for (SetFigures set : sets) {
            if (set.size() == 0) {
                continue;
            }
            out.append(String.format(
                    Locale.ROOT,
                    "%-" + width + "s  %3d items  longest %2d (%3d%%)  shortest %2d (%3d%%)  places %s%s%n",
                    set.name(),
                    set.size(),
                    set.longest(),
                    percent(set.longest(), set.size()),
                    set.shortest(),
                    percent(set.shortest(), set.size()),
                    set.positions(),
                    set.fails() ? "  FAILS" : ""));
        }
        return out.toString();
    }

    private static Item item(String id, List<Integer> lengths, List<String> optionIds, Set<String> correct) {
        Set<Integer> places = new java.util.LinkedHashSet<>();
        for (int i = 0; i < optionIds.size(); i++) {
            if (correct.contains(optionIds.get(i))) {
                places.add(i);
            }
        }
        return new Item(id, List.copyOf(lengths), Set.copyOf(places));
    }

    private static SetFigures figures(String kind, String id, Path folder, String section, List<Item> items) {
        return new SetFigures(
                kind,
                id,
                folder.resolve("nl.yaml"),
                section,
                items.stream().filter(Item::measurable).toList());
    }

    private static int length(Localized text) {
        if (text == null) {
            return 0;
        }
        String dutch = text.byLocale().getOrDefault(SupportedLocales.SOURCE, "").strip();
        return dutch.codePointCount(0, dutch.length());
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The line of "<id>:" after the section's key ("check:", "items:", ...), or 0 when not found. */
    private static int lineOf(List<String> lines, String section, String id) {
        Pattern sectionKey = Pattern.compile("^\\s*" + Pattern.quote(section) + ":\\s*$");
        Pattern key = Pattern.compile("^\\s+[\"']?" + Pattern.quote(id) + "[\"']?:\\s*$");
        boolean inSection = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!inSection && sectionKey.matcher(lines.get(i)).matches()) {
                inSection = true;
            } else if (inSection && key.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }
}
