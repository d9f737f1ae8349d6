package nl.signaal.authoring.twee;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.authoring.twee.PassageScanner.Assign;
import nl.signaal.authoring.twee.PassageScanner.Branch;
import nl.signaal.authoring.twee.PassageScanner.Conditional;
import nl.signaal.authoring.twee.PassageScanner.Include;
import nl.signaal.authoring.twee.PassageScanner.Link;
import nl.signaal.authoring.twee.PassageScanner.Part;
import nl.signaal.authoring.twee.PassageScanner.Prose;
import nl.signaal.authoring.twee.PassageScanner.Reveal;
import nl.signaal.authoring.twee.PassageScanner.Unsupported;
import nl.signaal.authoring.twee.Story.Passage;
import nl.signaal.content.Competencies;
import nl.signaal.simulation.engine.Effect;
import nl.signaal.simulation.engine.ExpressionException;
import nl.signaal.simulation.engine.Expressions;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.State;
import nl.signaal.simulation.engine.VariableDeclaration;
import nl.signaal.simulation.engine.VariableType;

/**
 * Turns a {@link Story} into the two maps of a scenario folder (scenario.yaml, nl.yaml) following
 * simulation-spec.md sections 1 and 2. Every decision the author should know about goes into the {@link Report}.
 *
 * <p>Placement of effects: a passage's unconditional {@code (set:)}/{@code <<set>>} run when Twine shows the
 * passage, so they become effects on every choice that leads <em>to</em> that passage (after a SugarCube link
 * setter of that choice). Sets of StoryInit, passages tagged {@code startup} and the start passage give the
 * initial values.
 */
final class TweeConversion {

    record Scenario(
            Map<String, Object> structure,
            Map<String, Object> dutch,
            int nodes,
            int endings,
            int choices,
            int variables,
            Map<String, Passage> passageOfNode) {}

    static final String FEEDBACK_PLACEHOLDER =
            "Nog geen feedback: deze keuze komt uit Twine. Schrijf hier waarom deze keuze goed of riskant is.";
    static final String DEBRIEF_PLACEHOLDER =
            "Nog geen nabespreking: dit einde komt uit Twine. Schrijf hier hoe dit einde tot stand kwam en wat de"
                    + " deelnemer ervan meeneemt.";
    static final String SUMMARY_PLACEHOLDER =
            "Geïmporteerd uit Twine. Schrijf hier in één of twee zinnen waar deze simulatie over gaat.";
    static final String EMPTY_TEXT_PLACEHOLDER = "*(Deze passage had in Twine geen tekst.)*";

