package nl.signaal.refresher.reminder;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import nl.signaal.identity.SignedInUser;
import nl.signaal.refresher.DueModules;
import nl.signaal.refresher.reminder.OutboxApi.NoticesView;

/**
 * In-app notices for the signed-in user: how many of their organisation's mandatory modules are due for a refresher,
 * the same modules the weekly e-mail lists. Only ever about oneself.
 */
@Controller("/api/me/notices")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "refreshers")
class MyNoticesController {
    private final DueModules dueModules;
    private final Clock clock;

    MyNoticesController(DueModules dueModules, Clock clock) {
        this.dueModules = dueModules;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The number of mandatory modules due soon, overdue or lapsed, and the ISO week it is for")
    NoticesView notices(Authentication authentication) {
        SignedInUser me = SignedInUser.of(authentication);
        Instant now = clock.instant();
        // Asked on every page change: the learner's few module memory rows, not a replay of all their records.
        int due = dueModules.ofLearner(me.id(), me.organisationId(), now).size();
        return new NoticesView(PlanningReminders.week(now), due);
    }
}
