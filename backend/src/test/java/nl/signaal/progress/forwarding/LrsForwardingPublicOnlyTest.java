package nl.signaal.progress.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/** Without signaal.lrs.allow-private-addresses (the default): only https to public addresses is accepted. */
@MicronautTest(transactional = false)
class LrsForwardingPublicOnlyTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.lrs.allow-private-addresses", "false");
        return properties;
    }

    @Test
    void httpAndPrivateAddressesAreRefusedNamingTheEndpoint() {
        UUID organisation = accounts.organisation("Public only", "verslavingszorg");
        Api api = new Api(client, json);
        Api.Session admin = api.logIn(accounts.user(organisation, Role.ADMIN), TestAccounts.PASSWORD);
        for (String endpoint : new String[] {
            "http://lrs.example.org/xapi",
            "https://127.0.0.1/xapi",
            "https://localhost:8443/xapi",
            "https://10.1.2.3/xapi",
            "https://169.254.169.254/latest",
            "https://[::1]/xapi",
            "https://key:secret@lrs.example.org/xapi"
        }) {
            Map<String, Object> body = new HashMap<>();
            body.put("endpoint", endpoint);
            body.put("username", "lrs");
            body.put("password", "secret");
            body.put("enabled", true);
            Api.Response response = api.put(LrsForwardingTest.PATH, body, admin);
            assertThat(response.status()).as(endpoint).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").getStringValue())
                    .as(endpoint)
                    .isEqualTo("endpoint");
        }
        assertThat(api.get(LrsForwardingTest.PATH, admin)
                        .body()
                        .get("configured")
                        .getBooleanValue())
                .isFalse();
    }
}
