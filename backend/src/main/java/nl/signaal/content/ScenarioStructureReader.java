package nl.signaal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Condition;
import nl.signaal.simulation.engine.Effect;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.ExpressionException;
import nl.signaal.simulation.engine.Expressions;
import nl.signaal.simulation.engine.LessonRef;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Outcome;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.Scene;
import nl.signaal.simulation.engine.VariableDeclaration;
import nl.signaal.simulation.engine.VariableType;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads and checks scenario.yaml into the engine's {@link ScenarioDefinition}, remembering lines for later checks. */
final class ScenarioStructureReader {

    private static final List<String> SCENARIO_KEYS = List.of(
            "id",
            "version",
            "order",
            "targetGroups",
            "competencies",
            "minutes",
            "variables",
            "start",
            "readAgain",
            "nodes");
    private static final List<String> SCENE_KEYS = List.of("speaker", "setting", "choices", "practice");
    private static final List<String> CHOICE_KEYS = List.of("id", "to", "if", "effects", "points", "recommended");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<String> RESERVED = List.of("and", "or", "not", "true", "false");

    private final Path path;
    private final Problems problems;
    private final Content modules;
    private boolean graphSound = true;
    private final Map<String, Integer> nodeLines = new LinkedHashMap<>();
    private final Map<String, Integer> choiceLines = new LinkedHashMap<>();
    private final Map<String, Integer> conditionLines = new LinkedHashMap<>();
    private final Map<String, Integer> targetLines = new HashMap<>();
    private final Map<String, String> practice = new LinkedHashMap<>();
    private final List<String> characters = new ArrayList<>();
    private final List<String> settings = new ArrayList<>();

    private ScenarioStructureReader(Path path, Problems problems, Content modules) {
        this.path = path;
        this.problems = problems;
        this.modules = modules;
    }

    /** Empty when the file does not hold a mapping (reported); otherwise read as far as it goes. */
    static Optional<ScenarioStructure> read(YamlFile file, String folderName, Content modules, Problems problems) {
        if (file.root().isEmpty()) {
            problems.error(file.path(), 0, "scenario.yaml is empty");
            return Optional.empty();
        }
        ScenarioStructureReader reader = new ScenarioStructureReader(file.path(), problems, modules);
        return YamlMap.root(file, problems).map(root -> reader.read(root, folderName));
    }

    private ScenarioStructure read(YamlMap root, String folderName) {
        root.warnUnknownKeys(SCENARIO_KEYS);
        CatalogueHeader header = CatalogueHeader.read(root, "scenario", folderName, problems);
        List<String> competencies = header.competencies();
        List<VariableDeclaration> variables = variables(root);
        Map<String, Node> nodes = nodes(root, variables, competencies);
        checkTargets(nodes);
        Optional<Located<String>> start = root.text("start", true);
        if (start.isEmpty()) {
            graphSound = false;
        } else if (!nodes.containsKey(start.get().value())) {
            problems.error(
                    path,
                    start.get().line(),
                    unknownNode(
                            "start node '" + start.get().value() + "' does not exist",
                            start.get().value(),
                            nodes));
            graphSound = false;
        }
        Map<String, List<LessonRef>> readAgain = readAgain(root, competencies);
        ScenarioDefinition definition = new ScenarioDefinition(
                header.id().value(),
                header.version(),
                header.order(),
                header.targetGroups(),
                competencies,
                header.minutes(),
                variables,
                start.map(Located::value).orElse(""),
                nodes,
                readAgain);
        return new ScenarioStructure(
                path,
                definition,
                graphSound,
                Map.copyOf(nodeLines),
                Map.copyOf(choiceLines),
                Map.copyOf(conditionLines),
                List.copyOf(characters),
                List.copyOf(settings),
                practice);
    }

