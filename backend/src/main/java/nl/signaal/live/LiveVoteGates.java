package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The live_vote_gate table: {@link #SLOTS} rows per session that order votes against the facilitator's actions
 * without one hot row. A vote locks only its participant's slot row, and only if the step it names is open for votes
 * (the row carries the voting step and timer); a facilitator action rewrites all slot rows of the session, so it
 * waits for the votes holding a slot and every later vote sees the new state. Votes of one session thus run 16 side
 * by side instead of one after the other (docs/decisions/0015-live-sessions.md).
 */
@Singleton
@Transactional // joins the caller's transaction
class LiveVoteGates {
    static final int SLOTS = 16;
    /** The step_index of a gate while no step is open for votes. */
    static final int SHUT = -1;

    private final JdbcOperations jdbc;

    LiveVoteGates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What the gates add to the session row: the stored votes (a counter) and the latest vote's time. */
    record Count(long votes, @Nullable Instant lastVoteAt) {}

    static int slot(UUID participantId) {
        return Math.floorMod(participantId.hashCode(), SLOTS);
    }

    /**
     * Passes one vote: counts it on the participant's slot while {@code step} is open for votes, and holds that row
     * until the transaction ends. False when voting on that step is closed (or the session has no gates yet).
     */
    boolean pass(UUID sessionId, UUID participantId, int step, Instant now) {
        int updated = jdbc.prepareStatement(
                "UPDATE live_vote_gate SET votes = votes + 1, last_vote_at = ?"
                        + " WHERE session_id = ? AND slot = ? AND step_index = ?"
                        + " AND (timer_ends_at IS NULL OR timer_ends_at > ?)",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    statement.setObject(2, sessionId);
                    statement.setInt(3, slot(participantId));
                    statement.setInt(4, step);
                    statement.setTimestamp(5, Timestamp.from(now));
                    return statement.executeUpdate();
                });
        return updated > 0;
    }

    /**
     * Sets every gate of the session to its state (the voting step and timer, or shut), creating them the first
     * time. The caller holds the session row's lock, so this waits only for the votes in flight.
     */
    void follow(LiveSession session) {
        boolean voting = session.running() && LiveSession.VOTING.equals(session.phase());
        int step = voting ? session.stepIndex() : SHUT;
        Timestamp timer = voting && session.timerEndsAt() != null ? Timestamp.from(session.timerEndsAt()) : null;
        int updated = jdbc.prepareStatement(
                "UPDATE live_vote_gate SET step_index = ?, timer_ends_at = ? WHERE session_id = ?", statement -> {
                    statement.setInt(1, step);
                    statement.setTimestamp(2, timer);
                    statement.setObject(3, session.id());
                    return statement.executeUpdate();
                });
        if (updated == 0) {
            for (int slot = 0; slot < SLOTS; slot++) {
                int row = slot;
                jdbc.prepareStatement(
                        "INSERT INTO live_vote_gate (session_id, slot, step_index, timer_ends_at, votes)"
                                + " VALUES (?, ?, ?, ?, 0)",
                        statement -> {
                            statement.setObject(1, session.id());
                            statement.setInt(2, row);
                            statement.setInt(3, step);
                            statement.setTimestamp(4, timer);
                            return statement.executeUpdate();
                        });
            }
        }
    }

    Count count(UUID sessionId) {
        return jdbc.prepareStatement(
                "SELECT COALESCE(SUM(votes), 0), MAX(last_vote_at) FROM live_vote_gate WHERE session_id = ?",
                statement -> {
                    statement.setObject(1, sessionId);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        Timestamp last = rows.getTimestamp(2);
                        return new Count(rows.getLong(1), last == null ? null : last.toInstant());
                    }
                });
    }
}
