package nl.signaal.insight.region;

import io.micronaut.core.annotation.Nullable;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes of regions: ten characters without look-alikes (no 0/O, 1/I/L), so they can be read over the phone.
 * 31^10 (about 8 * 10^14) codes and five wrong tries per ten minutes per organisation make guessing hopeless.
 */
final class JoinCodes {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the administrator typed, as a code: upper case, without spaces or dashes. */
    static String normalise(@Nullable String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
