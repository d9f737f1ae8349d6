package nl.signaal.track;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.signaal.content.Track;

/**
 * Whether a certificate holder keeps the track valid (keptValidBy): refreshers not overdue and at least
 * liveSessionsPerYear counting sessions facilitated a year. Derived per request like the progress; nothing is revoked
 * by it (decision 0017, "Standing"): it is what renewal at the end of the validity asks for.
 *
 * @param liveSessionDueBy when the next counting session must have taken place: a year after the certificate or after
 *     the liveSessionsPerYear-th most recent counting session, whichever is later
 */
record TrackStanding(
        Status status,
        List<Reason> reasons,
        List<String> overdueModules,
        int liveSessionsInLastYear,
        Instant liveSessionDueBy) {

    static final Duration AT_RISK_WINDOW = Duration.ofDays(60);

    enum Status {
        CURRENT,
        AT_RISK,
        LAPSED
    }

    enum Reason {
        REFRESHERS_OVERDUE,
        LIVE_SESSION_DUE_SOON,
        LIVE_SESSION_MISSED
    }

    /**
     * @param certifiedAt when the track was completed (the certificate's date)
     * @param countingSessions start moments of the sessions that count for the practical requirement, any order
     * @param overdueModules the track's modules (required and facilitation) whose refresher is overdue
     */
    static TrackStanding of(
            Track track,
            Instant certifiedAt,
            List<Instant> countingSessions,
            List<String> overdueModules,
            Instant now) {
        int perYear = track.keptValidBy().liveSessionsPerYear();
        List<Instant> newestFirst = countingSessions.stream()
                .filter(at -> !at.isAfter(now))
                .sorted(Comparator.reverseOrder())
                .toList();
        Instant yearAgo = oneYear(now, -1);
        int inLastYear =
                (int) newestFirst.stream().filter(at -> at.isAfter(yearAgo)).count();
        Instant anchor = certifiedAt;
        if (perYear > 0
                && newestFirst.size() >= perYear
                && newestFirst.get(perYear - 1).isAfter(anchor)) {
            anchor = newestFirst.get(perYear - 1);
        }
        Instant dueBy = oneYear(anchor, 1);
        List<Reason> reasons = new ArrayList<>();
        Status status = Status.CURRENT;
        if (perYear > 0 && !now.isBefore(dueBy)) {
            reasons.add(Reason.LIVE_SESSION_MISSED);
            status = Status.LAPSED;
        } else if (perYear > 0 && now.plus(AT_RISK_WINDOW).isAfter(dueBy)) {
            reasons.add(Reason.LIVE_SESSION_DUE_SOON);
            status = Status.AT_RISK;
        }
        List<String> overdue = track.keptValidBy().refreshers() ? List.copyOf(overdueModules) : List.of();
        if (!overdue.isEmpty()) {
            reasons.add(0, Reason.REFRESHERS_OVERDUE);
            if (status == Status.CURRENT) {
                status = Status.AT_RISK;
            }
        }
        return new TrackStanding(status, List.copyOf(reasons), overdue, inLastYear, dueBy);
    }

    private static Instant oneYear(Instant from, int years) {
        return from.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
    }
}
