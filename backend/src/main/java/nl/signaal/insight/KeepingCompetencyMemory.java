package nl.signaal.insight;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecorded;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.memory.Fsrs;
import nl.signaal.refresher.memory.MemoryHistory;
import nl.signaal.refresher.memory.MemoryState;
import nl.signaal.refresher.memory.Rating;
import nl.signaal.refresher.memory.Review;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps competency_memory in step with the learning records, as module_memory is kept for modules: every answer that
 * carries a competency moves that learner's FSRS state of it one review on, in the writing transaction. The state is
 * the one the refresher pages derive (every answer with a competency extension, rated by correctness, replayed
 * oldest first with the default weights), so the dashboard's retention agrees with what a learner sees. An answer
 * stored before the last review (demo data written in the past) replays that competency from the records. On the
 * first start with an empty table the rows are built from the stored records.
 */
@Singleton
@Transactional // joins the recording transaction
class KeepingCompetencyMemory {
    private static final Logger LOG = LoggerFactory.getLogger(KeepingCompetencyMemory.class);
    static final Fsrs FSRS = Fsrs.withDefaultWeights();

    private final JdbcOperations jdbc;
    private final Practice practice;
    private final Members members;

    KeepingCompetencyMemory(JdbcOperations jdbc, Practice practice, Members members) {
        this.jdbc = jdbc;
        this.practice = practice;
        this.members = members;
    }

    @EventListener
    void onRecorded(LearningRecorded recorded) {
        if (recorded.verb() != Verb.ANSWERED || recorded.competency() == null) {
            return;
        }
        Rating rating = Rating.forAnswer(Boolean.TRUE.equals(recorded.success()));
        Optional<MemoryState> kept = state(recorded.userId(), recorded.competency());
        MemoryState next;
        if (kept.isEmpty()) {
            next = FSRS.first(rating, recorded.at());
        } else if (!recorded.at().isBefore(kept.get().lastReview())) {
            next = FSRS.next(kept.get(), rating, recorded.at());
        } else {
            next = replay(practice.of(recorded.userId()), recorded.competency()).orElseThrow();
        }
        save(recorded.userId(), recorded.organisationId(), recorded.competency(), next);
    }

    @EventListener
    void onStartup(StartupEvent started) {
        long rows = jdbc.prepareStatement("SELECT COUNT(*) FROM competency_memory", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
        if (rows > 0) {
            return;
        }
        int built = 0;
        for (UUID organisation : members.organisations()) {
            // One learner's records at a time: an organisation's may be millions (docs/insight/bench.md).
            for (UUID learner : learnersWithRecords(organisation)) {
                for (Map.Entry<String, List<Review>> competency :
                        reviews(practice.of(learner)).entrySet()) {
                    MemoryHistory.replay(FSRS, competency.getValue())
                            .ifPresent(state -> save(learner, organisation, competency.getKey(), state));
                    built++;
                }
            }
        }
        if (built > 0) {
            LOG.info("Built {} competency memories from the learning records", built);
        }
    }

    /** Everyone with an answer in the organisation's records, deactivated members too (their memory is kept). */
    private List<UUID> learnersWithRecords(UUID organisation) {
        return jdbc.prepareStatement(
                "SELECT DISTINCT user_id FROM learning_record WHERE organisation_id = ? AND verb = 'ANSWERED'",
                statement -> {
                    statement.setObject(1, organisation);
                    List<UUID> ids = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                });
    }

    private static Optional<MemoryState> replay(List<Practised> practice, String competency) {
        return MemoryHistory.replay(FSRS, reviews(practice).getOrDefault(competency, List.of()));
    }

    /** Every answer with a competency as a review of it, as refresher.Memories reads them. */
    private static Map<String, List<Review>> reviews(List<Practised> practice) {
        Map<String, List<Review>> byCompetency = new LinkedHashMap<>();
        for (Practised record : practice) {
            if (record.verb() == Verb.ANSWERED && record.competency() != null) {
                byCompetency
                        .computeIfAbsent(record.competency(), c -> new ArrayList<>())
                        .add(new Review(record.at(), Rating.forAnswer(Boolean.TRUE.equals(record.success()))));
            }
        }
        return byCompetency;
    }

    private Optional<MemoryState> state(UUID learner, String competency) {
        return jdbc.prepareStatement(
                "SELECT stability, difficulty, last_review FROM competency_memory WHERE user_id = ? AND competency = ?",
                statement -> {
                    statement.setObject(1, learner);
                    statement.setString(2, competency);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next()
                                ? Optional.of(new MemoryState(
                                        row.getDouble(1),
                                        row.getDouble(2),
                                        row.getTimestamp(3).toInstant()))
                                : Optional.empty();
                    }
                });
    }

    private void save(UUID learner, UUID organisation, String competency, MemoryState state) {
        Instant last = state.lastReview();
        int updated = jdbc.prepareStatement(
                "UPDATE competency_memory SET stability = ?, difficulty = ?, last_review = ?, last_review_second = ?,"
                        + " organisation_id = ? WHERE user_id = ? AND competency = ?",
                statement -> {
                    statement.setDouble(1, state.stability());
                    statement.setDouble(2, state.difficulty());
                    statement.setTimestamp(3, Timestamp.from(last));
                    statement.setLong(4, last.getEpochSecond());
                    statement.setObject(5, organisation);
                    statement.setObject(6, learner);
                    statement.setString(7, competency);
                    return statement.executeUpdate();
                });
        // Update, else insert, else (a parallel answer inserted the row in between) update after all: never a
        // unique-key error that would abort the learner's transaction (as module_memory does).
        if (updated == 0 && insert(learner, organisation, competency, state) == 0) {
            save(learner, organisation, competency, state);
        }
    }

    private int insert(UUID learner, UUID organisation, String competency, MemoryState state) {
        Instant last = state.lastReview();
        return jdbc.prepareStatement(
                "INSERT INTO competency_memory (user_id, competency, organisation_id, stability, difficulty,"
                        + " last_review, last_review_second) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                statement -> {
                    statement.setObject(1, learner);
                    statement.setString(2, competency);
                    statement.setObject(3, organisation);
                    statement.setDouble(4, state.stability());
                    statement.setDouble(5, state.difficulty());
                    statement.setTimestamp(6, Timestamp.from(last));
                    statement.setLong(7, last.getEpochSecond());
                    return statement.executeUpdate();
                });
    }
}
