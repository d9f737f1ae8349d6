package nl.signaal.refresher;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Practice;
import nl.signaal.refresher.OutboxApi.NoticesView;

import java.time.Clock;
import java.time.Instant;

/**
 * In-app notices for the signed-in user: how many of their organisation's mandatory modules are due for a refresher,
 * the same modules the weekly e-mail lists. Only ever about oneself.
 */
@Controller("/api/me/notices")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "refreshers")
class MyNoticesController {
    private final Practice practice;
    private final Policies policies;
    private final Clock clock;

    MyNoticesController(Practice practice, Policies policies, Clock clock) {
        this.practice = practice;
        this.policies = policies;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The number of mandatory modules due soon, overdue or lapsed, and the ISO week it is for")
    NoticesView notices(Authentication authentication) {
        SignedInUser me = SignedInUser.of(authentication);
        Instant now = clock.instant();
        Policy policy = policies.of(me.organisationId());
        int due = (int) Memories.of(practice.of(me.id()), policies.existingMandatory(policy), policy, now).modules()
                .stream().filter(module -> module.status().due()).count();
        return new NoticesView(PlanningReminders.week(now), due);
    }
}
