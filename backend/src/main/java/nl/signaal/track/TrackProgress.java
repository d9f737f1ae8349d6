package nl.signaal.track;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.signaal.content.Track;
import nl.signaal.track.Reflections.Reflection;
import nl.signaal.track.TrackRecords.FacilitatedSession;

/**
 * Where one person stands on one track, derived from their records; nothing of it is stored. Each requirement knows
 * whether it holds and since when, so the completion date is the moment the last one came to hold.
 */
record TrackProgress(
        Track track,
        List<ModuleStatus> modules,
        List<CaseStatus> finishedCases,
        List<ModuleStatus> facilitation,
        List<SessionStatus> sessions,
        Optional<Reflection> reflection) {

    enum Step {
        MODULES,
        CASES,
        FACILITATION,
        LIVE_SESSION,
        REFLECTION,
        DONE
    }

    record ModuleStatus(String moduleId, Instant completedAt) {
        boolean done() {
            return completedAt != null;
        }
    }

    /** A case that counts for the track and when the person first finished it. */
    record CaseStatus(String scenarioId, Instant finishedAt) {}

    record SessionStatus(FacilitatedSession session, boolean counts) {}

    static TrackProgress derive(
            Track track,
            Map<String, Instant> completedModules,
            Map<String, Instant> finishedCases,
            List<FacilitatedSession> sessions,
            List<Reflection> reflectionsNewestFirst) {
        List<ModuleStatus> modules = track.requiredModules().stream()
                .map(id -> new ModuleStatus(id, completedModules.get(id)))
                .toList();
        List<ModuleStatus> facilitation = track.facilitation().stream()
                .map(id -> new ModuleStatus(id, completedModules.get(id)))
                .toList();
        List<CaseStatus> cases = finishedCases.entrySet().stream()
                .filter(entry -> track.requiredCases().counts(entry.getKey()))
                .map(entry -> new CaseStatus(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(CaseStatus::finishedAt))
                .toList();
        int minParticipants = track.practical().minParticipants();
        List<SessionStatus> sessionStatuses = sessions.stream()
                .map(session -> new SessionStatus(session, session.participants() >= minParticipants))
                .toList();
        // The approved reflection counts, even when a later one was sent; otherwise the newest shows its state.
        Optional<Reflection> reflection = reflectionsNewestFirst.stream()
                .filter(r -> Reflections.APPROVED.equals(r.status()))
                .findFirst()
                .or(() -> reflectionsNewestFirst.stream().findFirst());
        return new TrackProgress(track, modules, cases, facilitation, sessionStatuses, reflection);
    }

    boolean modulesDone() {
        return modules.stream().allMatch(ModuleStatus::done);
    }

    boolean casesDone() {
        return finishedCases.size() >= track.requiredCases().atLeast();
    }

    boolean facilitationDone() {
        return facilitation.stream().allMatch(ModuleStatus::done);
    }

    List<SessionStatus> countingSessions() {
        return sessions.stream().filter(SessionStatus::counts).toList();
    }

    boolean sessionsDone() {
        return countingSessions().size() >= track.practical().liveSessions();
    }

    boolean reflectionDone() {
        return reflection.filter(r -> Reflections.APPROVED.equals(r.status())).isPresent();
    }

    /** The first requirement that does not hold yet, in the order the track is meant to be walked. */
    Step nextStep() {
        if (!modulesDone()) {
            return Step.MODULES;
        }
        if (!casesDone()) {
            return Step.CASES;
        }
        if (!facilitationDone()) {
            return Step.FACILITATION;
        }
        if (!sessionsDone()) {
            return Step.LIVE_SESSION;
        }
        if (!reflectionDone()) {
            return Step.REFLECTION;
        }
        return Step.DONE;
    }

    boolean complete() {
        return nextStep() == Step.DONE;
    }

    /** When the last requirement came to hold; empty while the track is not complete. */
    Optional<Instant> completedAt() {
        if (!complete()) {
            return Optional.empty();
        }
        int cases = track.requiredCases().atLeast();
        int needed = track.practical().liveSessions();
        List<SessionStatus> counting = countingSessions();
        Stream<Instant> moments = Stream.of(
                        modules.stream().map(ModuleStatus::completedAt),
                        facilitation.stream().map(ModuleStatus::completedAt),
                        Stream.of(counting.get(needed - 1).session().startedAt()),
                        reflection.map(Reflection::reviewedAt).stream())
                .flatMap(s -> s);
        // The cases held from the n-th finished case on (they are sorted by first finish).
        Stream<Instant> caseMoment = Stream.of(finishedCases.get(cases - 1).finishedAt());
        return Stream.concat(moments, caseMoment).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
