package nl.signaal.identity;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** signaal.session.*: how long a login lasts and whether the cookie demands HTTPS. */
@ConfigurationProperties("signaal.session")
record SessionPolicy(Duration lifetime, boolean secureCookie) {
}