    private List<VariableDeclaration> variables(YamlMap root) {
        List<VariableDeclaration> variables = new ArrayList<>();
        Optional<YamlMap> map = root.map("variables", false, " in variables");
        for (String name : map.map(YamlMap::keys).orElse(List.of())) {
            int line = map.get().lineOf(name);
            if (!VARIABLE_NAME.matcher(name).matches()) {
                problems.error(
                        path,
                        line,
                        "variable name '" + name + "' must start with a lowercase letter and use"
                                + " only lowercase letters, digits and underscores (e.g. 'signals_noted')");
            } else if (RESERVED.contains(name)) {
                problems.error(
                        path,
                        line,
                        "variable name '" + name + "' is a word of the expression language;" + " choose another name");
            }
            String where = " in variable '" + name + "'";
            Optional<YamlMap> declaration = map.get().map(name, true, where);
            Optional<VariableDeclaration> read = declaration.flatMap(d -> variable(d, name, where));
            read.ifPresent(variables::add);
            graphSound &= read.isPresent();
        }
        return variables;
    }

    private Optional<VariableDeclaration> variable(YamlMap declaration, String name, String where) {
        Optional<Located<String>> type = declaration.text("type", true);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (type.get().value().equals("flag")) {
            declaration.warnUnknownKeys(List.of("type", "initial"));
            if (declaration.node("initial").isEmpty()) {
                problems.error(path, declaration.lineOf("initial"), "missing required field 'initial'" + where);
                return Optional.empty();
            }
            return declaration.bool("initial").map(initial -> VariableDeclaration.flag(name, initial));
        }
        if (!type.get().value().equals("int")) {
            problems.error(
                    path,
                    type.get().line(),
                    "'type'" + where + " must be int or flag, not '"
                            + type.get().value() + "'");
            return Optional.empty();
        }
        declaration.warnUnknownKeys(List.of("type", "initial", "min", "max"));
        Optional<Located<Integer>> initial = declaration.integer("initial");
        Optional<Located<Integer>> min = declaration.integer("min");
        Optional<Located<Integer>> max = declaration.integer("max");
        if (initial.isEmpty() || min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get().value() > max.get().value()) {
            problems.error(
                    path,
                    min.get().line(),
                    "min " + min.get().value() + " of variable '" + name + "' is above its max "
                            + max.get().value());
            return Optional.empty();
        }
        if (initial.get().value() < min.get().value()
                || initial.get().value() > max.get().value()) {
            problems.error(
                    path,
                    initial.get().line(),
                    "initial value " + initial.get().value() + " of variable '" + name + "' is outside its range ["
                            + min.get().value() + ", " + max.get().value() + "]");
        }
        return Optional.of(new VariableDeclaration(
                name,
                VariableType.INT,
                initial.get().value(),
                min.get().value(),
                max.get().value()));
    }

