package nl.signaal.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.signaal.web.ApiException;

/**
 * What every new password must be, wherever it is set (register, setup, the configured first administrator, reset,
 * change): long enough in characters as people count them (code points, so six emoji are six, not twelve), more than
 * spaces, not the person's e-mail address or name, and not easy to guess according to zxcvbn (docs/decisions/0009).
 */
final class PasswordRules {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    /** zxcvbn's 0-4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
    static final int MIN_SCORE = 3;
    /**
     * zxcvbn's matching grows faster than linearly with length (64 repeated characters take ~0.5 s): only the start
     * is measured. A start that is hard to guess makes the whole password hard to guess.
     */
    static final int MEASURED_PREFIX = 40;
    /** A shorter name or address part matches too much by chance ("Jo", "an"). */
    private static final int MIN_PERSONAL_PART = 4;

    private PasswordRules() {}

    /** Throws a 400 problem naming {@code field} when the password breaks a rule. */
    static void check(String field, String password, String email, String displayName) {
        problem(password, email, displayName).ifPresent(reason -> {
            throw ApiException.invalidField(field, reason);
        });
    }

    /** The reason the password is refused, in words for the person choosing it; empty when it is fine. */
    static Optional<String> problem(String password, String email, String displayName) {
        if (password == null) {
            return Optional.of("must not be empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (isOnlySpace(password)) {
            return Optional.of("must be more than spaces");
        }
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        String folded = fold(password);
        for (String whole : wholeIdentity(email, displayName)) {
            if (whole.length() >= MIN_PERSONAL_PART && folded.contains(whole)) {
                return Optional.of("must not contain your e-mail address or name");
            }
        }
        int end = password.offsetByCodePoints(0, Math.min(length, MEASURED_PREFIX));
        if (Estimator.ZXCVBN
                        .measure(password.substring(0, end), guessingHints(email, displayName))
                        .getScore()
                < MIN_SCORE) {
            return Optional.of("is too easy to guess: use a longer sentence or words that do not belong together");
        }
        return Optional.empty();
    }

    private static boolean isOnlySpace(String password) {
        return password.codePoints()
                .allMatch(c -> Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT);
    }

    /** What the password may not contain: the address, its part before the @, and the whole name. */
    private static List<String> wholeIdentity(String email, String displayName) {
        List<String> words = new ArrayList<>();
        if (email != null && !email.isBlank()) {
            String address = fold(email);
            words.add(address);
            int at = address.indexOf('@');
            if (at > 0) {
                words.add(address.substring(0, at));
            }
        }
        if (displayName != null && !displayName.isBlank()) {
            String name = fold(displayName);
            words.add(name);
            words.add(name.replaceAll("\\s+", ""));
        }
        return words;
    }

    /** The same and each word of the name: zxcvbn counts them as easy to guess for this person, not as forbidden. */
    private static List<String> guessingHints(String email, String displayName) {
        List<String> hints = wholeIdentity(email, displayName);
        if (displayName != null) {
            for (String part : fold(displayName).split("[\\s@.]+")) {
                if (!part.isEmpty()) {
                    hints.add(part);
                }
            }
        }
        return hints;
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** Loaded on first use: the dictionaries take about half a second, which start-up need not pay. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
