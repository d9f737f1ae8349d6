package nl.signaal.identity;

import java.util.UUID;

/**
 * A feature's share of what Signaal keeps about a person (docs/privacy.md). Each feature that stores data about a
 * user implements it with its own repositories; identity finds every implementation through dependency injection,
 * so it puts together the download and the erasure without knowing the features (they depend on identity, never the
 * other way round).
 */
public interface PersonalData {

    /** The key of this part in the download, e.g. {@code learningRecords}. */
    String section();

    /** Everything this feature keeps about the user, as values the JSON serialiser can write. */
    Object exportOf(UUID userId);

    /**
     * Removes the user's personal data from this feature, or (learning records) replaces the user's id by
     * {@code pseudonym}. Runs in the erasing transaction, before identity removes the account itself; must do nothing
     * for a user of whom nothing is left.
     */
    void erase(UUID userId, UUID pseudonym);
}
