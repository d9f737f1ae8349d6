package nl.signaal.refresher;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.signaal.identity.SignedInUser;
import nl.signaal.refresher.OutboxApi.NoticesView;

/**
 * In-app notices for the signed-in user: how many of their organisation's mandatory modules are due for a refresher,
 * the same modules the weekly e-mail lists. Only ever about oneself.
 */
@Controller("/api/me/notices")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "refreshers")
class MyNoticesController {
    private final ModuleMemoryRepository memories;
    private final Policies policies;
    private final Clock clock;

    MyNoticesController(ModuleMemoryRepository memories, Policies policies, Clock clock) {
        this.memories = memories;
        this.policies = policies;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The number of mandatory modules due soon, overdue or lapsed, and the ISO week it is for")
    NoticesView notices(Authentication authentication) {
        SignedInUser me = SignedInUser.of(authentication);
        Instant now = clock.instant();
        Policy policy = policies.of(me.organisationId());
        List<String> mandatory = policies.existingMandatory(policy);
        // Asked on every page change: the learner's few module memory rows, not a replay of all their records.
        int due = (int) memories.findByUserId(me.id()).stream()
                .filter(kept -> mandatory.contains(kept.moduleId())
                        && kept.status(policy, now).due())
                .count();
        return new NoticesView(PlanningReminders.week(now), due);
    }
}
