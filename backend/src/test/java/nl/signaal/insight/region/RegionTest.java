package nl.signaal.insight.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Regions end to end over HTTP on the real database: opting in and out, the floor per partner, the join-code
 * throttle, who may see the view and the code. Counting is part "status" (InsightStatus) on the same records: nobody
 * here has learned anything, so everyone is not started.
 */
@MicronautTest(transactional = false)
class RegionTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api api;
    UUID municipality;
    Api.Session ownerAdmin;
    Api.Session ownerCoordinator;
    String regionId;

    @BeforeEach
    void municipalityWithARegion() {
        api = new Api(client, json);
        municipality = accounts.organisation("Gemeente " + UUID.randomUUID(), "buurtteam");
        ownerAdmin = logIn(accounts.user(municipality, Role.ADMIN));
        ownerCoordinator = logIn(accounts.user(municipality, Role.COORDINATOR));
        Api.Response created = api.post(regions(municipality), Map.of("name", "Regio Test"), ownerAdmin);
        assertThat(created.status()).isEqualTo(201);
        regionId = created.text("id");
    }

    @Test
    void aPartnerThatOptsInIsCountedAndLeavesTheViewAtOnceWhenItOptsOut() {
        Partner partner = partner(6); // admin + 6 learners = 7 people
        assertThat(join(partner, code()).status()).isEqualTo(200);

        JsonNode view = status(ownerCoordinator).body();
        JsonNode row = view.get("partners").get(0);
        assertThat(row.get("organisationId").getStringValue())
                .isEqualTo(partner.id().toString());
        assertThat(row.get("hidden").getBooleanValue()).isFalse();
        assertThat(row.get("people").getLongValue()).isEqualTo(7);
        assertThat(row.get("refreshRate").getDoubleValue()).isZero();
        assertThat(view.get("modules").size()).isPositive();
        for (JsonNode module : view.get("modules").values()) {
            assertThat(module.get("counts").get("notStarted").getLongValue()).isEqualTo(7);
            assertThat(module.get("partners").getIntValue()).isEqualTo(1);
        }
        assertThat(view.get("total").get("people").getLongValue()).isEqualTo(7);

        JsonNode joined = api.get(regions(partner.id()), partner.admin()).body().get("joined");
        assertThat(joined.get(0).get("id").getStringValue()).isEqualTo(regionId);
        JsonNode partners = api.get(regions(municipality), ownerCoordinator)
                .body()
                .get("owned")
                .get(0)
                .get("partners");
        assertThat(partners.get(0).get("joinedBy").getStringValue()).isEqualTo("Test admin");

        assertThat(api.send(HttpRequest.DELETE(regions(partner.id()) + "/joined/" + regionId), partner.admin())
                        .status())
                .isEqualTo(204);
        JsonNode after = status(ownerCoordinator).body();
        assertThat(after.get("partners").size()).isZero();
        assertThat(after.get("modules").size()).isZero();
        assertThat(after.get("total").get("hidden").getBooleanValue()).isTrue();
        assertThat(api.get(regions(partner.id()), partner.admin())
                        .body()
                        .get("joined")
                        .size())
                .isZero();
    }

    @Test
    void aPartnerUnderTheFloorIsHiddenAndLeftOutOfTheSums() {
        Partner small = partner(3); // 4 people: hidden
        Partner large = partner(4); // 5 people: shown
        join(small, code());
        join(large, code());

        JsonNode view = status(ownerAdmin).body();
        JsonNode smallRow = row(view, small.id());
        assertThat(smallRow.get("hidden").getBooleanValue()).isTrue();
        assertThat(smallRow.get("people").isNull()).isTrue();
        assertThat(smallRow.get("refreshRate").isNull()).isTrue();
        JsonNode largeRow = row(view, large.id());
        assertThat(largeRow.get("people").getLongValue()).isEqualTo(5);
        assertThat(largeRow.get("refreshRate").getDoubleValue()).isZero();
        assertThat(view.get("total").get("people").getLongValue()).isEqualTo(5);
        assertThat(view.get("total").get("partnersHidden").getIntValue()).isEqualTo(1);
        assertThat(view.get("modules").get(0).get("counts").get("notStarted").getLongValue())
                .isEqualTo(5);
    }

    @Test
    void wrongJoinCodesAreRefusedNamingTheFieldAndThrottledPerOrganisation() {
        Partner partner = partner(1);
        for (int i = 0; i < JoinCodeThrottle.FAILURES; i++) {
            Api.Response wrong = join(partner, "AAAAAAAAAA");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body().get("errors").get(0).get("field").getStringValue())
                    .isEqualTo("code");
        }
        Api.Response throttled = join(partner, code());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
    }

    @Test
    void aCodeIsTypedLooselyAndARenewedCodeReplacesTheOld() {
        Partner partner = partner(1);
        String old = code();
        String renewed = api.post(regions(municipality) + "/" + regionId + "/join-code", Map.of(), ownerAdmin)
                .text("code");
        assertThat(renewed).isNotEqualTo(old);
        assertThat(join(partner, old).status()).isEqualTo(400);
        String typed = renewed.substring(0, 5).toLowerCase() + "-" + renewed.substring(5);
        assertThat(join(partner, typed).status()).isEqualTo(200);
    }

    @Test
    void aPartnersCoordinatorCannotSeeTheRegionalView() {
        Partner partner = partner(5);
        join(partner, code());
        Api.Session partnerCoordinator = logIn(accounts.user(partner.id(), Role.COORDINATOR));
        assertThat(status(partnerCoordinator).status()).isEqualTo(404);
        assertThat(status(partner.admin()).status()).isEqualTo(404);
        assertThat(status(logIn(accounts.user(municipality, Role.LEARNER))).status())
                .isEqualTo(403);
    }

    @Test
    void aCoordinatorCannotReadOrRenewTheJoinCode() {
        String path = regions(municipality) + "/" + regionId + "/join-code";
        assertThat(api.get(path, ownerCoordinator).status()).isEqualTo(403);
        assertThat(api.post(path, Map.of(), ownerCoordinator).status()).isEqualTo(403);
        JsonNode owned = api.get(regions(municipality), ownerCoordinator)
                .body()
                .get("owned")
                .get(0);
        assertThat(owned.get("name").getStringValue()).isEqualTo("Regio Test");
        assertThat(owned.get("code")).isNull();
        assertThat(api.get(path, ownerAdmin).text("code")).hasSize(JoinCodes.LENGTH);
    }

    @Test
    void regionNamesAreCheckedAndUniquePerOwner() {
        assertThat(api.post(regions(municipality), Map.of("name", " "), ownerAdmin)
                        .body()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .getStringValue())
                .isEqualTo("name");
        assertThat(api.post(regions(municipality), Map.of("name", "Regio Test"), ownerAdmin)
                        .status())
                .isEqualTo(409);
        Api.Response renamed =
                api.put(regions(municipality) + "/" + regionId, Map.of("name", "Regio Midden"), ownerAdmin);
        assertThat(renamed.text("name")).isEqualTo("Regio Midden");
    }

    record Partner(UUID id, Api.Session admin) {}

    /** A partner organisation: its admin and this many learners who have not started anything. */
    private Partner partner(int learners) {
        UUID organisation = accounts.organisation("Partner " + UUID.randomUUID(), "jeugdhulp");
        Api.Session admin = logIn(accounts.user(organisation, Role.ADMIN));
        for (int i = 0; i < learners; i++) {
            accounts.user(organisation, Role.LEARNER);
        }
        return new Partner(organisation, admin);
    }

    private JsonNode row(JsonNode view, UUID organisation) {
        for (JsonNode row : view.get("partners").values()) {
            if (row.get("organisationId").getStringValue().equals(organisation.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + organisation);
    }

    private String code() {
        return api.get(regions(municipality) + "/" + regionId + "/join-code", ownerAdmin)
                .text("code");
    }

    private Api.Response join(Partner partner, String code) {
        return api.post(regions(partner.id()) + "/joined", Map.of("code", code), partner.admin());
    }

    private Api.Response status(Api.Session session) {
        return api.get("/api/regions/" + regionId + "/insight/status", session);
    }

    private Api.Session logIn(String email) {
        return api.logIn(email, TestAccounts.PASSWORD);
    }

    private static String regions(UUID organisation) {
        return "/api/organisations/" + organisation + "/regions";
    }
}
