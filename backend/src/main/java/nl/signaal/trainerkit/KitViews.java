package nl.signaal.trainerkit;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.content.Localized;
import nl.signaal.content.Scenario;
import nl.signaal.content.SupportedLocales;
import nl.signaal.content.TrainerKit;
import nl.signaal.content.TrainerKit.Guide;
import nl.signaal.content.TrainerKit.SceneGuide;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Scene;
import nl.signaal.trainerkit.TrainerKitApi.ChoiceView;
import nl.signaal.trainerkit.TrainerKitApi.KitSummaryView;
import nl.signaal.trainerkit.TrainerKitApi.KitView;
import nl.signaal.trainerkit.TrainerKitApi.SceneCardView;
import nl.signaal.trainerkit.TrainerKitApi.SessionPlanView;
import nl.signaal.trainerkit.TrainerKitApi.StepView;
import nl.signaal.trainerkit.TrainerKitApi.VariationView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Builds the kit views in one locale: the kit's guide for that locale (Dutch when not written) plus the case's texts. */
@Singleton
class KitViews {

    KitSummaryView summary(Scenario scenario, TrainerKit kit, String locale) {
        return new KitSummaryView(
                scenario.id(),
                text(scenario.title(), locale),
                text(scenario.summary(), locale),
                scenario.definition().targetGroups(),
                scenario.definition().minutes(),
                decisionScenes(scenario).size(),
                locale,
                untranslated(scenario, kit, locale));
    }

    KitView kit(Scenario scenario, TrainerKit kit, String locale) {
        Guide guide = kit.guide(locale).orElse(kit.source());
        List<SceneCardView> cards = new ArrayList<>();
        for (Scene scene : decisionScenes(scenario)) {
            SceneGuide sceneGuide = guide.scenes().get(scene.id());
            Localized discussion = scenario.discussionHtml().get(scene.id());
            String html = text(scenario.nodeHtml().get(scene.id()), locale);
            cards.add(new SceneCardView(
                    scene.id(),
                    scene.speaker() == null ? null : text(scenario.characters().get(scene.speaker()), locale),
                    scene.setting() == null ? null : text(scenario.settings().get(scene.setting()), locale),
                    firstParagraph(html),
                    html,
                    scene.choices().stream()
                            .map(choice -> new ChoiceView(
                                    choice.id(),
                                    text(scenario.choiceText().get(scene.id() + "/" + choice.id()), locale),
                                    choice.recommended()))
                            .toList(),
                    discussion == null ? null : discussion.in(locale).text(),
                    sceneGuide == null ? List.of() : sceneGuide.questions(),
                    sceneGuide == null ? List.of() : sceneGuide.listenFor()));
        }
        return new KitView(
                scenario.id(),
                text(scenario.title(), locale),
                text(scenario.summary(), locale),
                scenario.definition().targetGroups(),
                scenario.definition().minutes(),
                locale,
                untranslated(scenario, kit, locale),
                guide.aims(),
                List.of(plan(30, guide.thirtyMinutes()), plan(60, guide.sixtyMinutes())),
                guide.listenFor(),
                guide.variations().entrySet().stream()
                        .map(entry -> new VariationView(entry.getKey(), entry.getValue()))
                        .toList(),
                cards);
    }

    /** The scenes where the group decides, in file order; endings have no card. */
    private static List<Scene> decisionScenes(Scenario scenario) {
        List<Scene> scenes = new ArrayList<>();
        for (Node node : scenario.definition().nodes().values()) {
            if (node instanceof Scene scene) {
                scenes.add(scene);
            }
        }
        return scenes;
    }

    private static SessionPlanView plan(int minutes, List<TrainerKit.TimingStep> steps) {
        return new SessionPlanView(
                minutes,
                steps.stream()
                        .map(step -> new StepView(step.minutes(), step.activity()))
                        .toList());
    }

    /** Whether the facilitator reads Dutch anywhere: the kit or the case not written in the locale. */
    private static boolean untranslated(Scenario scenario, TrainerKit kit, String locale) {
        return !locale.equals(SupportedLocales.SOURCE)
                && (kit.guide(locale).isEmpty() || scenario.title().in(locale).untranslated());
    }

    private static String text(Localized localized, String locale) {
        return localized == null ? "" : localized.in(locale).text();
    }

    /** The opening paragraph as plain text: a card shows where the scene starts, the full text is on screen. */
    static String firstParagraph(String html) {
        Element first = Jsoup.parseBodyFragment(html).selectFirst("p");
        return first == null ? Jsoup.parseBodyFragment(html).text() : first.text();
    }
}
