package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import java.security.SecureRandom;
import java.util.Locale;

/** Check-in codes: six characters without look-alikes (no 0/O, 1/I/L), read aloud or typed from a shared screen. */
final class CheckinCodes {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckinCodes() {}

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the person typed, as a code: upper case, without spaces or dashes. */
    static String normalise(@Nullable String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Compared in constant time, so timing tells nothing of how much of a guess was right. */
    static boolean matches(@Nullable String expected, String typed) {
        return expected != null
                && java.security.MessageDigest.isEqual(
                        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        normalise(typed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
