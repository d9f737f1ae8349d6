package nl.signaal.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.web.ApiException;

/**
 * Organisation API credentials (decision 0041): an administrator makes one, sees its secret once, lists and revokes
 * them; an xAPI client signs in with key id and secret. The secret is 256 random bits, so a single SHA-256 is enough
 * to keep it unusable from a stolen table, and costs nothing per request (Argon2id on every call of a syncing LRS
 * would take a core's share of the password hashing capacity).
 */
@Singleton
class ApiCredentials {
    static final String KEY_PREFIX = "sx_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiCredentialRepository credentials;
    private final Clock clock;

    ApiCredentials(ApiCredentialRepository credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** A new credential and its secret, which is nowhere else to be read again. */
    record Created(ApiCredential credential, String secret) {}

    @Transactional
    Created create(SignedInUser admin, String name) {
        String secret = SecretTokens.urlSafe(32);
        ApiCredential credential = credentials.save(new ApiCredential(
                UUID.randomUUID(),
                admin.organisationId(),
                name.strip(),
                KEY_PREFIX + SecretTokens.urlSafe(15),
                SecretTokens.sha256(secret),
                admin.id(),
                clock.instant(),
                null,
                null));
        return new Created(credential, secret);
    }

    List<ApiCredential> list(UUID organisationId) {
        return credentials.findByOrganisationIdOrderByCreatedAt(organisationId);
    }

    /** Revoked at once: the next request with it answers 401. Another organisation's credential answers 404. */
    @Transactional
    ApiCredential revoke(SignedInUser admin, UUID id) {
        ApiCredential credential = credentials
                .findByIdAndOrganisationId(id, admin.organisationId())
                .orElseThrow(() -> ApiException.notFound("No such API credential."));
        credentials.revoke(credential.id(), clock.instant());
        return credentials.findByIdAndOrganisationId(id, admin.organisationId()).orElseThrow();
    }

    /** The client behind a key id and secret, if both are right and the credential is not revoked. */
    Optional<ApiClient> authenticate(String keyId, String secret) {
        String hash = SecretTokens.sha256(secret);
        Optional<ApiCredential> found = credentials
                .findByKeyId(keyId)
                .filter(credential -> credential.revokedAt() == null)
                .filter(credential -> SecretTokens.sameSecret(credential.secretHash(), hash));
        found.ifPresent(credential -> {
            Instant now = clock.instant();
            credentials.used(credential.id(), now, now.minus(LAST_USED_PRECISION));
        });
        return found.map(credential -> new ApiClient(credential.id(), credential.organisationId()));
    }
}
