package nl.signaal.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Attempt ids that prove when they were handed out (decision 0055). */
class CheckAttemptIdsTest {
    private static final Instant ISSUED = Instant.parse("2026-12-07T10:00:00.123Z");
    private static final UUID LEARNER = UUID.randomUUID();

    /** A stand-in seal: a keyed digest, deterministic as the real one. */
    private static final AttemptSeal SEAL = payload -> {
        try {
            return MessageDigest.getInstance("SHA-256").digest(("key|" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    };

    private final CheckAttemptIds ids = new CheckAttemptIds(SEAL, Clock.fixed(ISSUED, ZoneOffset.UTC));

    @Test
    void anIssuedIdGivesBackWhenItWasIssued() {
        UUID id = ids.issue(LEARNER, "m1");
        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(ids.issuedAt(LEARNER, "m1", id, ISSUED.plus(Duration.ofMinutes(4))))
                .contains(Instant.parse("2026-12-07T10:00:00.123Z"));
    }

    @Test
    void worksWithTheApplicationsMicrosecondClock() {
        // The app's clock (TimeFactory) ticks in microseconds; Clock.tick's millis() divides by zero there.
        var microsecondClock = Clock.tick(Clock.fixed(ISSUED, ZoneOffset.UTC), Duration.ofNanos(1_000));
        UUID id = new CheckAttemptIds(SEAL, microsecondClock).issue(LEARNER, "m1");
        assertThat(ids.issuedAt(LEARNER, "m1", id, ISSUED.plusSeconds(1))).contains(ISSUED);
    }

    @Test
    void twoIdsIssuedAtOnceDiffer() {
        assertThat(ids.issue(LEARNER, "m1")).isNotEqualTo(ids.issue(LEARNER, "m1"));
    }

    @Test
    void aRandomIdOrOneOfAnotherLearnerOrModuleHasNoStart() {
        UUID id = ids.issue(LEARNER, "m1");
        Instant later = ISSUED.plus(Duration.ofMinutes(4));
        assertThat(ids.issuedAt(LEARNER, "m1", UUID.randomUUID(), later)).isEmpty();
        assertThat(ids.issuedAt(UUID.randomUUID(), "m1", id, later)).isEmpty();
        assertThat(ids.issuedAt(LEARNER, "m2", id, later)).isEmpty();
    }

    @Test
    void anIdWithAnEarlierTimeWrittenIntoItHasNoStart() {
        UUID id = ids.issue(LEARNER, "m1");
        long earlier = id.getMostSignificantBits() - (3_600_000L << 16);
        UUID forged = new UUID(earlier, id.getLeastSignificantBits());
        assertThat(ids.issuedAt(LEARNER, "m1", forged, ISSUED.plus(Duration.ofMinutes(4))))
                .isEmpty();
    }

    @Test
    void anAttemptLongerThanADayOrFromTheFutureHasNoDuration() {
        UUID id = ids.issue(LEARNER, "m1");
        assertThat(ids.issuedAt(LEARNER, "m1", id, ISSUED.plus(Duration.ofHours(25))))
                .isEmpty();
        assertThat(ids.issuedAt(LEARNER, "m1", id, ISSUED.minusSeconds(1))).isEmpty();
        assertThat(ids.issuedAt(LEARNER, "m1", id, ISSUED.plus(Duration.ofHours(23))))
                .isPresent();
    }
}