    private static final Set<String> AROUND_EVERY_PASSAGE = Set.of(
            "StoryCaption",
            "StoryMenu",
            "StoryBanner",
            "StorySubtitle",
            "StoryAuthor",
            "StoryInterface",
            "StoryShare",
            "StorySettings",
            "StoryDisplayTitle",
            "PassageReady",
            "PassageDone",
            "PassageHeader",
            "PassageFooter");
    private static final Set<String> AROUND_TAGS =
            Set.of("header", "footer", "debug-header", "debug-footer", "debug-startup");
    private static final Pattern SHOWN_VARIABLE = Pattern.compile("(?<![\\w$])\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("\\b[0-9]+\\b");
    /** An HTML tag in prose ({@code <span class="x">}, {@code </div>}, {@code <br/>}); not {@code <<macro>>}. */
    private static final Pattern HTML_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?/?>");

    private static final Pattern SUGAR_HEADING = Pattern.compile("(?m)^(!{1,6})[ \\t]*");

    /** A link that became a choice, before ids and effects are final. */
    private record Draft(String text, String target, String condition, List<String> setterEffects, int line) {}

    /** A converted passage. */
    private static final class Node {
        final Passage passage;
        final String id;
        final List<Draft> choices = new ArrayList<>();
        final List<String> effects = new ArrayList<>();
        final Text text = new Text();

        Node(Passage passage, String id) {
            this.passage = passage;
            this.id = id;
        }
    }

    /** A condition context: the translated conditions around a part; {@code known} false when one failed. */
    private record Context(List<String> conditions, boolean known, String header) {
        Context with(String condition, String branchHeader) {
            List<String> all = new ArrayList<>(conditions);
            all.add(condition);
            return new Context(all, known, branchHeader);
        }
    }

    private final Story story;
    private final Report report;
    private final Map<Passage, List<Part>> scanned = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, VariableType> types = new LinkedHashMap<>();
    private final Map<String, Integer> largest = new HashMap<>();

    private final boolean harlowe;
    private final boolean sugarCube;
    private String start;

    private TweeConversion(Story story, Report report) {
        this.story = story;
        this.report = report;
        String format = story.format().toLowerCase(Locale.ROOT);
        this.harlowe = !format.startsWith("sugarcube");
        this.sugarCube = !format.startsWith("harlowe");
        this.start = story.start();
    }

    /** Null when the story cannot be converted (the report says why). */
    static Scenario convert(Story story, String scenarioId, Report report) {
        return new TweeConversion(story, report).scenario(scenarioId);
    }

    private Scenario scenario(String scenarioId) {
        String startPassage = story.startLine() > 0 && !story.start().startsWith("(") ? "StoryData" : "";
        if (story.passage(start).isEmpty() && story.passage("Start").isPresent()) {
            report.warning(
                    startPassage,
                    story.startLine(),
                    "start passage '" + start + "' does not exist; the passage 'Start' is the start instead");
            start = "Start";
        } else if (story.passage(start).isEmpty()) {
            report.error(
                    startPassage,
                    story.startLine(),
                    "start passage '" + start + "' does not exist (and there is no passage 'Start' to start from)");
            return null;
        }
        if (story.ifid().isEmpty()) {
            report.warning(
                    "",
                    story.startLine(),
                    "the story has no IFID (the Twine specification requires one): a later import of this story"
                            + " cannot be matched to this one");
        }
        for (Passage p : story.passages()) {
            scanned.put(p, PassageScanner.scan(p.text(), story.format()));
        }
        Set<String> linked = new HashSet<>();
        Set<String> included = new HashSet<>();
        for (List<Part> parts : scanned.values()) {
            targets(parts, linked, included);
        }
        List<Passage> init = new ArrayList<>();
        for (Passage p : story.passages()) {
            String kind = special(p);
            if (kind == null
                    && included.contains(p.name())
                    && !linked.contains(p.name())
                    && !p.name().equals(start)) {
                boolean links = hasLinks(scanned.get(p));
                report.warning(
                        p.name(),
                        p.line(),
                        "passage is only included in other passages; its text is shown there, it is no node of its"
                                + " own" + (links ? " (its source, links included, is kept in the report)" : ""));
                if (links) {
                    report.keep(p.name() + " (included passage)", p.line(), p.text());
                }
            } else if (kind == null) {
                nodes.put(p.name(), null);
            } else if (kind.equals("init")) {
                init.add(p);
            } else {
                report.warning(p.name(), p.line(), kind + " is not converted; kept in the report");
                report.keep(p.name() + " (" + kind + ")", p.line(), p.text());
            }
        }
        Set<String> ids = new HashSet<>();
        for (Passage p : story.passages()) {
            if (nodes.containsKey(p.name())) {
                nodes.put(p.name(), new Node(p, unique(slug(p.name(), "passage"), ids)));
            }
        }
        scanned.keySet().removeIf(p -> !init.contains(p) && !nodes.containsKey(p.name()));
        declareVariables();

        for (Passage p : init) {
            Node holder = new Node(p, "");
            walk(holder, scanned.get(p), new Context(List.of(), true, null));
            if (!holder.choices.isEmpty()) {
                report.warning(p.name(), p.line(), "links in an initialisation passage are not converted");
            }
            String rest = holder.text.markdown();
            if (!rest.isEmpty()) {
                report.warning(
                        p.name(), p.line(), "text in an initialisation passage is not shown; kept in the report");
                report.keep(p.name() + " (text)", p.line(), rest);
            }
            initialEffects.addAll(holder.effects);
        }
        for (Node n : nodes.values()) {
            walk(n, scanned.get(n.passage), new Context(List.of(), true, null));
        }
        Node first = nodes.get(start);
        initialEffects.addAll(first.effects);
        Map<String, Object> variables = variables();

        Map<String, Object> structureNodes = new LinkedHashMap<>();
        Map<String, Object> dutchNodes = new LinkedHashMap<>();
        int choiceCount = 0;
        int endings = 0;
        int words = 0;
        for (Node n : nodes.values()) {
            Map<String, Object> structure = new LinkedHashMap<>();
            Map<String, Object> dutch = new LinkedHashMap<>();
            String text = n.text.markdown();
            words += text.split("\\s+").length;
            if (text.isEmpty()) {
                text = EMPTY_TEXT_PLACEHOLDER;
                report.todo(
                        n.passage.name(),
                        n.passage.line(),
                        "the passage has no text besides its links and" + " macros; node '" + n.id
                                + "' has a placeholder text");
            }
            dutch.put("text", text);
            String outcome = outcome(n.passage);
            if (n.choices.isEmpty()) {
                endings++;
                if (outcome == null) {
                    outcome = "partial";
                    report.warning(
                            n.passage.name(),
                            n.passage.line(),
                            "ending without an outcome tag (good, partial," + " poor); set to partial");
                }
                structure.put("ending", outcome);
                dutch.put("debrief", DEBRIEF_PLACEHOLDER);
                report.todo(n.passage.name(), n.passage.line(), "ending '" + n.id + "' has a placeholder debrief");
            } else {
                if (outcome != null) {
                    report.warning(
                            n.passage.name(),
                            n.passage.line(),
                            "outcome tag '" + outcome + "' is ignored: the"
                                    + " passage has links, so it is a scene, not an ending");
                }
                List<Object> choices = new ArrayList<>();
                Map<String, Object> choiceTexts = new LinkedHashMap<>();
                Set<String> choiceIds = new HashSet<>();
                for (Draft d : n.choices) {
                    choiceCount++;
                    Node target = nodes.get(d.target());
                    String id = unique(slug(d.text(), "keuze"), choiceIds);
                    Map<String, Object> choice = new LinkedHashMap<>();
                    choice.put("id", id);
                    choice.put("to", target.id);
                    if (d.condition() != null) {
                        choice.put("if", d.condition());
                    }
                    List<String> effects = new ArrayList<>(d.setterEffects());
                    effects.addAll(target.effects);
                    if (!effects.isEmpty()) {
                        choice.put("effects", String.join("; ", effects));
                    }
                    choices.add(choice);
                    Map<String, Object> texts = new LinkedHashMap<>();
                    texts.put("text", d.text());
                    texts.put("feedback", FEEDBACK_PLACEHOLDER);
                    choiceTexts.put(id, texts);
                    report.todo(
                            n.passage.name(),
                            d.line(),
                            "choice '" + id + "' (\"" + d.text() + "\" to '" + target.id
                                    + "') has placeholder feedback");
                }
                structure.put("choices", choices);
                dutch.put("choices", choiceTexts);
            }
            structureNodes.put(n.id, structure);
            dutchNodes.put(n.id, dutch);
        }

        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("id", scenarioId);
        scenario.put("version", 1);
        scenario.put("order", 1);
        scenario.put("targetGroups", List.of());
        scenario.put("competencies", Competencies.ALL);
        scenario.put("minutes", Math.max(5, (words + 100) / 150));
        scenario.put("variables", variables);
        scenario.put("start", first.id);
        scenario.put("nodes", structureNodes);
        report.todo(
                "",
                0,
                "scenario.yaml: order, targetGroups, competencies (all five) and minutes (estimated from"
                        + " the word count) are defaults; check them, and add points, recommended choices and readAgain");

        String title = story.title().strip();
        if (title.isEmpty()) {
            title = scenarioId;
            report.warning("", 0, "the story has no title; the scenario id is used as title");
        }
        Map<String, Object> dutch = new LinkedHashMap<>();
        dutch.put("title", title);
        dutch.put("summary", SUMMARY_PLACEHOLDER);
        dutch.put("nodes", dutchNodes);
        report.todo("", 0, "nl.yaml: summary is a placeholder");
        Map<String, Passage> passageOfNode = new LinkedHashMap<>();
        nodes.values().forEach(n -> passageOfNode.put(n.id, n.passage));
        return new Scenario(scenario, dutch, nodes.size(), endings, choiceCount, variables.size(), passageOfNode);
    }

    private final List<String> initialEffects = new ArrayList<>();

    /** Passages linked to (also by goto) and passages included, also inside conditions and revealed text. */
    private static void targets(List<Part> parts, Set<String> linked, Set<String> included) {
        for (Part part : parts) {
            if (part instanceof Link l) {
                linked.add(l.target());
            } else if (part instanceof Include i) {
                included.add(i.target());
            } else if (part instanceof Conditional c) {
                c.branches().forEach(b -> targets(b.body(), linked, included));
            } else if (part instanceof Reveal r) {
                targets(r.body(), linked, included);
            }
        }
    }

    private static boolean hasLinks(List<Part> parts) {
        Set<String> linked = new HashSet<>();
        targets(parts, linked, new HashSet<>());
        return !linked.isEmpty();
    }

    /** Why a passage is no node ("init" for initialisation passages), or null for an ordinary passage. */
    private String special(Passage p) {
        if (p.name().equals(start)) {
            return null;
        }
        if (p.hasTag("script")) {
            return "story JavaScript";
        }
        if (p.hasTag("stylesheet")) {
            return "story stylesheet (CSS)";
        }
        if (p.hasTag("widget")) {
            return "SugarCube widget passage";
        }
        if (p.name().equals("StoryInit") || p.hasTag("startup")) {
            return "init";
        }
        if (AROUND_EVERY_PASSAGE.contains(p.name()) || p.tags().stream().anyMatch(AROUND_TAGS::contains)) {
            return "special passage shown around every passage";
        }
        return null;
    }

    private static String outcome(Passage p) {
        for (String outcome : List.of("good", "partial", "poor")) {
            if (p.hasTag(outcome) || p.hasTag("ending-" + outcome)) {
                return outcome;
            }
        }
        return null;
    }

    // ---- variables ---------------------------------------------------------------------------------------

    /** Declares every variable that gets a value somewhere, typed by its first assignment that can be typed. */
    private void declareVariables() {
        List<TwineExpressions.Assignment> all = new ArrayList<>();
        for (List<Part> parts : scanned.values()) {
            collectAssignments(parts, all);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (TwineExpressions.Assignment a : all) {
                String name = TwineExpressions.variableName(a.variable());
                if (types.containsKey(name)) {
                    continue;
                }
                VariableType type = null;
                if (!a.operator().equals("=")) {
                    type = VariableType.INT;
                } else {
                    try {
                        type = typeOf(TwineExpressions.condition(
                                a.value().replaceAll("\\bit\\b", a.variable().replace("$", "\\$"))));
                    } catch (TwineExpressions.Invalid ignored) {
                        // typed later from another assignment, or reported where it is used
                    }
                }
                if (type != null) {
                    types.put(name, type);
                    changed = true;
                }
            }
        }
    }

    private static void collectAssignments(List<Part> parts, List<TwineExpressions.Assignment> into) {
        for (Part part : parts) {
            if (part instanceof Assign a) {
                try {
                    into.addAll(TwineExpressions.assignments(a.body(), a.put()));
                } catch (TwineExpressions.Invalid ignored) {
                    // reported when the passage is converted
                }
            } else if (part instanceof Link l && l.setter() != null) {
                try {
                    into.addAll(TwineExpressions.assignments(l.setter(), false));
                } catch (TwineExpressions.Invalid ignored) {
                    // reported when the passage is converted
                }
            } else if (part instanceof Conditional c) {
                c.branches().forEach(b -> collectAssignments(b.body(), into));
            }
        }
    }

    /**
     * The declarations the engine checks translated expressions against. Ints get a range far wider than Twine
     * stories use, so working out the initial values (below) never clamps; the written range is set afterwards.
     */
    private List<VariableDeclaration> declarations() {
        List<VariableDeclaration> declarations = new ArrayList<>();
        types.forEach((name, type) -> declarations.add(
                type == VariableType.INT
                        ? new VariableDeclaration(name, VariableType.INT, 0, -UNCLAMPED, UNCLAMPED)
                        : VariableDeclaration.flag(name, false)));
        return declarations;
    }

    private static final int UNCLAMPED = 1_000_000_000;
    private static final String PROBE = "twine_import_probe_value";

    /** The engine's type of a value (FLAG for true/false, INT for a number); null when it does not type-check. */
    private VariableType typeOf(String ours) {
        List<VariableDeclaration> declarations = declarations();
        try {
            Expressions.condition(ours, declarations);
            return VariableType.FLAG;
        } catch (ExpressionException notTrueOrFalse) {
            List<VariableDeclaration> withProbe = new ArrayList<>(declarations);
            withProbe.add(new VariableDeclaration(PROBE, VariableType.INT, 0, -UNCLAMPED, UNCLAMPED));
            try {
                Expressions.effects(PROBE + " = " + ours, withProbe);
                return VariableType.INT;
            } catch (ExpressionException notANumber) {
                return null;
            }
        }
    }

    private Map<String, Object> variables() {
        List<VariableDeclaration> declarations = declarations();
        ScenarioDefinition unclamped =
                new ScenarioDefinition("twine", 1, 1, List.of(), List.of(), 5, declarations, "", Map.of(), Map.of());
        State state = unclamped.initialState();
        for (String effect : initialEffects) {
            try {
                for (Effect e : Expressions.effects(effect, declarations)) {
                    state = e.apply(state, unclamped);
                }
            } catch (ExpressionException | RuntimeException e) {
                report.warning("", 0, "initial value not derived from '" + effect + "' (" + e.getMessage() + ")");
            }
        }
        State initial = state;
        Map<String, Object> variables = new LinkedHashMap<>();
        types.forEach((name, type) -> {
            Map<String, Object> v = new ScenarioFolder.Inline();
            if (type == VariableType.INT) {
                int value = initial.get(name);
                v.put("type", "int");
                v.put("initial", Math.max(value, 0));
                v.put("min", 0);
                v.put("max", Math.max(10, Math.max(value, largest.getOrDefault(name, 0))));
                if (value < 0) {
                    report.warning(
                            "",
                            0,
                            "variable '" + name + "' starts below 0 in Twine (" + value + "); it starts at 0 here");
                }
            } else {
                v.put("type", "flag");
                v.put("initial", initial.get(name) != 0);
            }
            variables.put(name, v);
        });
        return variables;
    }

    private void noteNumbers(String expression) {
        Matcher names = Pattern.compile("[a-z][a-z0-9_]*").matcher(expression);
        int max = 0;
        Matcher numbers = NUMBER.matcher(expression);
        while (numbers.find()) {
            max = Math.max(max, Integer.parseInt(numbers.group()));
        }
        while (names.find()) {
            if (types.get(names.group()) == VariableType.INT) {
                largest.merge(names.group(), max, Math::max);
            }
        }
    }

    // ---- passages ----------------------------------------------------------------------------------------

    private void walk(Node node, List<Part> parts, Context context) {
        Passage p = node.passage;
        boolean warnedProse = false;
        for (Part part : parts) {
            int line = p.lineAt(part.offset());
            if (part instanceof Prose prose) {
                if (context.header() != null
                        && !context.header().startsWith("<<linkreplace")
                        && !prose.text().isBlank()
                        && !warnedProse) {
                    warnedProse = true;
                    report.warning(
                            p.name(),
                            line,
                            "text inside " + context.header() + " is always shown here;"
                                    + " in Twine it depends on the condition");
                }
                showsVariables(p, prose.text(), line);
                node.text.prose(prose(p, prose.text(), line));
            } else if (part instanceof Include include) {
                include(node, include, line);
            } else if (part instanceof Reveal reveal) {
                report.warning(
                        p.name(),
                        line,
                        "<<linkreplace \"" + reveal.label() + "\">> shows its content after a click on that text in"
                                + " Twine; here the content is always shown and its links are choices");
                node.text.removed();
                walk(node, reveal.body(), new Context(context.conditions(), context.known(), reveal.header()));
            } else if (part instanceof Link link) {
                link(node, link, context, line);
            } else if (part instanceof Assign assign) {
                if (context.header() != null) {
                    unsupported(
                            node,
                            line,
                            assign.source(),
                            "assignment inside " + context.header() + " (an effect that depends on a condition)");
                    continue;
                }
                List<String> effects = effects(assign.body(), assign.put());
                if (effects == null) {
                    unsupported(node, line, assign.source(), "assignment " + lastReason);
                } else {
                    node.effects.addAll(effects);
                    node.text.removed();
                }
            } else if (part instanceof Conditional conditional) {
                conditional(node, conditional, context);
            } else if (part instanceof Unsupported u) {
                String links = u.source().contains("[[") ? " (links inside it are not choices)" : "";
                unsupported(node, line, u.source(), u.what() + links);
            }
        }
    }

    private void link(Node node, Link link, Context context, int line) {
        Passage p = node.passage;
        Node target = nodes.get(link.target());
        if (target == null) {
            String why =
                    story.passage(link.target()).isPresent() ? "a passage that is not converted" : "an unknown passage";
            report.warning(
                    p.name(),
                    line,
                    "link to " + why + " '" + link.target() + "' is not converted; kept in" + " the text");
            node.text.fenced(link.source());
            return;
        }
        List<String> setter = List.of();
        if (link.setter() != null) {
            setter = effects(link.setter(), false);
            if (setter == null) {
                report.warning(
                        p.name(),
                        line,
                        "link setter [" + link.setter() + "] is not converted (" + lastReason + "); kept in the text");
                node.text.fenced(link.source());
                setter = List.of();
            }
        }
        List<String> conditions = context.conditions();
        String condition = conditions.isEmpty()
                ? null
                : conditions.size() == 1
                        ? conditions.get(0)
                        : String.join(
                                " and ",
                                conditions.stream()
                                        .map(c -> c.contains(" or ") ? "(" + c + ")" : c)
                                        .toList());
        node.choices.add(new Draft(link.text(), link.target(), condition, setter, line));
        if (link.via() != null) {
            report.warning(
                    p.name(),
                    line,
                    link.via() + " moves on to '" + link.target() + "' without a click in Twine; here it is the"
                            + " choice '" + link.text() + "'");
            node.text.removed();
        } else {
            node.text.link(link.text());
        }
    }

    private void conditional(Node node, Conditional conditional, Context outer) {
        Passage p = node.passage;
        List<String> before = new ArrayList<>();
        boolean known = outer.known();
        for (Branch branch : conditional.branches()) {
            if (branch != conditional.branches().get(0)) {
                node.text.prose("\n"); // Harlowe's (else:) chain may stand on one line; keep the branches apart
            }
            int line = p.lineAt(branch.offset());
            Context context = new Context(outer.conditions(), known, branch.header());
            for (String previous : before) {
                context = context.with(negate(previous), branch.header());
            }
            if (branch.condition() != null) {
                String condition = condition(branch.condition(), branch.negate());
                if (condition == null) {
                    report.warning(
                            p.name(),
                            line,
                            "condition " + branch.header() + " is not converted (" + lastReason
                                    + "); the links inside are always available; kept in the text");
                    node.text.fenced(branch.header());
                    known = false;
                    context = new Context(context.conditions(), false, branch.header());
                } else {
                    before.add(condition);
                    context = context.with(condition, branch.header());
                    node.text.removed();
                }
            } else {
                node.text.removed();
            }
            if (!known && branch.condition() == null) {
                report.warning(
                        p.name(),
                        line,
                        branch.header() + " follows a condition that is not converted; the"
                                + " links inside are always available");
            }
            walk(node, branch.body(), context);
        }
    }

    private static String negate(String condition) {
        return condition.contains(" ") ? "not (" + condition + ")" : "not " + condition;
    }

    private String lastReason = "";

    /** Our condition, checked to be a true/false expression; null (and lastReason) when it cannot be. */
    private String condition(String twine, boolean negate) {
        try {
            String ours = TwineExpressions.condition(twine);
            Expressions.condition(ours, declarations());
            noteNumbers(ours);
            return negate ? negate(ours) : ours;
        } catch (TwineExpressions.Invalid | ExpressionException e) {
            lastReason = e.getMessage();
            return null;
        }
    }

    /** Our effects for an assignment body, each checked; null (and lastReason) when one cannot be converted. */
    private List<String> effects(String body, boolean put) {
        try {
            List<String> effects = new ArrayList<>();
            for (TwineExpressions.Assignment a : TwineExpressions.assignments(body, put)) {
                String effect = TwineExpressions.effect(a);
                Expressions.effects(effect, declarations());
                noteNumbers(effect);
                effects.add(effect);
            }
            return effects;
        } catch (TwineExpressions.Invalid | ExpressionException e) {
            lastReason = "(" + e.getMessage() + ")";
            return null;
        }
    }

    private void unsupported(Node node, int line, String source, String what) {
        report.warning(node.passage.name(), line, what + " is not converted; kept in the text: " + firstLine(source));
        node.text.fenced(source);
    }

    private void showsVariables(Passage p, String prose, int line) {
        Matcher m = SHOWN_VARIABLE.matcher(prose);
        while (m.find()) {
            report.warning(
                    p.name(),
                    line + count(prose.substring(0, m.start())),
                    "'" + m.group() + "' shows a" + " variable's value in Twine; here it stays literal text");
        }
    }

    private static int count(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    private static String firstLine(String source) {
        String first = source.strip().lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }

    /** The text of an included passage, shown in place; its links and macros are not converted there. */
    private void include(Node node, Include include, int line) {
        Passage p = node.passage;
        Passage included = story.passage(include.target()).orElse(null);
        if (included == null) {
            unsupported(node, line, include.source(), "include of an unknown passage '" + include.target() + "'");
            return;
        }
        node.text.removed();
        boolean other = false;
        for (Part part : PassageScanner.scan(included.text(), story.format())) {
            if (part instanceof Prose prose) {
                node.text.prose(prose(included, prose.text(), included.lineAt(prose.offset())));
            } else {
                other = true;
            }
        }
        if (other) {
            report.warning(
                    p.name(),
                    line,
                    "the included passage '" + include.target() + "' has links or macros; only its text is shown"
                            + " here (its links are no choices of this node)");
        }
    }

    /**
     * Prose as Markdown: story markup that maps to Markdown is converted (bold, italic, SugarCube headings and line
     * continuations, Harlowe's whitespace braces); HTML tags are stripped with a warning naming passage and line.
     */
    private String prose(Passage p, String text, int line) {
        Matcher tags = HTML_TAG.matcher(text);
        StringBuilder stripped = new StringBuilder();
        while (tags.find()) {
            report.warning(
                    p.name(),
                    line + count(text.substring(0, tags.start())),
                    "HTML " + tags.group() + " is not shown to learners; removed from the text");
            tags.appendReplacement(stripped, tags.group(1).equalsIgnoreCase("br") ? "\n" : "");
        }
        tags.appendTail(stripped);
        String result = stripped.toString();
        if (sugarCube) {
            result = result.replace("\\\n", "").replace("\n\\", "");
            result = SUGAR_HEADING
                    .matcher(result)
                    .replaceAll(m -> "#".repeat(m.group(1).length()) + " ");
        }
        if (harlowe) {
            result = result.replace("{", "").replace("}", "");
        }
        return markup(result);
    }

    /** Harlowe/SugarCube bold {@code ''x''} and italic {@code //x//} to Markdown; the rest is Markdown already. */
    static String markup(String prose) {
        return prose.replaceAll("''(.+?)''", "**$1**").replaceAll("(?<![:/])//(?!/)(.+?)(?<![:/])//", "*$1*");
    }

    // ---- ids ---------------------------------------------------------------------------------------------

    /** Lowercase letters, digits and single hyphens; accents dropped; at most 48 characters. */
    static String slug(String text, String fallback) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > 48) {
            s = s.substring(0, 48);
            int cut = s.lastIndexOf('-');
            s = cut > 0 ? s.substring(0, cut) : s;
        }
        return s.isEmpty() ? fallback : s;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /**
     * The node text under construction. Links are kept as their text when they stand in a sentence and left out
     * when their line holds nothing else; macros that were converted leave nothing; what is not converted is
     * shown as a fenced {@code twine} block.
     */
    static final class Text {
        private static final char LINK = '\u0001';
        private static final char END = '\u0002';
        private static final char GONE = '\u0003';
        private final StringBuilder raw = new StringBuilder();

        void prose(String text) {
            raw.append(text);
        }

        void link(String text) {
            raw.append(LINK).append(text.replace("\n", " ")).append(END);
        }

        void removed() {
            raw.append(GONE);
        }

        void fenced(String source) {
            String fence = "```";
            while (source.contains(fence)) {
                fence += "`";
            }
            raw.append(GONE)
                    .append("\n\n")
                    .append(fence)
                    .append("twine\n")
                    .append(source.strip())
                    .append('\n')
                    .append(fence)
                    .append("\n\n");
        }

        String markdown() {
            StringBuilder out = new StringBuilder();
            for (String line : raw.toString().split("\n", -1)) {
                boolean marked = line.indexOf(LINK) >= 0 || line.indexOf(GONE) >= 0;
                String withoutLinks =
                        line.replaceAll(LINK + "[^" + END + "]*" + END, "").replace(String.valueOf(GONE), "");
                if (marked && withoutLinks.isBlank()) {
                    continue;
                }
                out.append(line.replace(String.valueOf(LINK), "")
                                .replace(String.valueOf(END), "")
                                .replace(String.valueOf(GONE), "")
                                .stripTrailing())
                        .append('\n');
            }
            return out.toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }
}
