package nl.signaal.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * signaal.login.*: how logins are throttled (docs/decisions/0008-login-throttling.md). Each key
 * gets its free attempts; every attempt after those waits firstDelay, doubling up to maxDelay. A
 * key left alone for forgetAfter starts afresh. trustForwardedFor: take the client address from
 * the last X-Forwarded-For entry (only behind a proxy that sets it).
 */
@ConfigurationProperties("signaal.login")
record LoginPolicy(
        boolean trustForwardedFor,
        int freeAttemptsPerAccountAndAddress,
        int freeAttemptsPerAccount,
        int freeAttemptsPerAddress,
        Duration firstDelay,
        Duration maxDelay,
        Duration forgetAfter,
        Duration knownAddressFor) {}
