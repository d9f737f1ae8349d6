package nl.signaal.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 12 characters of Crockford's base32 (digits and capitals without I, L, O and U), 60 random
 * bits, so guessing one among even millions of certificates takes about 2^40 tries; rate limiting does the rest.
 * People type them from paper, so reading one back forgives case, hyphens, spaces and the look-alikes O, I and L.
 */
final class VerificationCodes {
    static final int LENGTH = 12;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, or empty when the text cannot be one (then the answer is the same 404 as for a miss). */
    static Optional<String> normalise(String typed) {
        if (typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** In groups of four for reading aloud and typing: 7K3M-Q9TX-2HBD. */
    static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
