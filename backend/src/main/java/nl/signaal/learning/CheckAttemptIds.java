package nl.signaal.learning;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The attempt ids {@code GET /check} hands out carry when they were handed out, sealed by the server, so the check's
 * passed/failed statement gets result.duration without a write on the GET (decision 0055). An id is a UUID (version
 * 8, RFC 9562's custom layout): 48 bits of the issue time in epoch milliseconds, 12 random bits, and 62 bits of a MAC
 * over learner, module, time and random bits ({@link AttemptSeal}). An id the client made itself, one of another
 * learner or module, or one altered in any bit reads as "start unknown" and the statement simply has no duration; the
 * id works as an attempt id all the same (decision 0020).
 */
@Singleton
class CheckAttemptIds {
    /** Longer than this between handing out and submitting is no attempt's duration any more (a tab left open). */
    static final Duration LONGEST = Duration.ofDays(1);

    private static final long VERSION_8 = 0x8000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final long MAC_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private final AttemptSeal seal;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CheckAttemptIds(AttemptSeal seal, Clock clock) {
        this.seal = seal;
        this.clock = clock;
    }

    /** A new attempt id for this learner's check of this module, sealed with the current time. */
    UUID issue(UUID learner, String moduleId) {
        // Not clock.millis(): the app's clock ticks in microseconds, and Clock.tick's millis() divides by zero below a
        // millisecond (JDK 17).
        long millis = clock.instant().toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long randomBits = random.nextInt(1 << 12);
        long most = (millis << 16) | VERSION_8 | randomBits;
        return new UUID(most, VARIANT | mac(learner, moduleId, most));
    }

    /**
     * When the server handed this attempt id out to this learner for this module, if it did and that was no longer
     * than {@link #LONGEST} before {@code now}.
     */
    Optional<Instant> issuedAt(UUID learner, String moduleId, UUID attemptId, Instant now) {
        long most = attemptId.getMostSignificantBits();
        if ((most & 0xF000L) != VERSION_8 || (attemptId.getLeastSignificantBits() & ~MAC_BITS) != VARIANT) {
            return Optional.empty();
        }
        long expected = mac(learner, moduleId, most);
        // Constant time, as the links: how much of a guessed MAC is right must not show.
        if (!java.security.MessageDigest.isEqual(
                ByteBuffer.allocate(8).putLong(expected).array(),
                ByteBuffer.allocate(8)
                        .putLong(attemptId.getLeastSignificantBits() & MAC_BITS)
                        .array())) {
            return Optional.empty();
        }
        Instant issued = Instant.ofEpochMilli(most >>> 16);
        if (issued.isAfter(now) || Duration.between(issued, now).compareTo(LONGEST) > 0) {
            return Optional.empty();
        }
        return Optional.of(issued);
    }

    private long mac(UUID learner, String moduleId, long most) {
        byte[] mac = seal.seal("check-attempt|" + learner + "|" + moduleId + "|" + Long.toHexString(most));
        return ByteBuffer.wrap(mac, 0, 8).getLong() & MAC_BITS;
    }
}
