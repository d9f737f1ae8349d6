package nl.signaal.live;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads a {@link Snapshot}: five queries, whatever the number of screens. */
@Singleton
class Snapshots {
    private final LiveSessionRepository sessions;
    private final LiveParticipantRepository participants;
    private final LiveVotes votes;
    private final LiveDecisions decisions;
    private final LiveActivities activities;
    private final LiveVoteGates gates;

    Snapshots(
            LiveSessionRepository sessions,
            LiveParticipantRepository participants,
            LiveVotes votes,
            LiveDecisions decisions,
            LiveActivities activities,
            LiveVoteGates gates) {
        this.sessions = sessions;
        this.participants = participants;
        this.votes = votes;
        this.decisions = decisions;
        this.activities = activities;
        this.gates = gates;
    }

    Snapshot of(UUID sessionId) {
        return of(sessions.findById(sessionId).orElseThrow());
    }

    Snapshot of(LiveSession stored) {
        LiveSession session = stored.withVotes(gates.count(stored.id()));
        LiveActivity activity = activities.activity(session);
        Map<String, Integer> tally = session.running() ? votes.tally(session.id(), session.stepIndex()) : Map.of();
        boolean decided = !LiveSession.LOBBY.equals(session.status());
        return new Snapshot(
                session,
                activity,
                participants.findBySessionIdAndRemovedAtIsNullOrderByJoinedAt(session.id()),
                tally,
                decided ? decisions.of(session.id()) : List.of());
    }
}
