package nl.signaal.refresher.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.refresher.link.LinkSigner.Purpose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Snooze and unsubscribe by signed link (no session, no CSRF token), and the learner's own choice in the app. */
@MicronautTest(transactional = false)
class ReminderLinkApiTest extends DatabaseTest {
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
    LinkSigner signer;

    @Inject
    EmbeddedServer server;

    @Inject
    LinkSecretRepository secrets;

    Api api;
    UUID organisation;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Herinneringslinks", "jeugdhulp");
    }

    @Test
    void aSnoozeLinkShowsWhatItWillDoAndItsPostSnoozesOnceForFourWeeks() {
        String email = accounts.user(organisation, Role.LEARNER);
        String token = token(email, Purpose.SNOOZE);

        Api.Response before = api.get("/api/reminder-links/" + token, null);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.text("purpose")).isEqualTo("SNOOZE");
        assertThat(before.body().get("done").getBooleanValue()).isFalse();
        assertThat(before.body().get("forSignedInUser").isNull()).isTrue();
        assertThat(before.body().get("preference").get("remindersOn").getBooleanValue())
                .isTrue();

        Api.Response first = api.post("/api/reminder-links/" + token, Map.of(), null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("alreadyDone").getBooleanValue()).isFalse();
        Instant until =
                Instant.parse(first.body().get("preference").get("snoozedUntil").getStringValue());
        assertThat(until)
                .isBetween(
                        clock.instant().plus(Duration.ofDays(28)).minusSeconds(60),
                        clock.instant().plus(Duration.ofDays(28)));

        Api.Response again = api.post("/api/reminder-links/" + token, Map.of(), null);
        assertThat(again.body().get("alreadyDone").getBooleanValue()).isTrue();
        assertThat(again.body().get("preference").get("snoozedUntil").getStringValue())
                .isEqualTo(first.body().get("preference").get("snoozedUntil").getStringValue());
        assertThat(api.get("/api/reminder-links/" + token, null)
                        .body()
                        .get("done")
                        .getBooleanValue())
                .isTrue();
    }

    @Test
    void theOneClickPostOfAMailProviderUnsubscribesWithoutSessionOrCsrfToken() {
        String email = accounts.user(organisation, Role.LEARNER);
        String token = token(email, Purpose.UNSUBSCRIBE);

        Api.Response first = oneClick(token);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("alreadyDone").getBooleanValue()).isFalse();
        assertThat(first.body().get("preference").get("optedOut").getBooleanValue())
                .isTrue();
        assertThat(oneClick(token).body().get("alreadyDone").getBooleanValue()).isTrue();

        Api.Session session = api.logIn(email, TestAccounts.PASSWORD);
        Api.Response mine = api.get("/api/me/reminder-preference", session);
        assertThat(mine.body().get("remindersOn").getBooleanValue()).isFalse();
        assertThat(mine.body().get("optedOutAt").isNull()).isFalse();
    }

    @Test
    void aLearnerTurnsRemindersBackOnAfterUnsubscribingAndSnoozing() {
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session session = api.logIn(email, TestAccounts.PASSWORD);
        api.post("/api/reminder-links/" + token(email, Purpose.UNSUBSCRIBE), Map.of(), null);
        api.post("/api/reminder-links/" + token(email, Purpose.SNOOZE), Map.of(), null);

        Api.Response on = api.put("/api/me/reminder-preference", Map.of("choice", "ON"), session);

        assertThat(on.status()).isEqualTo(200);
        assertThat(on.body().get("remindersOn").getBooleanValue()).isTrue();
        assertThat(on.body().get("optedOut").getBooleanValue()).isFalse();
        assertThat(on.body().get("snoozedUntil").isNull()).isTrue();
        assertThat(api.get("/api/reminder-links/" + token(email, Purpose.UNSUBSCRIBE), null)
                        .body()
                        .get("done")
                        .getBooleanValue())
                .isFalse();

        Api.Response snoozed = api.put("/api/me/reminder-preference", Map.of("choice", "SNOOZE"), session);
        assertThat(snoozed.body().get("remindersOn").getBooleanValue()).isFalse();
        assertThat(snoozed.body().get("snoozedUntil").isNull()).isFalse();
        Api.Response off = api.put("/api/me/reminder-preference", Map.of("choice", "OFF"), session);
        assertThat(off.body().get("optedOut").getBooleanValue()).isTrue();
    }

    @Test
    void aForgedOrAlteredLinkIsRefusedAndChangesNothing() {
        String email = accounts.user(organisation, Role.LEARNER);
        String token = token(email, Purpose.UNSUBSCRIBE);
        String forged = new LinkSigner("someone else's secret, 32 bytes long".getBytes(StandardCharsets.UTF_8))
                .sign(accounts.id(email), Purpose.UNSUBSCRIBE, clock.instant().plus(Duration.ofDays(1)));
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        for (String bad : new String[] {forged, altered, "not-a-link"}) {
            Api.Response post = api.post("/api/reminder-links/" + bad, Map.of(), null);
            assertThat(post.status()).as(bad).isEqualTo(400);
            assertThat(post.contentType()).startsWith("application/problem+json");
            assertThat(post.text("detail")).contains("not a valid link");
            assertThat(api.get("/api/reminder-links/" + bad, null).status()).isEqualTo(400);
        }
        Api.Response mine = api.get("/api/me/reminder-preference", api.logIn(email, TestAccounts.PASSWORD));
        assertThat(mine.body().get("remindersOn").getBooleanValue()).isTrue();
    }

    @Test
    void anExpiredLinkIsGone() {
        String email = accounts.user(organisation, Role.LEARNER);
        String token =
                signer.sign(accounts.id(email), Purpose.SNOOZE, clock.instant().plusSeconds(5));
        clock.advance(Duration.ofSeconds(6));

        Api.Response post = api.post("/api/reminder-links/" + token, Map.of(), null);

        assertThat(post.status()).isEqualTo(410);
        assertThat(post.contentType()).startsWith("application/problem+json");
        assertThat(post.text("detail")).contains("expired");
    }

    @Test
    void anOpenLinkChangesNothingAndSaysWhetherItIsTheSignedInLearners() {
        String email = accounts.user(organisation, Role.LEARNER);
        String token = token(email, Purpose.OPEN);

        assertThat(api.post("/api/reminder-links/" + token, Map.of(), null).status())
                .isEqualTo(400);
        Api.Response mine = api.get("/api/reminder-links/" + token, api.logIn(email, TestAccounts.PASSWORD));
        assertThat(mine.text("purpose")).isEqualTo("OPEN");
        assertThat(mine.body().get("forSignedInUser").getBooleanValue()).isTrue();
        Api.Session other = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        assertThat(api.get("/api/reminder-links/" + token, other)
                        .body()
                        .get("forSignedInUser")
                        .getBooleanValue())
                .isFalse();
    }

    @Test
    void aBrowserOpeningTheListUnsubscribeAddressIsSentToTheConfirmationPage() {
        String token = token(accounts.user(organisation, Role.LEARNER), Purpose.UNSUBSCRIBE);

        DefaultHttpClientConfiguration noRedirects = new DefaultHttpClientConfiguration();
        noRedirects.setFollowRedirects(false);
        noRedirects.setExceptionOnErrorStatus(false);
        try (HttpClient plain = HttpClient.create(server.getURL(), noRedirects)) {
            HttpResponse<String> response = plain.toBlocking()
                    .exchange(
                            HttpRequest.GET("/api/reminder-links/" + token)
                                    .accept("text/html,application/xhtml+xml,*/*;q=0.8"),
                            String.class);

            assertThat(response.code()).isEqualTo(303);
            assertThat(response.getHeaders().get("Location")).isEqualTo("/reminders/" + token);
        }
    }

    @Test
    void aBrowserAcceptingOnlyHtmlIsSentToTheConfirmationPageToo() {
        String token = token(accounts.user(organisation, Role.LEARNER), Purpose.UNSUBSCRIBE);

        HttpResponse<String> response = withoutRedirects("/api/reminder-links/" + token, "text/html");

        assertThat(response.code()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location")).isEqualTo("/reminders/" + token);
    }

    @Test
    void aMangledTokenIsABadRequestAndABrowserStillReachesThePageThatExplainsIt() {
        String mangled = "%7Bnot%20a%20%22token%22%7D%5E%60";

        assertThat(api.get("/api/reminder-links/" + mangled, null).status()).isEqualTo(400);
        assertThat(api.post("/api/reminder-links/" + mangled, Map.of(), null).status())
                .isEqualTo(400);
        HttpResponse<String> browser = withoutRedirects("/api/reminder-links/" + mangled, "text/html");
        assertThat(browser.code()).isEqualTo(303);
        assertThat(browser.getHeaders().get("Location")).isEqualTo("/reminders/" + mangled);
    }

    private HttpResponse<String> withoutRedirects(String path, String accept) {
        DefaultHttpClientConfiguration noRedirects = new DefaultHttpClientConfiguration();
        noRedirects.setFollowRedirects(false);
        noRedirects.setExceptionOnErrorStatus(false);
        try (HttpClient plain = HttpClient.create(server.getURL(), noRedirects)) {
            return plain.toBlocking().exchange(HttpRequest.GET(path).accept(accept), String.class);
        }
    }

    @Test
    void aSecondInstanceOrARestartSignsWithTheKeyStoredInTheDatabase() {
        LinkSigner secondInstance = new LinkSigners().linkSigner("", secrets, clock);
        UUID user = accounts.id(accounts.user(organisation, Role.LEARNER));

        String token = secondInstance.sign(user, Purpose.SNOOZE, clock.instant().plusSeconds(60));

        assertThat(signer.verify(token, clock.instant()).userId()).isEqualTo(user);
        assertThat(secrets.findById(LinkSecret.REMINDER_LINKS)).isPresent();
    }

    @Test
    void aConfiguredSecretTakesPrecedenceAndMustBeLongEnough() {
        UUID user = UUID.randomUUID();
        LinkSigner configured = new LinkSigners().linkSigner("a configured secret of 32 bytes or more", secrets, clock);

        String token = configured.sign(user, Purpose.OPEN, clock.instant().plusSeconds(60));

        assertThat(configured.verify(token, clock.instant()).userId()).isEqualTo(user);
        assertThatThrownBy(() -> signer.verify(token, clock.instant())).isInstanceOf(LinkSigner.RefusedLink.class);
        assertThatThrownBy(() -> new LinkSigners().linkSigner("too short", secrets, clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SIGNAAL_LINK_SECRET");
    }

    private Api.Response oneClick(String token) {
        // What RFC 8058 prescribes: a form POST with exactly this body, no cookies.
        return api.send(
                HttpRequest.POST("/api/reminder-links/" + token, "List-Unsubscribe=One-Click")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                null);
    }

    private String token(String email, Purpose purpose) {
        return signer.sign(accounts.id(email), purpose, clock.instant().plus(ReminderLinks.VALID));
    }
}
