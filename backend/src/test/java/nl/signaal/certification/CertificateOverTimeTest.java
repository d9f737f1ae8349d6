package nl.signaal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Localized;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * What time does to certificates, on a clock the tests move: expiry, the coordinators' list of those ending soon, and
 * the verification limit per address. A track certificate (2 years) stands in for those that expire.
 */
@MicronautTest(transactional = false)
class CertificateOverTimeTest extends DatabaseTest {
    private static final Localized TRACK_TITLE = new Localized(Map.of(
            "nl", "Aandachtsfunctionaris criminele uitbuiting", "en", "Attention officer criminal exploitation"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Certificates certificates;

    @Inject
    MovableClock clock;

    private Api api() {
        return new Api(client, json);
    }

    private static CertificateSubject track(String id) {
        return new CertificateSubject(CertificateSubject.Kind.TRACK, id, 1, TRACK_TITLE, 16 * 60);
    }

    private String code(UUID userId, Api.Session holder, UUID certificate) {
        for (JsonNode c : api().get("/api/me/certificates", holder).body().values()) {
            if (c.get("id").getStringValue().equals(certificate.toString())) {
                return c.get("verificationCode").getStringValue();
            }
        }
        throw new AssertionError("no certificate " + certificate + " for " + userId);
    }

    @Test
    void aCertificateIsValidUntilItsEndAndExpiredFromThenOn() {
        clock.advance(Duration.ofMinutes(2));
        UUID organisation = accounts.organisation("Verlopers", "jeugdhulp");
        String email = accounts.userNamed(organisation, "Trudy Traject", Role.ATTENTION_OFFICER);
        UUID holder = accounts.id(email);
        UUID issued = certificates
                .issue(holder, track("verloop"), clock.instant().plus(Duration.ofDays(10)))
                .orElseThrow();
        assertThat(certificates.issue(holder, track("verloop"), null))
                .as("the same subject version again")
                .isEmpty();
        String code = code(holder, api().logIn(email, TestAccounts.PASSWORD), issued);

        assertThat(api().get("/api/verify/" + code, null).text("status")).isEqualTo("VALID");
        clock.advance(Duration.ofDays(11));
        Api.Response later = api().get("/api/verify/" + code, null);

        assertThat(later.text("status")).isEqualTo("EXPIRED");
        assertThat(later.text("holderName")).isEqualTo("Trudy Traject");
        assertThat(api().get("/api/me/certificates", api().logIn(email, TestAccounts.PASSWORD))
                        .body()
                        .get(0)
                        .get("status")
                        .getStringValue())
                .isEqualTo("EXPIRED");
    }

    @Test
    void coordinatorsSeeTheCertificatesInForceThatEndWithinTheDaysAsked() {
        UUID organisation = accounts.organisation("Vooruitkijkers", "jeugdhulp");
        UUID other = accounts.organisation("Elders", "jeugdhulp");
        Instant now = clock.instant();
        UUID soon = issue(organisation, "Binnenkort Bas", "soon", now.plus(Duration.ofDays(30)));
        UUID later = issue(organisation, "Later Lotte", "later", now.plus(Duration.ofDays(200)));
        issue(organisation, "Altijd Anna", "never", null);
        issue(organisation, "Verlopen Vera", "past", now.minus(Duration.ofDays(1)));
        issue(other, "Buurman Bert", "elsewhere", now.plus(Duration.ofDays(20)));
        Api.Session coordinator = api().logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
        String path = "/api/organisations/" + organisation + "/certificates/expiring";

        assertThat(ids(api().get(path, coordinator))).containsExactly(soon.toString());
        assertThat(ids(api().get(path + "?days=366", coordinator))).containsExactly(soon.toString(), later.toString());
        assertThat(api().get(path + "?days=0", coordinator).status()).isEqualTo(400);
        JsonNode first = api().get(path, coordinator).body().get(0);
        assertThat(first.get("holderName").getStringValue()).isEqualTo("Binnenkort Bas");
        assertThat(first.get("title").getStringValue()).isEqualTo("Aandachtsfunctionaris criminele uitbuiting");
        assertThat(api().get(path, api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD))
                        .status())
                .isEqualTo(403);
    }

    private UUID issue(UUID organisation, String name, String track, Instant validUntil) {
        UUID holder = accounts.id(accounts.userNamed(organisation, name, Role.ATTENTION_OFFICER));
        return certificates.issue(holder, track(track), validUntil).orElseThrow();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.body().values().forEach(c -> ids.add(c.get("id").getStringValue()));
        return ids;
    }

    @Test
    void anAddressVerifiesThirtyTimesAMinuteThenWaits() {
        clock.advance(Duration.ofMinutes(2));
        for (int i = 0; i < 30; i++) {
            assertThat(api().get("/api/verify/0000-0000-000" + (i % 10), null).status())
                    .as("verification " + (i + 1))
                    .isEqualTo(404);
        }

        Api.Response refused = api().get("/api/verify/0000-0000-0000", null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        clock.advance(Duration.ofSeconds(61));
        assertThat(api().get("/api/verify/0000-0000-0000", null).status()).isEqualTo(404);
    }
}
