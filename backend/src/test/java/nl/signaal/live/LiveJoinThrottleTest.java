package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/** Guessing codes is throttled per client address: ten wrong codes, then 429 with Retry-After, also for a right one. */
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
    void tenWrongCodesThenTooManyRequests() {
        Api api = new Api(client, json);
        LiveClient live = new LiveClient(api);
        UUID organisation = accounts.organisation("Team Rem", "jeugdhulp");
        Api.Session facilitator = api.logIn(accounts.user(organisation, Role.ATTENTION_OFFICER), TestAccounts.PASSWORD);
        String code = live.open(facilitator, "case", content.scenarios().get(0).id())
                .get("code")
                .getStringValue();
        assertThat(live.join(code, "Eerlijk", null).status()).isEqualTo(200);
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < JoinThrottle.FAILURES; i++) {
            assertThat(live.join(wrong, "Gokker", null).status()).isEqualTo(404);
        }
        Api.Response throttled = live.join(wrong, "Gokker", null);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(live.join(code, "Eerlijk", null).status()).isEqualTo(429);
    }
}
