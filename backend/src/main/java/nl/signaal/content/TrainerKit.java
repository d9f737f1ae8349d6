package nl.signaal.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facilitator's guide to one case (content/scenarios/&lt;id&gt;/kit/&lt;locale&gt;.yaml): what a team session with
 * the case aims at, how to fill 30 or 60 minutes, what to listen for, how to adapt it per sector, and per scene the
 * questions that open a discussion after the group's decision. Kept apart from the scenario's own files, so editing a
 * kit never makes a new scenario version (runs are pinned to those). guides holds one Guide per locale written, always
 * with "nl"; a translation may leave out scenes or sectors, which then fall back to Dutch one by one.
 */
public record TrainerKit(String scenarioId, Map<String, Guide> guides) {

    public TrainerKit {
        guides = Collections.unmodifiableMap(new LinkedHashMap<>(guides));
    }

    /** One locale's kit. scenes and variations keep file order; texts are plain (no Markdown). */
    public record Guide(
            List<String> aims,
            List<TimingStep> thirtyMinutes,
            List<TimingStep> sixtyMinutes,
            List<String> listenFor,
            Map<String, String> variations,
            Map<String, SceneGuide> scenes) {

        public Guide {
            aims = List.copyOf(aims);
            thirtyMinutes = List.copyOf(thirtyMinutes);
            sixtyMinutes = List.copyOf(sixtyMinutes);
            listenFor = List.copyOf(listenFor);
            variations = Collections.unmodifiableMap(new LinkedHashMap<>(variations));
            scenes = Collections.unmodifiableMap(new LinkedHashMap<>(scenes));
        }
    }

    /** One block of a session plan: how many minutes, doing what. */
    public record TimingStep(int minutes, String activity) {}

    /** The questions for the discussion after a scene's decision, and what to listen for in the answers. */
    public record SceneGuide(List<String> questions, List<String> listenFor) {

        public SceneGuide {
            questions = List.copyOf(questions);
            listenFor = List.copyOf(listenFor);
        }
    }

    /** The Dutch guide, which every loaded kit has. */
    public Guide source() {
        return guides.get(SupportedLocales.SOURCE);
    }

    /** The guide written in this locale, if any. */
    public Optional<Guide> guide(String locale) {
        return Optional.ofNullable(guides.get(locale));
    }
}
