package nl.signaal.learning;

/**
 * A MAC under the server's signing key, so that an attempt id can prove when the server handed it out (decision
 * 0055). Implemented where that key is kept ({@code nl.signaal.refresher.link}, the one signing key of Signaal), so
 * learning needs no key of its own and every instance checks every other instance's ids.
 */
public interface AttemptSeal {
    /** The MAC of this payload; the same payload always gives the same bytes (at least 8). */
    byte[] seal(String payload);
}
