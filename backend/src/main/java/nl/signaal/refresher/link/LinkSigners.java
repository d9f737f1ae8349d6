package nl.signaal.refresher.link;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link LinkSigner}: keyed with {@code signaal.links.secret} when configured, otherwise with a random key
 * generated once and stored in link_secret. Either way every instance on the database signs and checks with the same
 * key, and a restart leaves mailed links valid.
 */
@Factory
class LinkSigners {
    private static final Logger LOG = LoggerFactory.getLogger(LinkSigners.class);
    private static final int GENERATED_BYTES = 32;

    @Singleton
    LinkSigner linkSigner(
            @Value("${signaal.links.secret:}") String configured, LinkSecretRepository secrets, Clock clock) {
        if (!configured.isBlank()) {
            byte[] key = configured.getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("signaal.links.secret (SIGNAAL_LINK_SECRET) must be at least "
                        + "32 characters; leave it empty to let Signaal generate one in the database");
            }
            return new LinkSigner(key);
        }
        return new LinkSigner(Base64.getUrlDecoder().decode(stored(secrets, clock)));
    }

    private static String stored(LinkSecretRepository secrets, Clock clock) {
        return secrets.findById(LinkSecret.REMINDER_LINKS)
                .map(LinkSecret::secret)
                .orElseGet(() -> {
                    byte[] key = new byte[GENERATED_BYTES];
                    new SecureRandom().nextBytes(key);
                    String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
                    try {
                        secrets.save(new LinkSecret(LinkSecret.REMINDER_LINKS, encoded, clock.instant()));
                        LOG.info("Generated the key for signed reminder links and stored it in the database");
                        return encoded;
                    } catch (DataAccessException e) {
                        // Another instance stored its key a moment earlier: everyone uses that one.
                        return secrets.findById(LinkSecret.REMINDER_LINKS)
                                .orElseThrow(() -> e)
                                .secret();
                    }
                });
    }
}
