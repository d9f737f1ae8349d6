package nl.signaal.refresher;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.refresher.RefresherApi.PolicyCommand;
import nl.signaal.refresher.RefresherApi.PolicyView;
import nl.signaal.web.ApiException;

/** An organisation's refresher policy, for its coordinators and admins. */
@Controller("/api/organisations/{organisationId}/refresher-policy")
@Secured({"COORDINATOR", "ADMIN"})
@Tag(name = "refreshers")
class RefresherPolicyController {
    private final Policies policies;
    private final RefresherPolicies read;

    RefresherPolicyController(Policies policies, RefresherPolicies read) {
        this.policies = policies;
        this.read = read;
    }

    @Get
    @Operation(
            summary = "The organisation's refresher policy (the defaults, every module mandatory, until one is saved);"
                    + " chosen says whether a coordinator ever chose the mandatory modules")
    PolicyView policy(Authentication authentication, @PathVariable UUID organisationId) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        return PolicyView.of(read.of(organisationId));
    }

    @Put
    @Operation(summary = "Change the organisation's refresher policy; saving makes the mandatory modules chosen")
    PolicyView change(
            Authentication authentication, @PathVariable UUID organisationId, @Body @Valid PolicyCommand command) {
        SignedInUser me = SignedInUser.of(authentication);
        me.requireOrganisation(organisationId);
        List<String> known = policies.allModules();
        for (String module : command.mandatoryModules()) {
            if (!known.contains(module)) {
                throw ApiException.invalidField("mandatoryModules", "'" + module + "' is not a module");
            }
        }
        Policy policy = new Policy(
                command.targetRetention(),
                command.maximumIntervalDays(),
                command.fullRefreshMonths(),
                List.copyOf(new LinkedHashSet<>(command.mandatoryModules())));
        policies.save(organisationId, policy, me.id());
        return PolicyView.of(read.of(organisationId));
    }
}
