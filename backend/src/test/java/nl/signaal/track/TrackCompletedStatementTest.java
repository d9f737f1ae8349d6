package nl.signaal.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.Track;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.Occasions;
import nl.signaal.progress.XapiRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completing a track: one completed statement of the track (ADL course) and the certificate earned (decision 0055). */
@MicronautTest(transactional = false)
class TrackCompletedStatementTest extends DatabaseTest {
    private static final String ACTIVITIES = "https://signaal.nl/xapi/activities/";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    @Inject
    MovableClock clock;

    @Inject
    TrackCompleting completing;

    Api api;
    UUID organisation;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Track Statements", "buurtteam");
    }

    @Test
    void completingATrackTwiceRecordsOneCompletedAndOneEarnedWithItsExpiry() {
        Track track =
                content.track("aandachtsfunctionaris-criminele-uitbuiting").orElseThrow();
        String email = accounts.user(organisation, Role.LEARNER);
        UUID learner = accounts.id(email);
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = TrackProgressService.validUntil(track, at);

        assertThat(completing.complete(learner, track, at, validUntil)).isPresent();
        assertThat(completing.complete(learner, track, at, validUntil)).isEmpty();

        List<JsonNode> all = new ArrayList<>();
        api.get("/api/xapi/statements?size=500&scope=own", api.logIn(email, TestAccounts.PASSWORD))
                .body()
                .get("statements")
                .values()
                .forEach(all::add);
        all.forEach(XapiRules::assertValid);
        List<JsonNode> completed = all.stream()
                .filter(s -> (ACTIVITIES + "tracks/" + track.id())
                        .equals(s.get("object").get("id").getStringValue()))
                .toList();
        assertThat(completed).hasSize(1);
        assertThat(completed.get(0).get("id").getStringValue())
                .isEqualTo(Occasions.statementId("track-completed", track.id(), track.version(), learner)
                        .toString());
        assertThat(completed.get(0).get("verb").get("id").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(completed.get(0).get("object").get("definition").get("type").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/activities/course");
        List<JsonNode> earned = all.stream()
                .filter(s -> s.get("verb").get("id").getStringValue().equals("http://id.tincanapi.com/verb/earned"))
                .toList();
        assertThat(earned).hasSize(1);
        assertThat(earned.get(0)
                        .get("context")
                        .get("contextActivities")
                        .get("parent")
                        .get(0)
                        .get("id")
                        .getStringValue())
                .isEqualTo(ACTIVITIES + "tracks/" + track.id());
        assertThat(earned.get(0)
                        .get("context")
                        .get("extensions")
                        .get("https://signaal.nl/xapi/extensions/valid-until")
                        .getStringValue())
                .isEqualTo(validUntil.toString());
    }
}
