package nl.signaal.refresher.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed links in reminder e-mail and for other features (through {@link ReminderLinks} and {@link PersonalLinks}, which
 * alone may sign and check: the constructor, sign and verify stay in this package): {@code base64url(payload) "." base64url(HMAC-SHA256(payload))} with payload
 * {@code v1|user|purpose|expiry-epoch-seconds}. Plain JDK. Nothing is stored per link: the signature is the proof,
 * so every instance that shares the secret accepts every other instance's links.
 */
public final class LinkSigner {
    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a link does when followed. */
    public enum Purpose {
        OPEN,
        SNOOZE,
        UNSUBSCRIBE,
        /** A person's webinar calendar feed (nl.signaal.webinar), through {@link PersonalLinks}. */
        CALENDAR_FEED
    }

    /** A checked link. */
    public record Link(UUID userId, Purpose purpose, Instant expiresAt) {}

    /** Why a token was refused; the controller turns it into a problem answer. */
    public enum Refusal {
        /** Malformed, signed with another secret or altered. */
        INVALID,
        EXPIRED
    }

    public static final class RefusedLink extends RuntimeException {
        private final Refusal refusal;

        RefusedLink(Refusal refusal) {
            super(refusal == Refusal.EXPIRED ? "This link has expired." : "This is not a valid link.");
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final SecretKeySpec key;

    LinkSigner(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("A link secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    String sign(UUID userId, Purpose purpose, Instant expiresAt) {
        String payload =
                String.join("|", VERSION, userId.toString(), purpose.name(), Long.toString(expiresAt.getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The link, if the signature holds and it has not expired at {@code now}. */
    Link verify(String token, Instant now) {
        Link link = read(token).orElseThrow(() -> new RefusedLink(Refusal.INVALID));
        if (!now.isBefore(link.expiresAt())) {
            throw new RefusedLink(Refusal.EXPIRED);
        }
        return link;
    }

    /** As {@link #verify(String, Instant)}, and refused as invalid when the link was made for another purpose. */
    Link verify(String token, Purpose expected, Instant now) {
        Link link = verify(token, now);
        if (link.purpose() != expected) {
            throw new RefusedLink(Refusal.INVALID);
        }
        return link;
    }

    /**
     * A MAC of another purpose's payload under the same key. Link payloads start with {@code v1|} and callers prefix
     * theirs with their purpose, so no seal is ever a valid link signature or the other way round.
     */
    byte[] seal(String payload) {
        if (payload.startsWith(VERSION + "|")) {
            throw new IllegalArgumentException("A sealed payload must not look like a link");
        }
        return mac(payload.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Link> read(String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            // Constant time: how much of a guessed signature is right must not show in the response time.
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            return Optional.of(new Link(
                    UUID.fromString(parts[1]),
                    Purpose.valueOf(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException e) {
            // Base64, UUID, enum and number parsing all throw IllegalArgumentException (NumberFormatException too).
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
