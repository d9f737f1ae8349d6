package nl.signaal.identity;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Throttles login attempts in the database, so every instance sharing it counts the same
 * (docs/decisions/0008-login-throttling.md). Keys are built from the hash of the normalised e-mail
 * address, whether or not an account has it, so unknown addresses are throttled exactly like
 * known ones. An attempt is reserved before the password is checked, on three keys:
 * <ul>
 *   <li>the account with this client address: a guesser slows down only themselves;</li>
 *   <li>the account from any address it has not logged in from lately: bounds guessing from many
 *       addresses, and cannot hold back the owner at an address they logged in from before;</li>
 *   <li>the client address across accounts: bounds trying one password on many accounts.</li>
 * </ul>
 */
@Singleton
class LoginThrottle {
    private final LoginThrottleRepository counters;
    private final LoginPolicy policy;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository counters, LoginPolicy policy, Clock clock) {
        this.counters = counters;
        this.policy = policy;
        this.clock = clock;
    }

    sealed interface Decision {}

    /** The attempt may go ahead; it counts as a failure unless {@link #succeeded} or {@link #withdraw} say otherwise. */
    record Reservation(String account, String address, List<Key> taken) implements Decision {}

    /** The attempt must wait this long; nothing was counted. */
    record Refused(Duration retryAfter) implements Decision {}

    record Key(String value, int free) {}

    Decision reserve(String normalisedEmail, String clientAddress) {
        String account = SecretTokens.sha256(normalisedEmail);
        long now = now();
        List<Key> keys = new ArrayList<>(3);
        keys.add(new Key("pair:" + account + "|" + clientAddress, policy.freeAttemptsPerAccountAndAddress()));
        if (!known(account, clientAddress, now)) {
            keys.add(new Key("account:" + account, policy.freeAttemptsPerAccount()));
        }
        keys.add(new Key("address:" + clientAddress, policy.freeAttemptsPerAddress()));

        List<Key> taken = new ArrayList<>(3);
        for (Key key : keys) {
            counters.ensure(key.value());
            if (counters.reserve(
                            key.value(),
                            now,
                            now - policy.forgetAfter().toMillis(),
                            key.free(),
                            policy.firstDelay().toMillis(),
                            policy.maxDelay().toMillis())
                    == 0) {
                taken.forEach(k -> counters.refund(k.value(), k.free()));
                return new Refused(waitFor(key.value(), now));
            }
            taken.add(key);
        }
        return new Reservation(account, clientAddress, List.copyOf(taken));
    }

    /** The password was right: the account starts afresh at this address, which it is now known at. */
    void succeeded(Reservation reservation) {
        long now = now();
        for (Key key : reservation.taken()) {
            if (key.value().startsWith("pair:")) {
                counters.reset(key.value());
            } else {
                counters.refund(key.value(), key.free());
            }
        }
        String known = knownKey(reservation.account(), reservation.address());
        counters.ensure(known);
        counters.remember(known, now, now + policy.knownAddressFor().toMillis());
    }

    /**
     * The owner proved they hold the mailbox (a password reset): guesses from addresses the account
     * has not logged in from no longer hold it back.
     */
    void forgetAccount(String normalisedEmail) {
        counters.reset("account:" + SecretTokens.sha256(normalisedEmail));
    }

    /** The password could not be checked (the server was too busy): the attempt does not count. */
    void withdraw(Reservation reservation) {
        reservation.taken().forEach(k -> counters.refund(k.value(), k.free()));
    }

    /** Rows that no longer hold anything (forgotten counters, addresses no longer known). */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void forgetOldRows() {
        long now = now();
        counters.forgetIdle(now - policy.forgetAfter().toMillis(), now);
    }

    /** Via instant(): millis() of the application's microsecond tick clock divides by zero (JDK 17 Clock.tick). */
    private long now() {
        return clock.instant().toEpochMilli();
    }

    private boolean known(String account, String address, long now) {
        return counters.findByThrottleKey(knownKey(account, address))
                .filter(row -> row.nextAllowed() > now)
                .isPresent();
    }

    private static String knownKey(String account, String address) {
        return "known:" + account + "|" + address;
    }

    private Duration waitFor(String key, long now) {
        long nextAllowed = counters.findByThrottleKey(key)
                .map(ThrottleCounter::nextAllowed)
                .orElse(now);
        return Duration.ofMillis(Math.max(1000, nextAllowed - now));
    }
}
