package nl.signaal.identity;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** signaal.login.*: after maxFailures wrong passwords in a row the account waits for lockout. */
@ConfigurationProperties("signaal.login")
record LoginPolicy(int maxFailures, Duration lockout) {
}