    private Map<String, Node> nodes(YamlMap root, List<VariableDeclaration> variables, List<String> competencies) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Optional<YamlMap> map = root.map("nodes", true, " in nodes");
        if (map.isEmpty()) {
            graphSound = false;
            return nodes;
        }
        for (String id : map.get().keys()) {
            nodeLines.put(id, map.get().lineOf(id));
            if (!Ids.isValid(id)) {
                problems.error(path, map.get().lineOf(id), Ids.formatMessage("node", id));
            }
            Optional<YamlMap> node = map.get().map(id, true, " in node '" + id + "'");
            if (node.isEmpty()) {
                graphSound = false;
            } else if (node.get().keys().contains("ending")) {
                nodes.put(id, ending(node.get(), id));
            } else {
                nodes.put(id, scene(node.get(), id, variables, competencies));
            }
        }
        if (map.get().keys().isEmpty()) {
            problems.error(path, root.lineOf("nodes"), "'nodes' must hold at least one node");
        }
        return nodes;
    }

    private Ending ending(YamlMap node, String id) {
        if (node.keys().contains("practice")) {
            problems.error(
                    path,
                    node.lineOf("practice"),
                    "'practice' in node '" + id + "' marks a decision point,"
                            + " but an ending has no choices: mark a scene instead");
        }
        if (node.keys().contains("choices")) {
            problems.error(
                    path,
                    node.lineOf("choices"),
                    "node '" + id + "' has both 'ending' and 'choices':" + " a node is a scene or an ending, not both");
        }
        node.warnUnknownKeys(List.of("ending", "choices", "practice"));
        Optional<Located<String>> outcome = node.text("ending", true);
        List<String> outcomes = List.of("good", "partial", "poor");
        if (outcome.isPresent() && outcomes.contains(outcome.get().value())) {
            return new Ending(id, Outcome.valueOf(outcome.get().value().toUpperCase(Locale.ROOT)));
        }
        outcome.ifPresent(o -> problems.error(
                path,
                o.line(),
                "'ending' in node '" + id + "' must be good, partial or poor, not '" + o.value() + "'"));
        return new Ending(id, Outcome.POOR);
    }

    private Scene scene(YamlMap node, String id, List<VariableDeclaration> variables, List<String> competencies) {
        node.warnUnknownKeys(SCENE_KEYS);
        String speaker = name(node, "speaker", "character", characters);
        String setting = name(node, "setting", "setting", settings);
        boolean noChoices = node.node("choices").isEmpty()
                || node.node("choices").get() instanceof SequenceNode sequence
                        && sequence.getValue().isEmpty();
        if (noChoices) {
            problems.error(
                    path,
                    node.line(),
                    "scene '" + id + "' has no choices: give it at least one, or make it"
                            + " an ending with 'ending: good', 'partial' or 'poor'");
            graphSound = false;
        }
        List<org.snakeyaml.engine.v2.nodes.Node> items =
                node.list("choices", false).orElse(List.of());
        List<Choice> choices = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String firstRecommended = null;
        for (int i = 0; i < items.size(); i++) {
            org.snakeyaml.engine.v2.nodes.Node item = items.get(i);
            String what = "choice " + (i + 1) + " in scene '" + id + "'";
            Optional<YamlMap> map = node.mapping(item, YamlFile.line(item), what, " in " + what);
            Optional<Located<String>> choiceId = map.flatMap(m -> m.text("id", true));
            if (choiceId.isEmpty()) {
                graphSound = false;
                continue;
            }
            String cid = choiceId.get().value();
            if (!Ids.isValid(cid)) {
                problems.error(path, choiceId.get().line(), Ids.formatMessage("choice", cid));
            }
            if (seen.containsKey(cid)) {
                problems.error(
                        path,
                        choiceId.get().line(),
                        "duplicate choice id '" + cid + "' in scene '" + id + "' (first on line " + seen.get(cid)
                                + ")");
                continue;
            }
            seen.put(cid, choiceId.get().line());
            choiceLines.put(id + "/" + cid, choiceId.get().line());
            Choice choice = choice(
                    map.get().in(" in choice '" + cid + "' of scene '" + id + "'"), id, cid, variables, competencies);
            if (choice.recommended()) {
                if (firstRecommended == null) {
                    firstRecommended = cid;
                } else {
                    problems.error(
                            path,
                            map.get().lineOf("recommended"),
                            "scene '" + id + "' has more than one" + " recommended choice ('" + firstRecommended
                                    + "' and '" + cid + "'): recommend one");
                }
            }
            choices.add(choice);
        }
        if (firstRecommended == null && !noChoices) {
            problems.warning(
                    path,
                    node.line(),
                    "scene '" + id + "' has no recommended choice: the debrief's" + " recommended path stops there");
        }
        Scene scene = new Scene(id, speaker, setting, choices);
        node.text("practice", false).ifPresent(marker -> practice(scene, marker, competencies));
        return scene;
    }

    /**
     * A scene marked {@code practice: <competency>} is also asked on its own in micro-refreshers (decision 0006):
     * it needs two or more choices, none hidden by a condition (out of the case every choice is shown), and a
     * recommended choice that scores more points for that competency than every other choice.
     */
    private void practice(Scene scene, Located<String> marker, List<String> competencies) {
        String competency = marker.value();
        String where = " in 'practice' of scene '" + scene.id() + "'";
        if (!checkCompetency(competency, marker.line(), where, competencies)) {
            return;
        }
        String marked = "scene '" + scene.id() + "' is marked for practice";
        if (scene.choices().size() < 2) {
            problems.error(path, marker.line(), marked + " but has fewer than two choices");
            return;
        }
        for (Choice choice : scene.choices()) {
            if (choice.condition() != Condition.ALWAYS) {
                problems.error(
                        path,
                        marker.line(),
                        marked + " but choice '" + choice.id() + "' has a condition"
                                + " ('if'): a practice decision shows every choice out of the case, so none may depend on"
                                + " the run so far");
                return;
            }
        }
        Optional<Choice> recommended = scene.recommended();
        if (recommended.isEmpty()) {
            problems.error(
                    path,
                    marker.line(),
                    marked + " but has no recommended choice: practice needs a better" + " choice to compare with");
            return;
        }
        int best = recommended.get().points().getOrDefault(competency, 0);
        for (Choice choice : scene.choices()) {
            if (choice != recommended.get() && choice.points().getOrDefault(competency, 0) >= best) {
                problems.error(
                        path,
                        marker.line(),
                        marked + " for " + competency + " but its recommended choice '"
                                + recommended.get().id() + "' does not score more " + competency
                                + " points than choice '"
                                + choice.id() + "'");
                return;
            }
        }
        practice.put(scene.id(), competency);
    }

    /** An optional character or setting id; collected in first-use order for the locale files' texts. */
    private String name(YamlMap node, String key, String kind, List<String> used) {
        Optional<Located<String>> name = node.text(key, false);
        name.ifPresent(n -> {
            if (!Ids.isValid(n.value())) {
                problems.error(path, n.line(), Ids.formatMessage(kind, n.value()));
            }
            if (!used.contains(n.value())) {
                used.add(n.value());
            }
        });
        return name.map(Located::value).orElse(null);
    }

    private Choice choice(
            YamlMap map, String sceneId, String id, List<VariableDeclaration> variables, List<String> competencies) {
        map.warnUnknownKeys(CHOICE_KEYS);
        String key = sceneId + "/" + id;
        Optional<Located<String>> to = map.text("to", true);
        to.ifPresentOrElse(t -> targetLines.put(key, t.line()), () -> graphSound = false);
        map.node("if").ifPresent(node -> conditionLines.put(key, YamlFile.line(node)));
        Condition condition =
                expression(map, "if", Expressions::condition, variables).orElse(Condition.ALWAYS);
        List<Effect> effects =
                expression(map, "effects", Expressions::effects, variables).orElse(List.of());
        Map<String, Integer> points = new LinkedHashMap<>();
        Optional<YamlMap> pointsMap =
                map.map("points", false, " in points of choice '" + id + "' of scene '" + sceneId + "'");
        for (String competency : pointsMap.map(YamlMap::keys).orElse(List.of())) {
            int line = pointsMap.get().lineOf(competency);
            String where = " in points of choice '" + id + "' of scene '" + sceneId + "'";
            if (checkCompetency(competency, line, where, competencies)) {
                pointsMap.get().integer(competency).ifPresent(value -> points.put(competency, value.value()));
            }
        }
        boolean recommended = map.bool("recommended").orElse(false);
        return new Choice(id, to.map(Located::value).orElse(""), condition, effects, points, recommended);
    }

    private interface ExpressionParser<T> {
        T parse(String source, List<VariableDeclaration> variables) throws ExpressionException;
    }

    /** A condition or effects; a problem is reported at the column in the file where it is. */
    private <T> Optional<T> expression(
            YamlMap map, String key, ExpressionParser<T> parser, List<VariableDeclaration> variables) {
        Optional<Located<String>> source = map.text(key, false);
        if (source.isEmpty()) {
            graphSound &= map.node(key).isEmpty(); // a list or mapping here is reported as a wrong type
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(source.get().value(), variables));
        } catch (ExpressionException e) {
            List<String> names =
                    variables.stream().map(VariableDeclaration::name).toList();
            String hint = e.unknownVariable()
                    .map(name -> Suggestion.closest(name, names)
                            .map(s -> " (did you mean '" + s + "'?)")
                            .orElse(" (declare it under 'variables')"))
                    .orElse("");
            ScalarNode node = (ScalarNode) map.node(key).orElseThrow();
            problems.error(path, source.get().line(), column(node, e.column()), e.getMessage() + hint);
            graphSound = false;
            return Optional.empty();
        }
    }

    /**
     * The file column of a column within an expression: exact for a one-line plain or quoted value (assuming no
     * escapes in quotes); the start of the value for a block or multi-line value.
     */
    private static int column(ScalarNode node, int expressionColumn) {
        int start = node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(1);
        if (node.getValue().contains("\n")
                || node.getScalarStyle() == ScalarStyle.LITERAL
                || node.getScalarStyle() == ScalarStyle.FOLDED) {
            return start;
        }
        int quote = node.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1;
        return start + quote + expressionColumn - 1;
    }

    /** Reports a competency that is unknown or not one of the scenario's; true when it is fine. */
    private boolean checkCompetency(String competency, int line, String where, List<String> competencies) {
        if (!Competencies.ALL.contains(competency)) {
            problems.error(path, line, Suggestion.unknown("competency", competency, Competencies.ALL) + where);
            return false;
        }
        if (!competencies.contains(competency)) {
            problems.error(
                    path,
                    line,
                    "competency '" + competency + "'" + where + " is not one of the scenario's" + " competencies ("
                            + String.join(", ", competencies) + ")");
            return false;
        }
        return true;
    }

    private void checkTargets(Map<String, Node> nodes) {
        for (Node node : nodes.values()) {
            if (node instanceof Scene scene) {
                for (Choice choice : scene.choices()) {
                    Integer line = targetLines.get(scene.id() + "/" + choice.id());
                    if (line != null && !nodes.containsKey(choice.to())) {
                        problems.error(
                                path,
                                line,
                                unknownNode(
                                        "choice '" + choice.id() + "' in scene '" + scene.id()
                                                + "' goes to unknown node '" + choice.to() + "'",
                                        choice.to(),
                                        nodes));
                        graphSound = false;
                    }
                }
            }
        }
    }

    private static String unknownNode(String message, String id, Map<String, Node> nodes) {
        return message
                + Suggestion.closest(id, List.copyOf(nodes.keySet()))
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse("");
    }

    private Map<String, List<LessonRef>> readAgain(YamlMap root, List<String> competencies) {
        Map<String, List<LessonRef>> readAgain = new LinkedHashMap<>();
        Optional<YamlMap> map = root.map("readAgain", false, " in readAgain");
        for (String competency : map.map(YamlMap::keys).orElse(List.of())) {
            if (!checkCompetency(competency, map.get().lineOf(competency), " in readAgain", competencies)) {
                continue;
            }
            List<LessonRef> lessons = new ArrayList<>();
            for (Located<String> entry : map.get().textList(competency, true).orElse(List.of())) {
                lesson(entry, competency).ifPresent(lessons::add);
            }
            readAgain.put(competency, lessons);
        }
        return readAgain;
    }

    private Optional<LessonRef> lesson(Located<String> entry, String competency) {
        String where = "readAgain entry '" + entry.value() + "' for " + competency;
        String[] parts = entry.value().split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            problems.error(
                    path,
                    entry.line(),
                    where + " must be <module>/<lesson>, e.g." + " signalen-herkennen/zachte-signalen");
            return Optional.empty();
        }
        Optional<TrainingModule> module = modules.module(parts[0]);
        if (module.isEmpty()) {
            problems.error(
                    path,
                    entry.line(),
                    where + " names unknown module '" + parts[0] + "'"
                            + Suggestion.closest(
                                            parts[0],
                                            modules.modules().stream()
                                                    .map(TrainingModule::id)
                                                    .toList())
                                    .map(s -> " (did you mean '" + s + "'?)")
                                    .orElse(""));
            return Optional.empty();
        }
        if (module.get().lesson(parts[1]).isEmpty()) {
            problems.error(
                    path,
                    entry.line(),
                    where + " names unknown lesson '" + parts[1] + "' in module '" + parts[0] + "'");
            return Optional.empty();
        }
        return Optional.of(new LessonRef(parts[0], parts[1]));
    }
}
