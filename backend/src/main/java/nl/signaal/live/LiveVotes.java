package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The live_vote table: one row per participant and step (its primary key), holding the latest option and the
 * client's id of that vote. Plain SQL, as the composite key gains nothing from an entity.
 */
@Singleton
@Transactional // joins the caller's transaction; a read on its own gets a connection of its own
class LiveVotes {
    private final JdbcOperations jdbc;
    private final LiveVoteGates gates;

    LiveVotes(JdbcOperations jdbc, LiveVoteGates gates) {
        this.jdbc = jdbc;
        this.gates = gates;
    }

    record Vote(UUID participantId, int step, String optionId, UUID voteId) {}

    /** Why a vote was not stored; thrown out of {@link #cast}, so its transaction rolls back. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        enum Reason {
            /** The step is not (or no longer) open for votes. */
            CLOSED,
            /** The participant was removed, or the cookie's token was replaced. */
            NOT_A_VOTER,
            /** This voteId belongs to another participant. */
            VOTE_ID_USED
        }

        final Reason reason;

        Refused(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    /**
     * Stores one vote in one short transaction: the same voteId again answers what it stored; otherwise the vote row
     * is written (only while the participant with this token hash is not removed), then the gate is passed last, so
     * the slot lock is held for the commit only. Throws {@link Refused}; a vote of the same participant arriving at
     * the same moment makes the insert fail (DataAccessException).
     */
    @Transactional
    Vote cast(LiveParticipant voter, UUID voteId, int step, String optionId, Instant now) {
        Vote earlier = byVoteId(voteId);
        if (earlier != null) {
            if (!earlier.participantId().equals(voter.id())) {
                throw new Refused(Refused.Reason.VOTE_ID_USED);
            }
            return earlier;
        }
        if (!replace(voter, step, optionId, voteId, now) && !insert(voter, step, optionId, voteId, now)) {
            throw new Refused(Refused.Reason.NOT_A_VOTER);
        }
        if (!gates.pass(voter.sessionId(), voter.id(), step, now)) {
            throw new Refused(Refused.Reason.CLOSED);
        }
        return new Vote(voter.id(), step, optionId, voteId);
    }

    private static final String VOTER =
            "SELECT 1 FROM live_participant p WHERE p.id = ? AND p.token_hash = ?" + " AND p.removed_at IS NULL";

    /** Replaces the voter's vote of that step; false when there was none (or the voter may not vote). */
    private boolean replace(LiveParticipant voter, int step, String optionId, UUID voteId, Instant now) {
        return jdbc.prepareStatement(
                        "UPDATE live_vote SET option_id = ?, vote_id = ?, voted_at = ?"
                                + " WHERE session_id = ? AND participant_id = ? AND step_index = ? AND EXISTS ("
                                + VOTER + ")",
                        statement -> {
                            statement.setString(1, optionId);
                            statement.setObject(2, voteId);
                            statement.setTimestamp(3, Timestamp.from(now));
                            statement.setObject(4, voter.sessionId());
                            statement.setObject(5, voter.id());
                            statement.setInt(6, step);
                            statement.setObject(7, voter.id());
                            statement.setString(8, voter.tokenHash());
                            return statement.executeUpdate();
                        })
                > 0;
    }

    /** Inserts the voter's vote of that step; false when the voter may not vote. */
    private boolean insert(LiveParticipant voter, int step, String optionId, UUID voteId, Instant now) {
        return jdbc.prepareStatement(
                        "INSERT INTO live_vote (session_id, participant_id, step_index, option_id, vote_id, voted_at)"
                                // typed: PostgreSQL cannot infer a select list's parameter types from the target
                                + " SELECT CAST(? AS UUID), CAST(? AS UUID), CAST(? AS INT), CAST(? AS VARCHAR(100)),"
                                + " CAST(? AS UUID), CAST(? AS TIMESTAMP WITH TIME ZONE) FROM live_participant p WHERE p.id = ?"
                                + " AND p.token_hash = ? AND p.removed_at IS NULL",
                        statement -> {
                            statement.setObject(1, voter.sessionId());
                            statement.setObject(2, voter.id());
                            statement.setInt(3, step);
                            statement.setString(4, optionId);
                            statement.setObject(5, voteId);
                            statement.setTimestamp(6, Timestamp.from(now));
                            statement.setObject(7, voter.id());
                            statement.setString(8, voter.tokenHash());
                            return statement.executeUpdate();
                        })
                > 0;
    }

    @Nullable
    Vote byVoteId(UUID voteId) {
        return jdbc.prepareStatement(
                "SELECT participant_id, step_index, option_id, vote_id FROM live_vote WHERE vote_id = ?", statement -> {
                    statement.setObject(1, voteId);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? vote(rows) : null;
                    }
                });
    }

    /** Votes per option of one step. */
    Map<String, Integer> tally(UUID sessionId, int step) {
        return jdbc.prepareStatement(
                "SELECT option_id, COUNT(*) FROM live_vote WHERE session_id = ? AND step_index = ? GROUP BY option_id",
                statement -> {
                    statement.setObject(1, sessionId);
                    statement.setInt(2, step);
                    Map<String, Integer> tally = new HashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            tally.put(rows.getString(1), rows.getInt(2));
                        }
                    }
                    return tally;
                });
    }

    /** One participant's votes, by step. */
    List<Vote> of(UUID participantId) {
        return jdbc.prepareStatement(
                "SELECT participant_id, step_index, option_id, vote_id FROM live_vote WHERE participant_id = ?"
                        + " ORDER BY step_index",
                statement -> {
                    statement.setObject(1, participantId);
                    return all(statement.executeQuery());
                });
    }

    /** Every vote of one step, for the practice records of signed-in participants. */
    List<Vote> ofStep(UUID sessionId, int step) {
        return jdbc.prepareStatement(
                "SELECT participant_id, step_index, option_id, vote_id FROM live_vote WHERE session_id = ?"
                        + " AND step_index = ?",
                statement -> {
                    statement.setObject(1, sessionId);
                    statement.setInt(2, step);
                    return all(statement.executeQuery());
                });
    }

    /** Discards a removed participant's vote of a step that was not revealed yet. */
    void discard(UUID sessionId, UUID participantId, int step) {
        jdbc.prepareStatement(
                "DELETE FROM live_vote WHERE session_id = ? AND participant_id = ? AND step_index = ?", statement -> {
                    statement.setObject(1, sessionId);
                    statement.setObject(2, participantId);
                    statement.setInt(3, step);
                    return statement.executeUpdate();
                });
    }

    private static List<Vote> all(ResultSet rows) throws SQLException {
        try (rows) {
            List<Vote> votes = new ArrayList<>();
            while (rows.next()) {
                votes.add(vote(rows));
            }
            return votes;
        }
    }

    private static Vote vote(ResultSet rows) throws SQLException {
        return new Vote(
                rows.getObject(1, UUID.class), rows.getInt(2), rows.getString(3), rows.getObject(4, UUID.class));
    }
}
