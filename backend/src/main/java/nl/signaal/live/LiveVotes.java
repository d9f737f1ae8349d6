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

    LiveVotes(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record Vote(UUID participantId, int step, String optionId, UUID voteId) {}

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

    /** Stores or replaces the participant's vote of that step; false when the row was not there to replace. */
    boolean replace(UUID sessionId, UUID participantId, int step, String optionId, UUID voteId, Instant now) {
        int updated = jdbc.prepareStatement(
                "UPDATE live_vote SET option_id = ?, vote_id = ?, voted_at = ?"
                        + " WHERE session_id = ? AND participant_id = ? AND step_index = ?",
                statement -> {
                    statement.setString(1, optionId);
                    statement.setObject(2, voteId);
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setObject(4, sessionId);
                    statement.setObject(5, participantId);
                    statement.setInt(6, step);
                    return statement.executeUpdate();
                });
        return updated > 0;
    }

    void insert(UUID sessionId, UUID participantId, int step, String optionId, UUID voteId, Instant now) {
        jdbc.prepareStatement(
                "INSERT INTO live_vote (session_id, participant_id, step_index, option_id, vote_id, voted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, sessionId);
                    statement.setObject(2, participantId);
                    statement.setInt(3, step);
                    statement.setString(4, optionId);
                    statement.setObject(5, voteId);
                    statement.setTimestamp(6, Timestamp.from(now));
                    return statement.executeUpdate();
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
