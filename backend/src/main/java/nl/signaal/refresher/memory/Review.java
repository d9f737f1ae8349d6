package nl.signaal.refresher.memory;

import java.time.Instant;
import java.util.Objects;

/** One moment of practice: when, and how well it was recalled. */
public record Review(Instant at, Rating rating) {
    public Review {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
    }
}
