package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Guessing codes is throttled per client address: 30 wrong codes in 10 minutes, then 429 with Retry-After, also for a
 * right one; a room behind one address still joins; the throttle's memory stays bounded.
 */
@MicronautTest(transactional = false)
class LiveJoinThrottleTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    @Test
    void thirtyWrongCodesThenTooManyRequests() {
        Api api = new Api(client, json);
        LiveClient live = new LiveClient(api);
        UUID organisation = accounts.organisation("Team Rem", "jeugdhulp");
        Api.Session facilitator = api.logIn(accounts.user(organisation, Role.ATTENTION_OFFICER), TestAccounts.PASSWORD);
        String code = live.open(facilitator, "case", content.scenarios().get(0).id())
                .get("code")
                .getStringValue();
        assertThat(live.join(code, "Eerlijk", null).status()).isEqualTo(200);
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < JoinThrottle.DEFAULT_FAILURES; i++) {
            assertThat(live.join(wrong, "Gokker", null).status()).isEqualTo(404);
        }
        Api.Response throttled = live.join(wrong, "Gokker", null);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(live.join(code, "Eerlijk", null).status()).isEqualTo(429);
    }

    @Test
    void aRoomBehindOneAddressJoinsWithinAMinute() {
        MovableClock clock = new MovableClock();
        JoinThrottle throttle = new JoinThrottle(clock, JoinThrottle.DEFAULT_JOINS, JoinThrottle.DEFAULT_FAILURES);
        for (int i = 0; i < 500; i++) {
            assertThat(throttle.attempt("203.0.113.7")).as("join " + i).isZero();
            if (i % 20 == 0) {
                throttle.failed("203.0.113.7"); // a typo now and then: 25 in all
            }
        }
    }

    @Test
    void bothLimitsAreSlidingWindowsAndConfigurable() {
        MovableClock clock = new MovableClock();
        JoinThrottle throttle = new JoinThrottle(clock, 5, 3);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt("a")).isZero();
        }
        assertThat(throttle.attempt("a")).isBetween(1L, 60L);
        assertThat(throttle.attempt("b")).as("another address").isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.attempt("a")).isZero();
        for (int i = 0; i < 3; i++) {
            throttle.failed("a");
        }
        assertThat(throttle.attempt("a")).isBetween(540L, 600L);
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.attempt("a")).isZero();
    }

    @Test
    void aFloodFromManyAddressesIsForgottenAndBounded() {
        MovableClock clock = new MovableClock();
        JoinThrottle throttle = new JoinThrottle(clock, 600, 30, 100);
        for (int i = 0; i < 1_000; i++) {
            String address = "198.51.100." + i;
            assertThat(throttle.attempt(address)).isZero();
            throttle.failed(address);
            assertThat(throttle.tracked()).isLessThanOrEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(11));
        throttle.forget();
        assertThat(throttle.tracked()).isZero();
    }
}
