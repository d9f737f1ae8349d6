package nl.signaal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginThrottleRepository extends GenericRepository<ThrottleCounter, String> {

    Optional<ThrottleCounter> findByThrottleKey(String throttleKey);

    @Query(
            "INSERT INTO login_throttle (throttle_key, attempts, delay_ms, next_allowed, last_attempt) VALUES (:key, 0, 0, 0, 0) ON CONFLICT DO NOTHING")
    void ensure(String key);

    /**
     * Counts an attempt if the key allows one now, in one statement: parallel attempts queue on the
     * row lock and each sees the count the previous one left, so no more than the free attempts
     * get through. A key idle since before {@code forgetBefore} starts afresh. Until the free
     * attempts are used up, next_allowed stays 0: a parallel attempt that read the clock a moment
     * earlier must not find itself "before" the one that just went. Returns 1 when the attempt is
     * counted and may go ahead, 0 when it must wait.
     */
    @Query("""
            UPDATE login_throttle SET
              attempts = CASE WHEN last_attempt < :forgetBefore THEN 1 ELSE attempts + 1 END,
              delay_ms = CASE WHEN last_attempt < :forgetBefore OR attempts + 1 < :free THEN 0
                              WHEN attempts + 1 = :free THEN :firstDelay
                              ELSE LEAST(delay_ms * 2, :maxDelay) END,
              next_allowed = CASE WHEN last_attempt < :forgetBefore OR attempts + 1 < :free THEN 0
                              WHEN attempts + 1 = :free THEN :now + :firstDelay
                              ELSE :now + LEAST(delay_ms * 2, :maxDelay) END,
              last_attempt = GREATEST(last_attempt, :now)
            WHERE throttle_key = :key AND (next_allowed <= :now OR last_attempt < :forgetBefore)""")
    int reserve(String key, long now, long forgetBefore, int free, long firstDelay, long maxDelay);

    /** Takes back an attempt that turned out not to be a failure (a success, or a server too busy to check). */
    @Query("""
            UPDATE login_throttle SET
              attempts = attempts - 1,
              delay_ms = CASE WHEN attempts - 1 < :free THEN 0 ELSE delay_ms END,
              next_allowed = CASE WHEN attempts - 1 < :free THEN 0 ELSE next_allowed END
            WHERE throttle_key = :key AND attempts > 0""")
    void refund(String key, int free);

    @Query("DELETE FROM login_throttle WHERE throttle_key = :key")
    void reset(String key);

    /** Remembers (or keeps remembering) that an account logged in from an address, until {@code until}. */
    @Query("""
            UPDATE login_throttle SET attempts = 0, delay_ms = 0, next_allowed = :until, last_attempt = :now
            WHERE throttle_key = :key""")
    void remember(String key, long now, long until);

    /** Rows that hold nothing any more: idle since {@code before} and not in force at {@code now}. */
    @Query("DELETE FROM login_throttle WHERE last_attempt < :before AND next_allowed < :now")
    int forgetIdle(long before, long now);
}
