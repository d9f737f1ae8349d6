package nl.signaal.insight.region;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.insight.region.RegionsApi.JoinCodeView;
import nl.signaal.insight.region.RegionsApi.JoinCommand;
import nl.signaal.insight.region.RegionsApi.OwnedRegionView;
import nl.signaal.insight.region.RegionsApi.RegionCommand;
import nl.signaal.insight.region.RegionsApi.RegionsView;
import nl.signaal.web.ApiException;
import nl.signaal.web.Problems;

/**
 * Regions of an organisation: the owner's administrators create and rename them and hand out the join code; a
 * partner's administrators opt in with that code and out again; coordinators see both lists but never a code
 * (docs/decisions/0052-regions.md). Another organisation answers 403, another organisation's region 404.
 */
@Controller("/api/organisations/{organisationId}/regions")
@Tag(name = "insight")
class RegionController {
    private final ManagingRegions managing;
    private final JoinCodeThrottle throttle;

    RegionController(ManagingRegions managing, JoinCodeThrottle throttle) {
        this.managing = managing;
        this.throttle = throttle;
    }

    @Get
    @Secured({"COORDINATOR", "ADMIN"})
    @Operation(summary = "The regions the organisation owns (with their partners) and those it shares its numbers with")
    RegionsView list(Authentication authentication, @PathVariable UUID organisationId) {
        member(authentication, organisationId);
        return managing.list(organisationId);
    }

    @Post
    @Secured("ADMIN")
    @Operation(summary = "Create a region owned by this organisation; 409 when it already has one of that name")
    HttpResponse<OwnedRegionView> create(
            Authentication authentication, @PathVariable UUID organisationId, @Body @Valid RegionCommand command) {
        member(authentication, organisationId);
        Region region = managing.create(organisationId, command.name());
        return HttpResponse.created(
                new OwnedRegionView(region.id(), region.name(), region.createdAt(), List.of()),
                URI.create("/api/organisations/" + organisationId + "/regions/" + region.id()));
    }

    @Put("/{regionId}")
    @Secured("ADMIN")
    @Operation(summary = "Rename a region of this organisation")
    OwnedRegionView rename(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @PathVariable UUID regionId,
            @Body @Valid RegionCommand command) {
        member(authentication, organisationId);
        managing.rename(organisationId, regionId, command.name());
        return managing.list(organisationId).owned().stream()
                .filter(region -> region.id().equals(regionId))
                .findFirst()
                .orElseThrow();
    }

    @Get("/{regionId}/join-code")
    @Secured("ADMIN")
    @Operation(summary = "The code a partner's administrator types to opt in (administrators of the owner only)")
    JoinCodeView joinCode(
            Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID regionId) {
        member(authentication, organisationId);
        return managing.code(organisationId, regionId);
    }

    @Post("/{regionId}/join-code")
    @Secured("ADMIN")
    @Operation(summary = "A new join code; the old one stops working, partners already in stay in")
    JoinCodeView renewJoinCode(
            Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID regionId) {
        member(authentication, organisationId);
        return managing.renewCode(organisationId, regionId);
    }

    @Post("/joined")
    @Secured("ADMIN")
    @Operation(
            summary = "Opt this organisation in to a region with its join code; a wrong code is 400 (field code), and"
                    + " five wrong codes in ten minutes per organisation give 429 with Retry-After")
    HttpResponse<?> join(
            Authentication authentication, @PathVariable UUID organisationId, @Body @Valid JoinCommand command) {
        SignedInUser admin = member(authentication, organisationId);
        long wait = throttle.waitSeconds(organisationId);
        if (wait > 0) {
            return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong codes: wait a moment and try again.")
                    .header("Retry-After", Long.toString(wait));
        }
        Region region = managing.join(admin, command.code()).orElseThrow(() -> {
            throttle.failed(organisationId);
            return ApiException.invalidField("code", "is not the join code of a region");
        });
        return HttpResponse.ok(managing.list(organisationId).joined().stream()
                .filter(joined -> joined.id().equals(region.id()))
                .findFirst()
                .orElseThrow());
    }

    @Delete("/joined/{regionId}")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Opt out of a region: its view leaves this organisation's numbers out at once")
    void leave(Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID regionId) {
        managing.leave(member(authentication, organisationId), regionId);
    }

    private static SignedInUser member(Authentication authentication, UUID organisationId) {
        SignedInUser me = SignedInUser.of(authentication);
        me.requireOrganisation(organisationId);
        return me;
    }
}
