package nl.signaal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import javax.sql.DataSource;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The people rows of insight as JSON, CSV and XLSX: the files opened by independent parsers (commons-csv and
 * fastexcel-reader), checked against the JSON rows, formula-injection safe, and every view audited.
 */
@MicronautTest(transactional = false)
class PeopleExportApiTest extends DatabaseTest {
    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example\",\"klik\")";

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
    DataSource dataSource;

    private Api api() {
        return new Api(client, json);
    }

    private Api.Session logIn(String email) {
        return api().logIn(email, TestAccounts.PASSWORD);
    }

    /** An organisation with two mandatory modules, a team of two, one of whom passed the first module. */
    private record Fixture(
            UUID organisation,
            String coordinator,
            String admin,
            TrainingModule first,
            TrainingModule second,
            String anna,
            String formula,
            UUID team) {
        String path(String rest) {
            return "/api/organisations/" + organisation + "/insight/" + rest;
        }
    }

    private Fixture fixture(String name, String coordinatorLocale) {
        UUID organisation = accounts.organisation(name, "jeugdhulp");
        String coordinator =
                accounts.userSpeaking(organisation, "Cora Coördinator", coordinatorLocale, Role.COORDINATOR);
        String admin = accounts.userNamed(organisation, "Ada Beheer", Role.ADMIN);
        TrainingModule first = content.modules().get(0);
        TrainingModule second = content.modules().get(1);
        Map<String, Object> policy = new HashMap<>();
        policy.put("targetRetention", 0.85);
        policy.put("maximumIntervalDays", 180);
        policy.put("fullRefreshMonths", 12);
        policy.put("mandatoryModules", List.of(first.id(), second.id()));
        assertThat(api().put("/api/organisations/" + organisation + "/refresher-policy", policy, logIn(coordinator))
                        .status())
                .isEqualTo(200);
        String anna = accounts.userNamed(organisation, "Anna de Vries, jr.", Role.LEARNER);
        String formula = accounts.userNamed(organisation, HYPERLINK, Role.LEARNER);
        CheckAnswers.submit(api(), first, true, logIn(anna));
        UUID team = UUID.randomUUID();
        insert(
                "INSERT INTO team (id, organisation_id, name, sector, created_at) VALUES (?, ?, ?, ?, ?)",
                team,
                organisation,
                "Ambulant team",
                "jeugdhulp",
                OffsetDateTime.now());
        for (String member : List.of(anna, formula)) {
            insert(
                    "INSERT INTO team_member (id, team_id, user_id, added_at) VALUES (?, ?, ?, ?)",
                    UUID.randomUUID(),
                    team,
                    accounts.id(member),
                    OffsetDateTime.now());
        }
        return new Fixture(organisation, coordinator, admin, first, second, anna, formula, team);
    }

