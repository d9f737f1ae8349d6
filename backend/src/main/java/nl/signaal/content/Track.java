package nl.signaal.content;

import java.util.List;
import java.util.stream.Stream;

/**
 * A train-the-trainer track as authored in content/tracks/&lt;id&gt;/ (docs/content-format.md): what someone must have
 * done (modules, cases, facilitation modules, live sessions facilitated, an approved reflection) to complete it, how
 * long the completion stays valid, and what keeps it valid. The track says what counts; the track feature derives
 * progress from the learning and live records.
 *
 * @param requiredCases empty {@code from} means any shipped case counts
 * @param studyMinutes the study load of the whole track, printed on its certificate in hours
 */
public record Track(
        String id,
        int version,
        int order,
        List<String> requiredModules,
        RequiredCases requiredCases,
        List<String> facilitation,
        Practical practical,
        int validityYears,
        KeptValidBy keptValidBy,
        int studyMinutes,
        Localized title,
        Localized summary,
        Steps steps) {

    public Track {
        requiredModules = List.copyOf(requiredModules);
        facilitation = List.copyOf(facilitation);
    }

    /** At least {@code atLeast} finished cases out of {@code from}; an empty list means any case. */
    public record RequiredCases(int atLeast, List<String> from) {

        public RequiredCases {
            from = List.copyOf(from);
        }

        public boolean counts(String scenarioId) {
            return from.isEmpty() || from.contains(scenarioId);
        }
    }

    /** Live sessions to facilitate (each with enough participants) and a reflection of at least minWords words. */
    public record Practical(int liveSessions, int minParticipants, int reflectionMinWords) {}

    /** What keeps a completion valid after it was reached: doing refreshers, and facilitating sessions each year. */
    public record KeptValidBy(boolean refreshers, int liveSessionsPerYear) {}

    /** One description per kind of requirement, shown beside its status; all HTML rendered from Markdown. */
    public record Steps(
            Localized modulesHtml,
            Localized casesHtml,
            Localized facilitationHtml,
            Localized liveSessionsHtml,
            Localized reflectionHtml,
            Localized keepValidHtml) {}

    /** All modules the track needs: the required ones, then the facilitation ones. */
    public List<String> allModules() {
        return Stream.concat(requiredModules.stream(), facilitation.stream())
                .distinct()
                .toList();
    }
}
