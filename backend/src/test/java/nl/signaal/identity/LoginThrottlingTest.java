package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Login throttling as an attacker meets it (decision 0008). Client addresses come from
 * X-Forwarded-For here (trusted in this test), so one test client can be many addresses.
 */
@MicronautTest(transactional = false)
class LoginThrottlingTest extends DatabaseTest {
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    MovableClock clock;

    @Inject
    LoginThrottleRepository counters;

    Api api;
    UUID organisation;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.login.trust-forwarded-for", "true");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Throttle Test", "jeugdhulp");
    }

    private static String newAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }

    private Api.Response logIn(String email, String password, String address) {
        return api.send(
                HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", password))
                        .header("X-Forwarded-For", "203.0.113.9, " + address),
                null);
    }

    @Test
    void afterFiveWrongPasswordsTheSameAddressWaitsEvenWithTheRightPassword() {
        String email = accounts.user(organisation, Role.LEARNER);
        String attacker = newAddress();
        for (int i = 1; i <= 5; i++) {
            assertThat(logIn(email, "wrong " + i, attacker).status()).isEqualTo(401);
        }
        Api.Response sixth = logIn(email, TestAccounts.PASSWORD, attacker);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(50L, 60L);

        clock.advance(Duration.ofSeconds(61));
        assertThat(logIn(email, TestAccounts.PASSWORD, attacker).status()).isEqualTo(200);
    }

    @Test
    void theWaitDoublesWithEveryFurtherWrongPassword() {
        String email = accounts.user(organisation, Role.LEARNER);
        String attacker = newAddress();
        for (int i = 1; i <= 5; i++) {
            logIn(email, "wrong " + i, attacker);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(logIn(email, "wrong 6", attacker).status()).isEqualTo(401);

        Api.Response seventh = logIn(email, "wrong 7", attacker);
        assertThat(seventh.status()).isEqualTo(429);
        assertThat(Long.parseLong(seventh.header("Retry-After"))).isBetween(110L, 120L);
    }

    @Test
    void anAttackerCannotLockTheOwnerOutOfAnAddressTheyLoggedInFrom() {
        String email = accounts.user(organisation, Role.ADMIN);
        String owner = newAddress();
        assertThat(logIn(email, TestAccounts.PASSWORD, owner).status()).isEqualTo(200);

        // Guesses from one address, then from many (more than the account allows from unknown addresses).
        String attacker = newAddress();
        for (int i = 1; i <= 6; i++) {
            logIn(email, "guess " + i, attacker);
        }
        assertThat(logIn(email, "guess 7", attacker).status()).isEqualTo(429);
        List<Integer> fromMany = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            fromMany.add(logIn(email, "spread guess " + i, newAddress()).status());
        }
        assertThat(fromMany).contains(429);

        assertThat(logIn(email, TestAccounts.PASSWORD, owner).status()).isEqualTo(200);
    }

    @Test
    void anUnknownEmailIsThrottledExactlyLikeAKnownOne() {
        String known = accounts.user(organisation, Role.LEARNER);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String knownFrom = newAddress();
        String unknownFrom = newAddress();

        List<Api.Response> knownAnswers = new ArrayList<>();
        List<Api.Response> unknownAnswers = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            knownAnswers.add(logIn(known, "wrong " + i, knownFrom));
            unknownAnswers.add(logIn(unknown, "wrong " + i, unknownFrom));
        }

        assertThat(unknownAnswers)
                .extracting(Api.Response::status)
                .containsExactlyElementsOf(
                        knownAnswers.stream().map(Api.Response::status).toList())
                .containsExactly(401, 401, 401, 401, 401, 429, 429);
        // The same words; the seconds to wait differ only by the time between the two requests.
        assertThat(unknownAnswers.get(6).text("detail").replaceAll("\\d+", "N"))
                .isEqualTo(knownAnswers.get(6).text("detail").replaceAll("\\d+", "N"));
        assertThat(Long.parseLong(unknownAnswers.get(6).header("Retry-After")))
                .isCloseTo(Long.parseLong(knownAnswers.get(6).header("Retry-After")), within(3L));
    }

    @Test
    void aSuccessfulLoginStartsTheCountForThatAddressAfresh() {
        String email = accounts.user(organisation, Role.LEARNER);
        String address = newAddress();
        for (int i = 1; i <= 4; i++) {
            assertThat(logIn(email, "typo " + i, address).status()).isEqualTo(401);
        }
        assertThat(logIn(email, TestAccounts.PASSWORD, address).status()).isEqualTo(200);

        for (int i = 1; i <= 5; i++) {
            assertThat(logIn(email, "typo again " + i, address).status()).isEqualTo(401);
        }
        assertThat(logIn(email, "one too many", address).status()).isEqualTo(429);
    }

    @Test
    void oneAddressCannotTryOnePasswordOnManyAccounts() {
        String sprayer = newAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 52; i++) {
            statuses.add(logIn("spray-" + i + "-" + UUID.randomUUID() + "@example.org", "Welkom01!", sprayer)
                    .status());
        }
        assertThat(statuses.subList(0, 50)).containsOnly(401);
        assertThat(statuses.subList(50, 52)).containsOnly(429);
    }

    @Test
    void parallelWrongPasswordsAreCheckedNoMoreOftenThanTheFreeAttempts() throws Exception {
        String email = accounts.user(organisation, Role.LEARNER);
        String attacker = newAddress();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String guess = "parallel guess " + i;
                guesses.add(() -> logIn(email, guess, attacker).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(guesses)) {
                statuses.add(answer.get());
            }

            assertThat(statuses).isSubsetOf(401, 429, 503);
            assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(5);
            String pair = "pair:" + SecretTokens.sha256(email) + "|" + attacker;
            assertThat(counters.findByThrottleKey(pair).orElseThrow().attempts())
                    .isLessThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(logIn(email, TestAccounts.PASSWORD, attacker).status()).isEqualTo(429);
    }
}
