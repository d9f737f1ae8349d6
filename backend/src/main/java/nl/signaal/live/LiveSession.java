package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One live session as stored: every instance reads the same row, so nothing of a session's course lives in memory.
 * revision counts facilitator actions (pushed at once), crowdRevision joins and removals, and the vote gates
 * count votes (both coalesced); together they are the event id (see {@link #withVotes}). openCode is the join code while the session is open and null once it ended.
 * webinarId: the webinar whose live part this is (joining it signed in counts as attending), else null.
 */
@MappedEntity(value = "live_session", escape = false)
record LiveSession(
        @Id UUID id,
        UUID organisationId,
        UUID facilitatorId,
        String kind,
        String activityId,
        String locale,
        String status,
        String code,
        @Nullable String openCode,
        int stepIndex,
        @Nullable String phase,
        @Nullable String nodeId,
        @Nullable String engineState,
        @Nullable Instant timerEndsAt,
        long revision,
        long crowdRevision,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        Instant lastActivityAt,
        @Nullable UUID webinarId) {

    static final String LOBBY = "LOBBY";
    static final String RUNNING = "RUNNING";
    static final String DEBRIEF = "DEBRIEF";
    static final String ENDED = "ENDED";

    static final String VOTING = "VOTING";
    static final String CLOSED = "CLOSED";
    static final String REVEALED = "REVEALED";
    static final String DECIDED = "DECIDED";

    String eventId() {
        return revision + "." + crowdRevision;
    }

    boolean ended() {
        return ENDED.equals(status);
    }

    boolean running() {
        return RUNNING.equals(status);
    }

    /** Voting is open now: the step is VOTING and its timer, if any, has not passed. */
    boolean votingOpen(Instant now) {
        return running() && VOTING.equals(phase) && (timerEndsAt == null || timerEndsAt.isAfter(now));
    }

    /** The phase as everyone sees it: a VOTING step whose timer passed shows as CLOSED. */
    @Nullable
    String shownPhase(Instant now) {
        if (VOTING.equals(phase) && timerEndsAt != null && !timerEndsAt.isAfter(now)) {
            return CLOSED;
        }
        return phase;
    }

    /**
     * The session as its screens see it: the votes counted on its gates added to the crowd revision (so the event id
     * changes with every stored vote) and the latest vote as its last activity.
     */
    LiveSession withVotes(LiveVoteGates.Count count) {
        LiveSession counted = new LiveSession(
                id,
                organisationId,
                facilitatorId,
                kind,
                activityId,
                locale,
                status,
                code,
                openCode,
                stepIndex,
                phase,
                nodeId,
                engineState,
                timerEndsAt,
                revision,
                crowdRevision + count.votes(),
                createdAt,
                startedAt,
                endedAt,
                lastActivityAt,
                webinarId);
        return count.lastVoteAt() == null ? counted : counted.withLastActivity(count.lastVoteAt());
    }

    /** The same session with a later last activity (never an earlier one). */
    LiveSession withLastActivity(Instant at) {
        if (!at.isAfter(lastActivityAt)) {
            return this;
        }
        return new LiveSession(
                id,
                organisationId,
                facilitatorId,
                kind,
                activityId,
                locale,
                status,
                code,
                openCode,
                stepIndex,
                phase,
                nodeId,
                engineState,
                timerEndsAt,
                revision,
                crowdRevision,
                createdAt,
                startedAt,
                endedAt,
                at,
                webinarId);
    }

    /** The same session after a facilitator action at {@code now}. */
    LiveSession acted(
            String status,
            int stepIndex,
            @Nullable String phase,
            @Nullable String nodeId,
            @Nullable String engineState,
            @Nullable Instant timerEndsAt,
            Instant now) {
        boolean ends = ENDED.equals(status);
        return new LiveSession(
                id,
                organisationId,
                facilitatorId,
                kind,
                activityId,
                locale,
                status,
                code,
                ends ? null : openCode,
                stepIndex,
                phase,
                nodeId,
                engineState,
                timerEndsAt,
                revision + 1,
                crowdRevision,
                createdAt,
                startedAt == null && RUNNING.equals(status) ? now : startedAt,
                ends && endedAt == null ? now : endedAt,
                now,
                webinarId);
    }
}