    private void insert(String sql, Object... values) {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> download(String path, Api.Session session) {
        return client.toBlocking()
                .exchange(
                        HttpRequest.GET(path)
                                .header("Cookie", "SIGNAAL_SESSION=" + session.cookie())
                                .header("X-CSRF-Token", session.csrfToken()),
                        byte[].class);
    }

    private static JsonNode person(JsonNode rows, String email) {
        for (JsonNode row : rows.values()) {
            if (row.get("email").getStringValue().equals(email)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + email);
    }

    private static String day(JsonNode at) {
        return at == null || at.isNull()
                ? ""
                : LocalDate.ofInstant(Instant.parse(at.getStringValue()), PeopleTable.ZONE)
                        .toString();
    }

    @Test
    void theListShowsEachPersonsMandatoryModulesWithDatesAndIsAudited() {
        Fixture f = fixture("Lijst", "nl");
        Api.Session coordinator = logIn(f.coordinator());

        Api.Response list = api().get(f.path("people"), coordinator);
        assertThat(list.status()).isEqualTo(200);
        JsonNode anna = person(list.body(), f.anna());
        assertThat(anna.get("displayName").getStringValue()).isEqualTo("Anna de Vries, jr.");
        assertThat(anna.get("teams").get(0).getStringValue()).isEqualTo("Ambulant team");
        assertThat(anna.get("modules").size()).isEqualTo(2);
        JsonNode passed = anna.get("modules").get(0);
        assertThat(passed.get("moduleId").getStringValue()).isEqualTo(f.first().id());
        assertThat(passed.get("status").getStringValue()).isIn("CURRENT", "DUE_SOON");
        assertThat(passed.get("completedAt").isNull()).isFalse();
        assertThat(passed.get("nextRefreshAt").isNull()).isFalse();
        assertThat(anna.get("modules").get(1).get("status").getStringValue()).isEqualTo("NOT_STARTED");

        JsonNode audit = api().get(f.path("audit"), logIn(f.admin())).body();
        assertThat(audit.get("total").getLongValue()).isEqualTo(1);
        JsonNode entry = audit.get("entries").get(0);
        assertThat(entry.get("view").getStringValue()).isEqualTo("PEOPLE_LIST");
        assertThat(entry.get("viewerName").getStringValue()).isEqualTo("Cora Coördinator");
        assertThat(entry.get("viewerEmail").getStringValue()).isEqualTo(f.coordinator());
        assertThat(entry.get("scope").getStringValue()).isEqualTo("organisation");
        assertThat(entry.get("rows").getIntValue()).isEqualTo(list.body().size());
    }

    @Test
    void theCsvHasNamesStatusesInTheViewersLanguageAndIsoDatesAndNoFormula() throws IOException {
        Fixture f = fixture("Zorggroep Één & Co", "nl");
        Api.Session coordinator = logIn(f.coordinator());
        JsonNode rows = api().get(f.path("people"), coordinator).body();

        HttpResponse<byte[]> response = download(f.path("people.csv"), coordinator);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo(
                        "attachment; filename=\"zorggroep-een-co-people-" + LocalDate.now(PeopleTable.ZONE) + ".csv\"");
        byte[] bytes = response.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
                .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        for (JsonNode row : rows.values()) {
            assertThat(text).doesNotContain(row.get("userId").getStringValue());
        }

        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        String title = f.first().title().in("nl").text();
        assertThat(records.get(0).toList())
                .startsWith("Naam", "E-mail", "Teams", "Laatst ingelogd", title + ": status")
                .contains(title + ": afgerond op", title + ": volgende opfrisser");
        assertThat(records).hasSize(rows.size() + 1);
        CSVRecord anna = record(records, f.anna());
        assertThat(anna.get(0)).isEqualTo("Anna de Vries, jr.");
        assertThat(anna.get(2)).isEqualTo("Ambulant team");
        JsonNode annaJson = person(rows, f.anna());
        assertThat(anna.get(3)).isEqualTo(day(annaJson.get("lastLoginAt")));
        JsonNode passed = annaJson.get("modules").get(0);
        assertThat(anna.get(4))
                .isEqualTo(ExportTexts.in("nl").status(passed.get("status").getStringValue()));
        assertThat(anna.get(5)).isEqualTo(day(passed.get("completedAt"))).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(anna.get(6)).isEqualTo(day(passed.get("nextRefreshAt")));
        assertThat(anna.get(7)).isEqualTo("niet begonnen");
        assertThat(anna.get(8)).isEmpty();

        assertThat(record(records, f.formula()).get(0)).isEqualTo("'" + HYPERLINK);
    }

    private static CSVRecord record(List<CSVRecord> records, String email) {
        return records.stream().filter(r -> r.get(1).equals(email)).findFirst().orElseThrow();
    }

    @Test
    void theXlsxHasTypedDatesAFrozenHeaderAndTextThatIsNeverAFormula() throws IOException {
        Fixture f = fixture("Werkboek", "en");
        Api.Session coordinator = logIn(f.coordinator());
        JsonNode rows = api().get(f.path("people"), coordinator).body();

        HttpResponse<byte[]> response = download(f.path("people.xlsx"), coordinator);
        assertThat(response.getContentType().orElseThrow().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.header("Content-Disposition"))
                .contains("werkboek-people-")
                .endsWith(".xlsx\"");
        byte[] file = response.body();

        List<Row> sheet;
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            sheet = workbook.getFirstSheet().read();
        }
        String title = f.first().title().in("en").text();
        assertThat(sheet.get(0).getCellText(0)).isEqualTo("Name");
        assertThat(sheet.get(0).getCellText(3)).isEqualTo("Last login");
        assertThat(sheet.get(0).getCellText(4)).isEqualTo(title + ": status");
        assertThat(sheet).hasSize(rows.size() + 1);

        Row anna = sheet.stream()
                .filter(r -> r.getCellText(1).equals(f.anna()))
                .findFirst()
                .orElseThrow();
        JsonNode passed = person(rows, f.anna()).get("modules").get(0);
        assertThat(anna.getCellText(4))
                .isEqualTo(ExportTexts.in("en").status(passed.get("status").getStringValue()));
        assertThat(anna.getCell(5).getType()).isEqualTo(CellType.NUMBER);
        assertThat(anna.getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(anna.getCellAsDate(5).orElseThrow().toLocalDate().toString())
                .isEqualTo(day(passed.get("completedAt")));
        assertThat(anna.getCellText(7)).isEqualTo("not started");

        Row formula = sheet.stream()
                .filter(r -> r.getCellText(1).equals(f.formula()))
                .findFirst()
                .orElseThrow();
        assertThat(formula.getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(formula.getCell(0).getFormula()).isNull();
        assertThat(formula.getCellText(0)).isEqualTo(HYPERLINK);

        String sheetXml = entry(file, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml)
                .contains("state=\"frozen\"")
                .contains("ySplit=\"1\"")
                .doesNotContain("<f>");
    }

    private static String entry(byte[] zip, String name) throws IOException {
        // ZipFile reads the central directory; ZipInputStream rejects the data descriptors of a streamed zip.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("people", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry found = archive.getEntry(name);
                assertThat(found).as(name).isNotNull();
                return new String(archive.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void everyViewIsAuditedWithScopeAndFiltersAndOnlyAdminsReadTheLog() {
        Fixture f = fixture("Logboek", "nl");
        Api.Session coordinator = logIn(f.coordinator());
        UUID team = f.team();

        Api.Response narrowed = api().get(
                        f.path("people?team=" + team + "&module=" + f.second().id() + "&status=NOT_STARTED"),
                        coordinator);
        assertThat(narrowed.status()).as(String.valueOf(narrowed.body())).isEqualTo(200);
        download(f.path("people.csv?role=LEARNER"), coordinator);
        download(f.path("people.xlsx"), coordinator);

        assertThat(api().get(f.path("audit"), coordinator).status()).isEqualTo(403);
        Api.Response log = api().get(f.path("audit"), logIn(f.admin()));
        assertThat(log.status()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        log.body()
                .get("entries")
                .values()
                .forEach(e -> entries.add(e.get("view").getStringValue() + " "
                        + e.get("scope").getStringValue() + " "
                        + e.get("filters").getStringValue() + " "
                        + e.get("rows").getIntValue()));
        // Newest first; the team has two people without the second module.
        assertThat(entries)
                .containsExactly(
                        "PEOPLE_XLSX organisation  4",
                        "PEOPLE_CSV role=LEARNER  2",
                        "PEOPLE_LIST team=Ambulant team module=" + f.second().id() + ";status=NOT_STARTED 2");

        String today = LocalDate.now(PeopleTable.ZONE).toString();
        String tomorrow = LocalDate.now(PeopleTable.ZONE).plusDays(1).toString();
        assertThat(api().get(f.path("audit?from=" + today + "&to=" + today), logIn(f.admin()))
                        .body()
                        .get("total")
                        .getLongValue())
                .isEqualTo(3);
        assertThat(api().get(f.path("audit?from=" + tomorrow), logIn(f.admin()))
                        .body()
                        .get("entries")
                        .size())
                .isZero();
        assertThat(api().get(f.path("audit?from=gisteren"), logIn(f.admin())).status())
                .isEqualTo(400);
    }

    @Test
    void theLogIsPagedNewestFirst() {
        Fixture f = fixture("Pagina's", "nl");
        Api.Session coordinator = logIn(f.coordinator());
        for (int i = 0; i < AuditController.PAGE_SIZE + 2; i++) {
            api().get(f.path("people"), coordinator);
        }
        Api.Session admin = logIn(f.admin());
        JsonNode first = api().get(f.path("audit"), admin).body();
        JsonNode second = api().get(f.path("audit?page=1"), admin).body();
        assertThat(first.get("entries").size()).isEqualTo(AuditController.PAGE_SIZE);
        assertThat(first.get("pages").getIntValue()).isEqualTo(2);
        assertThat(second.get("entries").size()).isEqualTo(2);
        String newestOfSecond = second.get("entries").get(0).get("at").getStringValue();
        String oldestOfFirst = first.get("entries")
                .get(AuditController.PAGE_SIZE - 1)
                .get("at")
                .getStringValue();
        assertThat(Instant.parse(newestOfSecond)).isBeforeOrEqualTo(Instant.parse(oldestOfFirst));
    }

    @Test
    void erasingTheViewersAccountKeepsTheEntryWithoutNameOrEmail() {
        Fixture f = fixture("Vergeten", "nl");
        api().get(f.path("people"), logIn(f.coordinator()));
        Api.Session admin = logIn(f.admin());
        Api.Response erased = api().post(
                        "/api/organisations/" + f.organisation() + "/members/" + accounts.id(f.coordinator())
                                + "/erase",
                        Map.of(),
                        admin);
        assertThat(erased.status()).isBetween(200, 204);

        JsonNode entry = api().get(f.path("audit"), admin).body().get("entries").get(0);
        assertThat(entry.get("view").getStringValue()).isEqualTo("PEOPLE_LIST");
        assertThat(entry.get("viewerRole").getStringValue()).isEqualTo("COORDINATOR");
        assertThat(entry.get("viewerName") == null || entry.get("viewerName").isNull())
                .isTrue();
        assertThat(entry.get("viewerEmail") == null || entry.get("viewerEmail").isNull())
                .isTrue();
        assertThat(entry.get("viewerId") == null || entry.get("viewerId").isNull())
                .isTrue();
    }

    @Test
    void rejectsAnUnknownStatusOrAModuleThatIsNotMandatory() {
        Fixture f = fixture("Filters", "nl");
        Api.Session coordinator = logIn(f.coordinator());
        Api.Response status = api().get(f.path("people?status=KWIJT"), coordinator);
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("status");
        String other = content.modules().get(2).id();
        Api.Response module = api().get(f.path("people.csv?module=" + other), coordinator);
        assertThat(module.status()).isEqualTo(400);
        assertThat(api().get(f.path("audit"), logIn(f.admin()))
                        .body()
                        .get("total")
                        .getLongValue())
                .isZero();
    }

    @Test
    void aLearnerGetsNoRows() {
        Fixture f = fixture("Leerling", "nl");
        try {
            download(f.path("people.csv"), logIn(f.anna()));
            throw new AssertionError("a learner downloaded the people rows");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(403);
        }
    }
}
