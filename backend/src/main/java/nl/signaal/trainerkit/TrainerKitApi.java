package nl.signaal.trainerkit;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The views of the trainer kit API; texts are in the asked content locale, Dutch where a translation is missing. */
final class TrainerKitApi {

    private TrainerKitApi() {}

    /** A case that has a kit, for the list. untranslated: the kit is not written in the asked locale. */
    @Serdeable
    record KitSummaryView(
            String scenarioId,
            String title,
            String summary,
            List<String> targetGroups,
            int minutes,
            int scenes,
            String locale,
            boolean untranslated) {}

    @Serdeable
    record KitView(
            String scenarioId,
            String title,
            String summary,
            List<String> targetGroups,
            int minutes,
            String locale,
            boolean untranslated,
            List<String> aims,
            List<SessionPlanView> timing,
            List<String> listenFor,
            List<VariationView> variations,
            List<SceneCardView> scenes) {}

    /** A session plan of 30 or 60 minutes, step by step. */
    @Serdeable
    record SessionPlanView(int minutes, List<StepView> steps) {}

    @Serdeable
    record StepView(int minutes, String activity) {}

    @Serdeable
    record VariationView(String sector, String text) {}

    /**
     * One decision scene as a case card: who speaks where, the scene's opening paragraph (summary, plain text) and
     * its full text (sanitised HTML), the choices, the scenario's own short discussion prompt (sanitised HTML, null
     * when the scene has none) and the kit's fuller questions and what to listen for (empty when the kit has none).
     */
    @Serdeable
    record SceneCardView(
            String id,
            String speaker,
            String setting,
            String summary,
            String html,
            List<ChoiceView> choices,
            String discussionHtml,
            List<String> questions,
            List<String> listenFor) {}

    @Serdeable
    record ChoiceView(String id, String text, boolean recommended) {}
}
