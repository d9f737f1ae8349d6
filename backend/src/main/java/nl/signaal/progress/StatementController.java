package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

@Controller("/api/xapi/statements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "progress")
class StatementController {
    private final LearningRecordRepository records;
    private final LearningRecords learningRecords;

    StatementController(LearningRecordRepository records, LearningRecords learningRecords) {
        this.records = records;
        this.learningRecords = learningRecords;
    }

    /** A page of statements, newest first; {@code more} is the URL of the next page, as in xAPI. */
    @Serdeable
    record StatementPage(
            List<Statement> statements, @Nullable String more) {}

    @Get
    @Operation(summary = "Learning records as xAPI statements: your own, or (coordinators) your organisation's")
    StatementPage statements(
            Authentication authentication,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size,
            @QueryValue(defaultValue = "own") @Pattern(regexp = "own|organisation") String scope) {
        SignedInUser me = SignedInUser.of(authentication);
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("storedAt"), Sort.Order.desc("id")));
        Page<LearningRecord> found;
        if ("organisation".equals(scope)) {
            if (!me.hasAny(Role.COORDINATOR, Role.ADMIN)) {
                throw ApiException.forbidden("Only coordinators see their organisation's records.");
            }
            found = records.findByOrganisationId(me.organisationId(), pageable);
        } else {
            found = records.findByUserId(me.id(), pageable);
        }
        String more = (page + 1) * (long) size < found.getTotalSize()
                ? "/api/xapi/statements?page=" + (page + 1) + "&size=" + size + "&scope=" + scope
                : null;
        return new StatementPage(
                found.getContent().stream()
                        .map("organisation".equals(scope) ? learningRecords::read : learningRecords::readForLearner)
                        .toList(),
                more);
    }
}
