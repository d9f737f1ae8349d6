package nl.signaal.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order in which a learner sees options, choices or questions: shuffled, but derived from a seed (an attempt,
 * run or session id with the item id), never from the clock, so the same seed always gives the same order and
 * nothing needs storing (decision 0020). Each element is ranked by the SHA-256 of the seed and its own id; the order
 * depends only on the seed and the set of ids, not on the authored order.
 */
public final class SeededOrder {
    private SeededOrder() {}

    /** The seed made of its parts, e.g. {@code seed("check", userId, attemptId)}. */
    public static String seed(Object... parts) {
        StringBuilder seed = new StringBuilder();
        for (Object part : parts) {
            if (seed.length() > 0) {
                seed.append('/');
            }
            seed.append(part);
        }
        return seed.toString();
    }

    /** {@code items} in the order the seed gives; {@code id} names each item (ids are unique within the list). */
    public static <T> List<T> of(String seed, List<T> items, Function<T, String> id) {
        return items.stream()
                .sorted(Comparator.comparing((T item) -> rank(seed, id.apply(item)))
                        .thenComparing(id))
                .toList();
    }

    private static String rank(String seed, String id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((seed + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
