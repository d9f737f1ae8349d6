package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.web.ApiException;

/**
 * The individual rows of insight: each person's mandatory-training status (the only individual data insight shows,
 * docs/privacy.md), as JSON, CSV and XLSX. Every answer is written to the {@link AuditLog} before it leaves.
 */
@Controller("/api/organisations/{organisationId}/insight")
@Secured({"COORDINATOR", "ADMIN"})
@Tag(name = "insight")
class PeopleController {
    static final Set<String> STATUSES =
            Set.of("NOT_STARTED", "IN_PROGRESS", "CURRENT", "DUE_SOON", "OVERDUE", "LAPSED");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Scopes scopes;
    private final PeopleRows people;
    private final AuditLog audit;
    private final Content content;
    private final InsightSql sql;
    private final Clock clock;

    PeopleController(Scopes scopes, PeopleRows people, AuditLog audit, Content content, InsightSql sql, Clock clock) {
        this.scopes = scopes;
        this.people = people;
        this.audit = audit;
        this.content = content;
        this.sql = sql;
        this.clock = clock;
    }

    @Serdeable
    record PersonView(
            UUID userId,
            String displayName,
            String email,
            List<String> teams,
            @Nullable Instant lastLoginAt,
            List<ModuleView> modules) {
        static PersonView of(PersonRow row) {
            return new PersonView(
                    row.userId(),
                    row.displayName(),
                    row.email(),
                    row.teams(),
                    row.lastLoginAt(),
                    row.modules().stream()
                            .map(m -> new ModuleView(m.moduleId(), m.status(), m.completedAt(), m.nextRefreshAt()))
                            .toList());
        }
    }

    @Serdeable
    record ModuleView(
            String moduleId,
            String status,
            @Nullable Instant completedAt,
            @Nullable Instant nextRefreshAt) {}

    /** What was asked: the scope and the two filters that narrow the rows. */
    private record Asked(
            SignedInUser viewer,
            InsightScope scope,
            @Nullable String module,
            @Nullable String status) {
        String filters() {
            List<String> parts = new ArrayList<>();
            if (module != null) {
                parts.add("module=" + module);
            }
            if (status != null) {
                parts.add("status=" + status);
            }
            return String.join(";", parts);
        }
    }

    @Get("/people")
    @Operation(
            summary = "Each person in scope with their status per mandatory module and the dates; module= and status="
                    + " narrow to people with that status (in that module). Audited")
    List<PersonView> list(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String role,
            @Nullable @QueryValue String sector,
            @Nullable @QueryValue String module,
            @Nullable @QueryValue String status) {
        Asked asked = ask(authentication, organisationId, team, role, sector, module, status);
        List<PersonRow> rows = people.rows(asked.scope(), asked.module(), asked.status());
        audit.viewed(asked.viewer(), asked.scope(), "PEOPLE_LIST", asked.filters(), rows.size());
        return rows.stream().map(PersonView::of).toList();
    }

    @Get(value = "/people.csv", produces = "text/csv;charset=utf-8")
    @Operation(
            summary = "The same rows as CSV (UTF-8 with BOM, RFC 4180) in the viewer's language: name, e-mail, teams,"
                    + " last login, per mandatory module status, completed and next refresher (ISO 8601). Audited")
    HttpResponse<byte[]> csv(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String role,
            @Nullable @QueryValue String sector,
            @Nullable @QueryValue String module,
            @Nullable @QueryValue String status) {
        Asked asked = ask(authentication, organisationId, team, role, sector, module, status);
        PeopleTable table = table(asked, authentication, "PEOPLE_CSV");
        return file(PeopleCsv.of(table), "text/csv;charset=utf-8", fileName(organisationId, "csv"));
    }

    @Get(value = "/people.xlsx", produces = XLSX)
    @Operation(
            summary = "The same rows as an Excel workbook: dates as date cells, header row frozen, text never a"
                    + " formula. Audited")
    HttpResponse<byte[]> xlsx(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String role,
            @Nullable @QueryValue String sector,
            @Nullable @QueryValue String module,
            @Nullable @QueryValue String status) {
        Asked asked = ask(authentication, organisationId, team, role, sector, module, status);
        PeopleTable table = table(asked, authentication, "PEOPLE_XLSX");
        return file(PeopleXlsx.of(table, "Signaal"), XLSX, fileName(organisationId, "xlsx"));
    }

    private Asked ask(
            Authentication authentication,
            UUID organisationId,
            @Nullable String team,
            @Nullable String role,
            @Nullable String sector,
            @Nullable String module,
            @Nullable String status) {
        InsightScope scope = scopes.of(authentication, organisationId, team, role, sector);
        String onlyModule = blank(module) ? null : module;
        if (onlyModule != null && !people.mandatoryModules(scope).contains(onlyModule)) {
            throw ApiException.invalidField("module", "must be one of the organisation's mandatory modules");
        }
        String onlyStatus = blank(status) ? null : status;
        if (onlyStatus != null && !STATUSES.contains(onlyStatus)) {
            throw ApiException.invalidField(
                    "status", "must be one of " + STATUSES.stream().sorted().toList());
        }
        return new Asked(SignedInUser.of(authentication), scope, onlyModule, onlyStatus);
    }

    private PeopleTable table(Asked asked, Authentication authentication, String view) {
        String locale = ContentLocale.choose(null, authentication);
        List<String> modules = people.mandatoryModules(asked.scope());
        List<String> titles = modules.stream()
                .map(id -> content.module(id)
                        .map(TrainingModule::title)
                        .map(title -> title.in(locale).text())
                        .orElse(id))
                .toList();
        List<PersonRow> rows = people.rows(asked.scope(), asked.module(), asked.status());
        audit.viewed(asked.viewer(), asked.scope(), view, asked.filters(), rows.size());
        return PeopleTable.of(modules, titles, rows, ExportTexts.in(locale));
    }

    private static HttpResponse<byte[]> file(byte[] body, String type, String name) {
        return HttpResponse.ok(body)
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** E.g. {@code zorggroep-de-linde-people-2026-12-07.csv}: the organisation in ASCII, the day in Dutch time. */
    private String fileName(UUID organisationId, String extension) {
        String name = sql
                .query(
                        new SqlPart("SELECT name FROM organisation WHERE id = ?", List.of(organisationId)),
                        row -> row.getString("name"))
                .stream()
                .findFirst()
                .orElse("organisation");
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
        LocalDate today = LocalDate.ofInstant(clock.instant(), PeopleTable.ZONE);
        return (slug.isEmpty() ? "organisation" : slug) + "-people-" + today + "." + extension;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
