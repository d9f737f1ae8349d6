package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.content.Content;
import nl.signaal.content.Localized;
import nl.signaal.content.Scenario;
import nl.signaal.content.SeededOrder;
import nl.signaal.content.Translation;
import nl.signaal.simulation.SimulationApi.Character;
import nl.signaal.simulation.SimulationApi.ChoiceOption;
import nl.signaal.simulation.SimulationApi.ChosenView;
import nl.signaal.simulation.SimulationApi.CompetencyView;
import nl.signaal.simulation.SimulationApi.DebriefView;
import nl.signaal.simulation.SimulationApi.DecisionView;
import nl.signaal.simulation.SimulationApi.EndingView;
import nl.signaal.simulation.SimulationApi.PathStep;
import nl.signaal.simulation.SimulationApi.ReadAgain;
import nl.signaal.simulation.SimulationApi.RunView;
import nl.signaal.simulation.SimulationApi.SceneView;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Debrief;
import nl.signaal.simulation.engine.Decision;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Play;
import nl.signaal.simulation.engine.Progress;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.Scene;
import nl.signaal.simulation.engine.State;

/** Scenario texts in one locale around the engine's structure; "untranslated" when any text fell back to Dutch. */
final class RunViews {
    private final Scenario scenario;
    private final String locale;
    private boolean untranslated;

    RunViews(Scenario scenario, String locale) {
        this.scenario = scenario;
        this.locale = locale;
    }

    static String choiceKey(String nodeId, String choiceId) {
        return nodeId + "/" + choiceId;
    }

    boolean untranslated() {
        return untranslated;
    }

    String text(@Nullable Localized localized) {
        if (localized == null) {
            return "";
        }
        Translation translation = localized.in(locale);
        untranslated |= translation.untranslated();
        return translation.text();
    }

    String title() {
        return text(scenario.title());
    }

    String summary() {
        return text(scenario.summary());
    }

    String choiceText(String nodeId, String choiceId) {
        return text(scenario.choiceText().get(choiceKey(nodeId, choiceId)));
    }

    String choiceFeedback(String nodeId, String choiceId) {
        return text(scenario.choiceFeedback().get(choiceKey(nodeId, choiceId)));
    }

    @Nullable
    Character character(@Nullable String id) {
        return id == null ? null : new Character(id, text(scenario.characters().get(id)));
    }

    List<Character> characters() {
        return scenario.characters().keySet().stream().map(this::character).toList();
    }

    /**
     * The run as it stands at {@code nodeId} with {@code state}: the scene and its available choices (none once the
     * learner stopped the run), or the ending; with the decision being made and about how many the case has.
     */
    RunView run(SimulationRun run, String nodeId, State state, int decisions) {
        ScenarioDefinition definition = scenario.definition();
        Node node = definition.node(nodeId);
        SceneView scene = null;
        EndingView ending = null;
        boolean abandoned = run.abandoned() && !(node instanceof Ending);
        if (node instanceof Scene s) {
            // Shuffled per run and scene (decision 0020): the same on every reload, the recommended one not always
            // first.
            List<ChoiceOption> choices = SeededOrder.of(
                            SeededOrder.seed("run", run.id(), nodeId),
                            abandoned ? List.<Choice>of() : Play.available(definition, nodeId, state),
                            Choice::id)
                    .stream()
                    .map(c -> new ChoiceOption(c.id(), choiceText(nodeId, c.id())))
                    .toList();
            scene = new SceneView(
                    nodeId,
                    character(s.speaker()),
                    s.setting() == null ? null : text(scenario.settings().get(s.setting())),
                    text(scenario.nodeHtml().get(nodeId)),
                    choices);
        } else if (node instanceof Ending e) {
            ending = new EndingView(
                    nodeId, e.outcome().name(), text(scenario.nodeHtml().get(nodeId)));
        }
        boolean finished = ending != null;
        Progress progress = Progress.of(definition, nodeId, state, decisions);
        return new RunView(
                run.id(),
                run.scenarioId(),
                run.scenarioVersion(),
                title(),
                finished ? SimulationRun.FINISHED : abandoned ? SimulationRun.ABANDONED : SimulationRun.ACTIVE,
                decisions,
                run.startedAt(),
                finished || abandoned ? Optional.ofNullable(run.finishedAt()).orElse(run.startedAt()) : null,
                ending == null ? null : ending.outcome(),
                scene,
                ending,
                locale,
                untranslated,
                progress.decision(),
                progress.about());
    }

    DebriefView debrief(SimulationRun run, List<SimulationStep> steps, Content content) {
        ScenarioDefinition definition = scenario.definition();
        List<Decision> path =
                steps.stream().map(s -> new Decision(s.nodeId(), s.choiceId())).toList();
        Debrief debrief = nl.signaal.simulation.engine.Debriefing.of(definition, path);
        List<DecisionView> decisions = new ArrayList<>();
        for (var review : debrief.decisions()) {
            String nodeId = review.nodeId();
            String chosen = review.chosenChoiceId();
            String recommended = review.recommendedChoiceId();
            decisions.add(new DecisionView(
                    review.step(),
                    nodeId,
                    text(scenario.nodeHtml().get(nodeId)),
                    new ChosenView(chosen, choiceText(nodeId, chosen), choiceFeedback(nodeId, chosen)),
                    recommended == null ? null : new ChoiceOption(recommended, choiceText(nodeId, recommended)),
                    review.followedRecommendation(),
                    new ChoiceOption(review.bestChoiceId(), choiceText(nodeId, review.bestChoiceId())),
                    review.belowBest()));
        }
        List<PathStep> recommendedPath = debrief.recommendedPath().stream()
                .map(d -> new PathStep(d.nodeId(), d.choiceId(), choiceText(d.nodeId(), d.choiceId())))
                .toList();
        List<CompetencyView> competencies = debrief.competencies().stream()
                .map(c -> new CompetencyView(
                        c.competency(), c.earned(), c.attainable(), c.practised(), c.score(), c.weak()))
                .toList();
        List<ReadAgain> readAgain = new ArrayList<>();
        for (var ref : debrief.readAgain()) {
            content.module(ref.moduleId())
                    .ifPresent(module -> module.lesson(ref.lessonId())
                            .ifPresent(lesson -> readAgain.add(new ReadAgain(
                                    module.id(),
                                    lesson.id(),
                                    text(module.title()),
                                    text(lesson.title()),
                                    "/learn/" + module.id() + "/lessons/" + lesson.id()))));
        }
        String endingId = run.currentNode();
        return new DebriefView(
                run.id(),
                run.scenarioId(),
                debrief.outcome() == null ? null : debrief.outcome().name(),
                text(scenario.nodeHtml().get(endingId)),
                text(scenario.debriefHtml().get(endingId)),
                decisions,
                recommendedPath,
                competencies,
                readAgain,
                locale);
    }

    static int count(Map<String, Node> nodes, Class<? extends Node> kind) {
        return (int) nodes.values().stream().filter(kind::isInstance).count();
    }
}
