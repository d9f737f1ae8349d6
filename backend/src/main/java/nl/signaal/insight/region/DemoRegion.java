package nl.signaal.insight.region;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.DemoCreated;
import nl.signaal.identity.DemoOrganisations;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;

/**
 * The demo municipality "Gemeente Utrecht (demo)" with a coordinator ({@value #COORDINATOR}) and an administrator
 * ({@value #ADMIN}), and its region "Regio Utrecht" with the demo organisations opted in: the main one and, when part
 * "teams" made it, "Zorggroep Noorderlicht (demo)". Runs after the other demo listeners, so that one exists by then.
 */
@Singleton
class DemoRegion implements ApplicationEventListener<DemoCreated>, Ordered {
    static final String MUNICIPALITY = "Gemeente Utrecht (demo)";
    static final String REGION = "Regio Utrecht";
    static final String COORDINATOR = "regio@demo.signaal.nl";
    static final String ADMIN = "regio-beheer@demo.signaal.nl";
    static final String CARE_GROUP = "Zorggroep Noorderlicht (demo)";

    private final DemoOrganisations organisations;
    private final RegionRepository regions;
    private final RegionPartnerRepository partners;
    private final Clock clock;

    DemoRegion(
            DemoOrganisations organisations, RegionRepository regions, RegionPartnerRepository partners, Clock clock) {
        this.organisations = organisations;
        this.regions = regions;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(DemoCreated demo) {
        UUID municipality = organisations.create(
                MUNICIPALITY,
                "buurtteam",
                List.of(
                        new DemoOrganisations.Account(COORDINATOR, "Demo Regiocoördinator", Role.COORDINATOR),
                        new DemoOrganisations.Account(ADMIN, "Demo Regiobeheerder", Role.ADMIN)));
        Region region = regions.save(
                new Region(UUID.randomUUID(), municipality, REGION, JoinCodes.generate(), clock.instant()));
        List<UUID> partnersIn = new ArrayList<>();
        demo.accounts().stream()
                .filter(account -> account.has(Role.ADMIN))
                .map(SignedInUser::organisationId)
                .findFirst()
                .ifPresent(partnersIn::add);
        organisations.find(CARE_GROUP).ifPresent(partnersIn::add);
        for (UUID partner : partnersIn) {
            partners.save(
                    new RegionPartner(UUID.randomUUID(), region.id(), partner, clock.instant(), null, null, null));
        }
    }

    /** After the other features' demo data (Micronaut runs listeners by ascending order). */
    @Override
    public int getOrder() {
        return 1000;
    }
}
