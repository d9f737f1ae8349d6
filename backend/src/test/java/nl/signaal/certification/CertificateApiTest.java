package nl.signaal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Certificates over HTTP on H2 and PostgreSQL: issued on completion, downloaded, verified, revoked, erased. */
@MicronautTest(transactional = false)
class CertificateApiTest extends DatabaseTest {
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
    IssuingOnCompletion issuing;

    @Value("${datasources.default.url}")
    String url;

    @Value("${datasources.default.username}")
    String user;

    @Value("${datasources.default.password}")
    String password;

    private Api api() {
        return new Api(client, json);
    }

    private Api.Session logIn(String email) {
        return api().logIn(email, TestAccounts.PASSWORD);
    }

    private List<JsonNode> certificates(Api.Session session) {
        Api.Response response = api().get("/api/me/certificates", session);
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        response.body().values().forEach(list::add);
        return list;
    }

    /** A learner of the organisation who completed the first module; their one certificate. */
    private JsonNode completed(UUID organisation, String name, Api.Session[] session) {
        Api.Session learner = logIn(accounts.userNamed(organisation, name, Role.LEARNER));
        CheckAnswers.submit(api(), content.modules().get(0), true, learner);
        session[0] = learner;
        List<JsonNode> mine = certificates(learner);
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    @Test
    void completingAModuleIssuesOneCertificateThatNamesTheVersionHoursAndIssuer() {
        UUID organisation = accounts.organisation("Jeugdzorg Oost", "jeugdhulp");
        Api.Session learner = logIn(accounts.userNamed(organisation, "Marieke de Vries", Role.LEARNER));
        TrainingModule module = content.modules().get(0);
        assertThat(certificates(learner)).isEmpty();

        CheckAnswers.submit(api(), module, false, learner);
        assertThat(certificates(learner)).as("a failed check earns nothing").isEmpty();
        CheckAnswers.submit(api(), module, true, learner);
        CheckAnswers.submit(api(), module, true, learner);

        List<JsonNode> mine = certificates(learner);
        assertThat(mine).as("passing again issues no second certificate").hasSize(1);
        JsonNode certificate = mine.get(0);
        assertThat(certificate.get("kind").getStringValue()).isEqualTo("MODULE");
        assertThat(certificate.get("subjectId").getStringValue()).isEqualTo(module.id());
        assertThat(certificate.get("subjectVersion").getIntValue()).isEqualTo(module.version());
        assertThat(certificate.get("title").getStringValue())
                .isEqualTo(module.title().in("nl").text());
        assertThat(certificate.get("studyHours").getDoubleValue())
                .isEqualTo(Math.round(module.minutes() * 100 / 60.0) / 100.0);
        assertThat(certificate.get("validUntil").isNull())
                .as("modules do not expire")
                .isTrue();
        assertThat(certificate.get("status").getStringValue()).isEqualTo("VALID");
        assertThat(certificate.get("holderName").getStringValue()).isEqualTo("Marieke de Vries");
        assertThat(certificate.get("issuer").getStringValue()).isEqualTo("Jeugdzorg Oost");
        assertThat(certificate.get("verificationCode").getStringValue()).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(certificate.get("verifyUrl").getStringValue())
                .endsWith("/verify/" + certificate.get("verificationCode").getStringValue());
        assertThat(certificate.get("title").getStringValue())
                .as("titles follow the asked locale")
                .isNotEqualTo(api().get("/api/me/certificates?locale=en", learner)
                        .body()
                        .get(0)
                        .get("title")
                        .getStringValue());
    }

    @Test
    void theHolderDownloadsAPdfThatNamesThemEvenInArabicOrWithPolishLetters() throws IOException {
        UUID organisation = accounts.organisation("Wijkteam Zuid", "jeugdhulp");
        for (String name : List.of("فاطمة الزهراء", "Łucja Żółkiewska-Wąś")) {
            Api.Session[] learner = new Api.Session[1];
            JsonNode certificate = completed(organisation, name, learner);

            Api.Response pdf =
                    api().get("/api/me/certificates/" + certificate.get("id").getStringValue() + "/pdf", learner[0]);

            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(pdf.header("Content-Disposition")).startsWith("attachment; filename=\"signaal-certificate-");
            byte[] bytes = pdf.raw().getBody(byte[].class).orElseThrow();
            try (PDDocument document = Loader.loadPDF(bytes)) {
                String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
                assertThat(text.lines().map(String::strip)).contains(name);
                assertThat(text)
                        .contains("Wijkteam Zuid")
                        .contains(certificate
                                .get("verificationCode")
                                .getStringValue()
                                .substring(0, 4));
            }
        }
    }

    @Test
    void someoneElsesCertificateIsNotFound() {
        UUID organisation = accounts.organisation("Twee collega's", "jeugdhulp");
        Api.Session[] holder = new Api.Session[1];
        JsonNode certificate = completed(organisation, "Houder Hans", holder);
        Api.Session colleague = logIn(accounts.user(organisation, Role.COORDINATOR));

        assertThat(api().get("/api/me/certificates/" + certificate.get("id").getStringValue() + "/pdf", colleague)
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/me/certificates/" + UUID.randomUUID() + "/pdf", holder[0])
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anyoneVerifiesACodeAsTypedWithTheLeastDataAndNothingForAnUnknownCode() {
        UUID organisation = accounts.organisation("Verificatie BV", "onderwijs");
        Api.Session[] holder = new Api.Session[1];
        JsonNode certificate = completed(organisation, "Vera Verifieerbaar", holder);
        String code = certificate.get("verificationCode").getStringValue();
        String typed = (code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8))
                .toLowerCase(Locale.ROOT)
                .replace('0', 'o')
                .replace('1', 'l');

        Api.Response verified = api().get("/api/verify/" + typed, null);

        assertThat(verified.status()).isEqualTo(200);
        JsonNode body = verified.body();
        assertThat(body.get("status").getStringValue()).isEqualTo("VALID");
        assertThat(body.get("holderName").getStringValue()).isEqualTo("Vera Verifieerbaar");
        assertThat(body.get("title").getStringValue())
                .isEqualTo(certificate.get("title").getStringValue());
        assertThat(body.get("issuer").getStringValue()).isEqualTo("Verificatie BV");
        assertThat(body.get("issuedAt").getStringValue()).isNotBlank();
        List<String> fields = new ArrayList<>();
        body.entries().forEach(e -> fields.add(e.getKey()));
        assertThat(fields)
                .as("nothing to reach or identify the holder by")
                .doesNotContain("email", "userId", "holderId", "id", "verificationCode", "revokedReason");

        Api.Response unknown = api().get("/api/verify/" + wrong(code), null);
        Api.Response malformed = api().get("/api/verify/not-a-code", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text("detail"))
                .as("the same answer whether the code could exist or not")
                .isEqualTo(malformed.text("detail"))
                .isEqualTo(VerificationController.NOT_FOUND);
    }

    /** A code of the right shape that differs from {@code code} in its first character. */
    private static String wrong(String code) {
        return (code.charAt(0) == 'Z' ? "Y" : "Z") + code.substring(1);
    }

    @Test
    void anAdminOfTheHoldersOrganisationRevokesWithAReasonOnce() {
        UUID organisation = accounts.organisation("Intrekkers", "jeugdhulp");
        UUID other = accounts.organisation("Buren", "jeugdhulp");
        Api.Session[] holder = new Api.Session[1];
        JsonNode certificate = completed(organisation, "Ingetrokken Ivo", holder);
        String id = certificate.get("id").getStringValue();
        String revoke = "/api/organisations/" + organisation + "/certificates/" + id + "/revoke";
        Map<String, String> reason = Map.of("reason", "Uitgereikt aan de verkeerde persoon");
        Api.Session foreignAdmin = logIn(accounts.user(other, Role.ADMIN));

        assertThat(api().post(revoke, reason, logIn(accounts.user(organisation, Role.COORDINATOR)))
                        .status())
                .as("a coordinator")
                .isEqualTo(403);
        assertThat(api().post(revoke, reason, foreignAdmin).status())
                .as("another organisation's admin, on this organisation")
                .isEqualTo(403);
        assertThat(api().post("/api/organisations/" + other + "/certificates/" + id + "/revoke", reason, foreignAdmin)
                        .status())
                .as("another organisation's admin, on their own")
                .isEqualTo(404);
        assertThat(verify(certificate).get("status").getStringValue()).isEqualTo("VALID");

        Api.Session admin = logIn(accounts.user(organisation, Role.ADMIN));
        assertThat(api().post(revoke, Map.of("reason", "  "), admin).status()).isEqualTo(400);
        assertThat(api().post(revoke, reason, admin).status()).isEqualTo(204);
        assertThat(api().post(revoke, Map.of("reason", "Nog een keer"), admin).status())
                .isEqualTo(409);

        JsonNode verified = verify(certificate);
        assertThat(verified.get("status").getStringValue()).isEqualTo("REVOKED");
        assertThat(verified.get("holderName").getStringValue()).isEqualTo("Ingetrokken Ivo");
        JsonNode mine = certificates(holder[0]).get(0);
        assertThat(mine.get("status").getStringValue()).isEqualTo("REVOKED");
        assertThat(mine.get("revokedReason").getStringValue()).isEqualTo("Uitgereikt aan de verkeerde persoon");
    }

    private JsonNode verify(JsonNode certificate) {
        Api.Response response =
                api().get("/api/verify/" + certificate.get("verificationCode").getStringValue(), null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theDownloadHoldsTheCertificatesAndErasureRevokesThemWithoutTheName() throws SQLException {
        UUID organisation = accounts.organisation("Vergeetachtig", "jeugdhulp");
        String email = accounts.userNamed(organisation, "Vergeet Mij", Role.LEARNER);
        UUID userId = accounts.id(email);
        Api.Session learner = logIn(email);
        CheckAnswers.submit(api(), content.modules().get(0), true, learner);
        JsonNode certificate = certificates(learner).get(0);

        JsonNode download = api().get("/api/me/data", learner).body().get("certificates");
        assertThat(download.size()).isEqualTo(1);
        assertThat(download.get(0).get("verificationCode").getStringValue())
                .isEqualTo(certificate.get("verificationCode").getStringValue());

        Api.Session admin = logIn(accounts.user(organisation, Role.ADMIN));
        assertThat(api().post("/api/organisations/" + organisation + "/members/" + userId + "/erase", Map.of(), admin)
                        .status())
                .isEqualTo(204);

        JsonNode verified = verify(certificate);
        assertThat(verified.get("status").getStringValue()).isEqualTo("REVOKED");
        assertThat(verified.get("holderName").isNull()).isTrue();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT user_id, holder_name, revoked_reason FROM certificate WHERE id = ?")) {
            query.setObject(1, UUID.fromString(certificate.get("id").getStringValue()));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject(1, UUID.class)).isNotEqualTo(userId);
                assertThat(row.getString(2)).isNull();
                assertThat(row.getString(3)).isEqualTo(CertificatesOfPerson.ERASED);
            }
        }
    }

    @Test
    void completionsFromBeforeCertificatesExistedAreCertifiedOnceDatedWhenTheyWereMade() throws SQLException {
        UUID organisation = accounts.organisation("Van vroeger", "jeugdhulp");
        Api.Session[] learner = new Api.Session[1];
        JsonNode original = completed(organisation, "Vroege Vogel", learner);
        update(
                "DELETE FROM certificate WHERE id = ?",
                UUID.fromString(original.get("id").getStringValue()));
        assertThat(certificates(learner[0])).isEmpty();

        issuing.certifyEarlierCompletions();
        issuing.certifyEarlierCompletions();

        List<JsonNode> mine = certificates(learner[0]);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("issuedAt").getStringValue())
                .isEqualTo(original.get("issuedAt").getStringValue());
        assertThat(mine.get(0).get("subjectVersion").getIntValue())
                .isEqualTo(original.get("subjectVersion").getIntValue());
        assertThat(mine.get(0).get("verificationCode").getStringValue())
                .as("a new code: the old one is gone with its row")
                .isNotEqualTo(original.get("verificationCode").getStringValue());
    }

    private void update(String sql, Object parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }
}
