package nl.signaal.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * signaal.session.*: how long a login lasts. Whether the cookie demands HTTPS
 * (signaal.session.secure-cookie) is nl.signaal.web.Https's to decide, as it follows the public URL.
 */
@ConfigurationProperties("signaal.session")
record SessionPolicy(Duration lifetime) {}
