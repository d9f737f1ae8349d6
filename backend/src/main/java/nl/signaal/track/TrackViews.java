package nl.signaal.track;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import nl.signaal.content.Content;
import nl.signaal.content.Localized;
import nl.signaal.content.Track;
import nl.signaal.simulation.ScenarioCatalogue;
import nl.signaal.track.TrackApi.CaseItem;
import nl.signaal.track.TrackApi.CasesItem;
import nl.signaal.track.TrackApi.ModuleItem;
import nl.signaal.track.TrackApi.ReflectionItem;
import nl.signaal.track.TrackApi.SessionItem;
import nl.signaal.track.TrackApi.SessionsItem;
import nl.signaal.track.TrackApi.StandingItem;
import nl.signaal.track.TrackApi.StepTexts;
import nl.signaal.track.TrackApi.TrackView;
import nl.signaal.track.TrackProgress.ModuleStatus;

/** Turns derived progress into the API's views, with module and case titles in one locale. */
@Singleton
class TrackViews {
    private final Content content;
    private final ScenarioCatalogue scenarios;

    TrackViews(Content content, ScenarioCatalogue scenarios) {
        this.content = content;
        this.scenarios = scenarios;
    }

    TrackView view(TrackProgress progress, Optional<TrackStanding> standing, String locale) {
        Track track = progress.track();
        TrackProgress.Step next = progress.nextStep();
        String nextModule = switch (next) {
            case MODULES -> firstOpen(progress.modules());
            case FACILITATION -> firstOpen(progress.facilitation());
            default -> null;
        };
        var reflection = progress.reflection();
        return new TrackView(
                track.id(),
                track.version(),
                track.title().in(locale).text(),
                track.summary().in(locale).text(),
                track.studyMinutes() / 60.0,
                track.validityYears(),
                track.keptValidBy().refreshers(),
                track.keptValidBy().liveSessionsPerYear(),
                next.name(),
                nextModule,
                progress.complete(),
                progress.completedAt().orElse(null),
                progress.completedAt()
                        .map(at -> TrackProgressService.validUntil(track, at))
                        .orElse(null),
                modules(progress.modules(), locale),
                new CasesItem(
                        track.requiredCases().atLeast(),
                        track.requiredCases().from(),
                        progress.finishedCases().stream()
                                .map(c ->
                                        new CaseItem(c.scenarioId(), caseTitle(c.scenarioId(), locale), c.finishedAt()))
                                .toList(),
                        progress.casesDone()),
                modules(progress.facilitation(), locale),
                new SessionsItem(
                        track.practical().liveSessions(),
                        track.practical().minParticipants(),
                        progress.sessions().stream()
                                .map(s -> new SessionItem(
                                        s.session().id(),
                                        s.session().activityId(),
                                        s.session().status(),
                                        s.session().startedAt(),
                                        s.session().participants(),
                                        s.counts()))
                                .toList(),
                        progress.sessionsDone()),
                new ReflectionItem(
                        track.practical().reflectionMinWords(),
                        reflection.map(Reflections.Reflection::status).orElse("NONE"),
                        reflection.map(Reflections.Reflection::id).orElse(null),
                        reflection.map(Reflections.Reflection::text).orElse(null),
                        reflection.map(Reflections.Reflection::submittedAt).orElse(null),
                        reflection.map(Reflections.Reflection::reviewComment).orElse(null),
                        progress.reflectionDone()),
                new StepTexts(
                        text(track.steps().modulesHtml(), locale),
                        text(track.steps().casesHtml(), locale),
                        text(track.steps().facilitationHtml(), locale),
                        text(track.steps().liveSessionsHtml(), locale),
                        text(track.steps().reflectionHtml(), locale),
                        text(track.steps().keepValidHtml(), locale)),
                standing.map(s -> new StandingItem(
                                s.status().name(),
                                s.reasons().stream().map(Enum::name).toList(),
                                modules(
                                        s.overdueModules().stream()
                                                .map(id -> new ModuleStatus(id, null))
                                                .toList(),
                                        locale),
                                track.keptValidBy().liveSessionsPerYear(),
                                s.liveSessionsInLastYear(),
                                s.liveSessionDueBy()))
                        .orElse(null),
                track.title().in(locale).untranslated());
    }

    private static String firstOpen(List<ModuleStatus> modules) {
        return modules.stream()
                .filter(m -> !m.done())
                .map(ModuleStatus::moduleId)
                .findFirst()
                .orElse(null);
    }

    private List<ModuleItem> modules(List<ModuleStatus> modules, String locale) {
        return modules.stream()
                .map(m -> new ModuleItem(
                        m.moduleId(),
                        content.module(m.moduleId())
                                .map(module -> module.title().in(locale).text())
                                .orElse(m.moduleId()),
                        m.done()))
                .toList();
    }

    String caseTitle(String scenarioId, String locale) {
        return scenarios.any(scenarioId).map(s -> s.title().in(locale).text()).orElse(scenarioId);
    }

    private static String text(Localized localized, String locale) {
        return localized.in(locale).text();
    }
}
