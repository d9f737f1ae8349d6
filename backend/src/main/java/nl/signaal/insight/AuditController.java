package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * The insight audit log of an organisation, for its administrators only: a coordinator who views people rows must
 * not be the one who checks who viewed them.
 */
@Controller("/api/organisations/{organisationId}/insight/audit")
@Secured("ADMIN")
@Tag(name = "insight")
class AuditController {
    static final int PAGE_SIZE = 50;

    private final AuditEntryRepository entries;

    AuditController(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** One entry; viewer id, name and e-mail are null once that account was erased. */
    @Serdeable
    record EntryView(
            Instant at,
            @Nullable UUID viewerId,
            @Nullable String viewerName,
            @Nullable String viewerEmail,
            String viewerRole,
            String view,
            String scope,
            String filters,
            int rows) {}

    @Serdeable
    record AuditPageView(List<EntryView> entries, int page, int pageSize, long total, int pages) {}

    @Get
    @Operation(
            summary = "Who viewed individual rows of insight, newest first, 50 a page (page= from 0); from= and to="
                    + " are days (ISO 8601, both included, Dutch time)")
    AuditPageView entries(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer page) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        int number = page == null ? 0 : page;
        if (number < 0) {
            throw ApiException.invalidField("page", "must be 0 or more");
        }
        Instant start = from == null || from.isBlank() ? Instant.EPOCH : startOf(day("from", from));
        Instant end = to == null || to.isBlank()
                ? Instant.parse("9999-12-31T00:00:00Z")
                : startOf(day("to", to).plusDays(1));
        Page<AuditEntry> found = entries.findByOrganisationIdAndViewedAtGreaterThanEqualsAndViewedAtLessThan(
                organisationId,
                start,
                end,
                Pageable.from(number, PAGE_SIZE, Sort.of(Sort.Order.desc("viewedAt"), Sort.Order.desc("id"))));
        return new AuditPageView(
                found.getContent().stream()
                        .map(e -> new EntryView(
                                e.viewedAt(),
                                e.viewerId(),
                                e.viewerName(),
                                e.viewerEmail(),
                                e.viewerRole(),
                                e.viewKind(),
                                e.scope(),
                                e.filters(),
                                e.rowCount()))
                        .toList(),
                number,
                PAGE_SIZE,
                found.getTotalSize(),
                found.getTotalPages());
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "must be a date like 2026-12-07");
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PeopleTable.ZONE).toInstant();
    }
}
