package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The live_decision table: each decided step with its tally frozen as JSON (option id to votes, in shown order), so
 * debrief and summary show what the room saw without counting again.
 */
@Singleton
@Transactional // joins the caller's transaction; a read on its own gets a connection of its own
class LiveDecisions {
    private final JdbcOperations jdbc;
    private final JsonMapper json;

    LiveDecisions(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Decision(int step, String nodeId, @Nullable String chosenOptionId, String how, Map<String, Integer> tally) {}

    void save(UUID sessionId, Decision decision, Instant now) {
        String tally;
        try {
            tally = json.writeValueAsString(decision.tally());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.prepareStatement(
                "INSERT INTO live_decision (session_id, step_index, node_id, chosen_option_id, how, tally, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, sessionId);
                    statement.setInt(2, decision.step());
                    statement.setString(3, decision.nodeId());
                    statement.setString(4, decision.chosenOptionId());
                    statement.setString(5, decision.how());
                    statement.setString(6, tally);
                    statement.setTimestamp(7, Timestamp.from(now));
                    return statement.executeUpdate();
                });
    }

    List<Decision> of(UUID sessionId) {
        return jdbc.prepareStatement(
                "SELECT step_index, node_id, chosen_option_id, how, tally FROM live_decision WHERE session_id = ?"
                        + " ORDER BY step_index",
                statement -> {
                    statement.setObject(1, sessionId);
                    List<Decision> decisions = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            decisions.add(new Decision(
                                    rows.getInt(1),
                                    rows.getString(2),
                                    rows.getString(3),
                                    rows.getString(4),
                                    tally(rows.getString(5))));
                        }
                    }
                    return decisions;
                });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> tally(String text) {
        try {
            Map<String, Object> read = json.readValue(text, Map.class);
            Map<String, Integer> tally = new LinkedHashMap<>();
            read.forEach((option, votes) -> tally.put(option, ((Number) votes).intValue()));
            return tally;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
