package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.RefresherApi.LearnerStatusView;
import nl.signaal.refresher.RefresherApi.ModuleStatusView;
import nl.signaal.refresher.RefresherApi.OrganisationStatusView;
import nl.signaal.web.ApiException;

/** Who in an organisation keeps the mandatory modules current: for its coordinators and admins, also as CSV. */
@Controller("/api/organisations/{organisationId}")
@Secured({"COORDINATOR", "ADMIN"})
@Tag(name = "refreshers")
class RefresherStatusController {
    private final Members members;
    private final Practice practice;
    private final Policies policies;
    private final Clock clock;

    RefresherStatusController(Members members, Practice practice, Policies policies, Clock clock) {
        this.members = members;
        this.practice = practice;
        this.policies = policies;
        this.clock = clock;
    }

    @Get("/refresher-status")
    @Operation(
            summary = "Each member's status per mandatory module, and the share that keeps them all current "
                    + "(role= narrows to members with that role)")
    OrganisationStatusView status(
            Authentication authentication, @PathVariable UUID organisationId, @Nullable @QueryValue String role) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        return overview(organisationId, role);
    }

    @Get(value = "/refresher-status.csv", produces = "text/csv;charset=utf-8")
    @Operation(summary = "The same overview as CSV: a row per member, a column per mandatory module")
    HttpResponse<String> csv(
            Authentication authentication, @PathVariable UUID organisationId, @Nullable @QueryValue String role) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        OrganisationStatusView overview = overview(organisationId, role);
        return HttpResponse.ok(
                        StatusCsv.of(policies.existingMandatory(policies.of(organisationId)), overview.learners()))
                .header("Content-Disposition", "attachment; filename=\"refresher-status.csv\"");
    }

    private OrganisationStatusView overview(UUID organisationId, @Nullable String role) {
        Role only = role == null || role.isBlank() ? null : parse(role);
        Policy policy = policies.of(organisationId);
        List<String> mandatory = policies.existingMandatory(policy);
        Map<UUID, List<Practised>> practiceByLearner = practice.ofOrganisation(organisationId);
        Instant now = clock.instant();
        List<LearnerStatusView> learners = members.of(organisationId).stream()
                .filter(member -> only == null || member.roles().contains(only))
                .map(member -> {
                    Memories.LearnerMemory memory =
                            Memories.of(practiceByLearner.getOrDefault(member.id(), List.of()), mandatory, policy, now);
                    return new LearnerStatusView(
                            member.id(),
                            member.displayName(),
                            member.roles().stream().sorted().map(Role::name).toList(),
                            memory.modules().stream()
                                    .map(m -> new ModuleStatusView(m.moduleId(), m.status()))
                                    .toList());
                })
                .toList();
        long kept = learners.stream()
                .filter(l -> l.modules().stream().allMatch(m -> m.status().kept()))
                .count();
        return new OrganisationStatusView(learners.isEmpty() ? 0 : kept / (double) learners.size(), learners);
    }

    private static Role parse(String role) {
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElseThrow(
                        () -> ApiException.invalidField("role", "must be one of " + Arrays.toString(Role.values())));
    }
}
