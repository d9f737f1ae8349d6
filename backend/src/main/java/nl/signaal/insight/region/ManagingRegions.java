package nl.signaal.insight.region;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.identity.SignedInUser;
import nl.signaal.insight.InsightSql;
import nl.signaal.insight.SqlPart;
import nl.signaal.insight.region.RegionsApi.JoinCodeView;
import nl.signaal.insight.region.RegionsApi.JoinedRegionView;
import nl.signaal.insight.region.RegionsApi.OwnedRegionView;
import nl.signaal.insight.region.RegionsApi.PartnerView;
import nl.signaal.insight.region.RegionsApi.RegionsView;
import nl.signaal.web.ApiException;

/**
 * Creating and renaming regions, their join codes, and opting in and out (docs/decisions/0052-regions.md). The
 * controller has checked role and organisation; this class checks that a region belongs to the organisation.
 */
@Singleton
class ManagingRegions {
    private final RegionRepository regions;
    private final RegionPartnerRepository partners;
    private final InsightSql sql;
    private final Clock clock;

    ManagingRegions(RegionRepository regions, RegionPartnerRepository partners, InsightSql sql, Clock clock) {
        this.regions = regions;
        this.partners = partners;
        this.sql = sql;
        this.clock = clock;
    }

    RegionsView list(UUID organisation) {
        Map<UUID, List<PartnerView>> partnersByRegion = sql
                .query(
                        new SqlPart(
                                "SELECT rp.region_id, rp.organisation_id, o.name, rp.joined_at, u.display_name"
                                        + " FROM region_partner rp JOIN region r ON r.id = rp.region_id"
                                        + " JOIN organisation o ON o.id = rp.organisation_id"
                                        + " LEFT JOIN app_user u ON u.id = rp.joined_by"
                                        + " WHERE r.owner_organisation_id = ? AND rp.left_at IS NULL ORDER BY o.name",
                                List.of(organisation)),
                        row -> Map.entry(
                                row.getObject("region_id", UUID.class),
                                new PartnerView(
                                        row.getObject("organisation_id", UUID.class),
                                        row.getString("name"),
                                        InsightSql.instant(row, "joined_at"),
                                        row.getString("display_name"))))
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<OwnedRegionView> owned = regions.findByOwnerOrganisationIdOrderByName(organisation).stream()
                .map(region -> new OwnedRegionView(
                        region.id(),
                        region.name(),
                        region.createdAt(),
                        partnersByRegion.getOrDefault(region.id(), List.of())))
                .toList();
        List<JoinedRegionView> joined = sql.query(
                new SqlPart(
                        "SELECT r.id, r.name, o.name AS owner, rp.joined_at FROM region_partner rp"
                                + " JOIN region r ON r.id = rp.region_id"
                                + " JOIN organisation o ON o.id = r.owner_organisation_id"
                                + " WHERE rp.organisation_id = ? AND rp.left_at IS NULL ORDER BY r.name",
                        List.of(organisation)),
                row -> new JoinedRegionView(
                        row.getObject("id", UUID.class),
                        row.getString("name"),
                        row.getString("owner"),
                        InsightSql.instant(row, "joined_at")));
        return new RegionsView(owned, joined);
    }

    @Transactional
    Region create(UUID organisation, String name) {
        String trimmed = name.strip();
        if (regions.existsByOwnerOrganisationIdAndName(organisation, trimmed)) {
            throw ApiException.conflict("This organisation already has a region with that name.");
        }
        return regions.save(new Region(UUID.randomUUID(), organisation, trimmed, JoinCodes.generate(), now()));
    }

    @Transactional
    Region rename(UUID organisation, UUID regionId, String name) {
        Region region = owned(organisation, regionId);
        String trimmed = name.strip();
        if (!trimmed.equals(region.name()) && regions.existsByOwnerOrganisationIdAndName(organisation, trimmed)) {
            throw ApiException.conflict("This organisation already has a region with that name.");
        }
        regions.updateName(region.id(), trimmed);
        return new Region(region.id(), organisation, trimmed, region.joinCode(), region.createdAt());
    }

    JoinCodeView code(UUID organisation, UUID regionId) {
        return new JoinCodeView(owned(organisation, regionId).joinCode());
    }

    /** A new code: the old one stops working at once; partners already in stay in. */
    @Transactional
    JoinCodeView renewCode(UUID organisation, UUID regionId) {
        Region region = owned(organisation, regionId);
        String code = JoinCodes.generate();
        regions.updateJoinCode(region.id(), code);
        return new JoinCodeView(code);
    }

    /** Opts the administrator's organisation in; empty when no region has this code. Opting in twice is harmless. */
    @Transactional
    Optional<Region> join(SignedInUser admin, String code) {
        Optional<Region> found = regions.findByJoinCode(JoinCodes.normalise(code));
        found.ifPresent(region -> partners.findByRegionIdAndOrganisationId(region.id(), admin.organisationId())
                .ifPresentOrElse(
                        partner -> {
                            if (!partner.active()) {
                                partners.update(new RegionPartner(
                                        partner.id(),
                                        partner.regionId(),
                                        partner.organisationId(),
                                        now(),
                                        admin.id(),
                                        null,
                                        null));
                            }
                        },
                        () -> partners.save(new RegionPartner(
                                UUID.randomUUID(),
                                region.id(),
                                admin.organisationId(),
                                now(),
                                admin.id(),
                                null,
                                null))));
        return found;
    }

    /** Opts out: from now on the regional view leaves this organisation's numbers out. */
    @Transactional
    void leave(SignedInUser admin, UUID regionId) {
        RegionPartner partner = partners.findByRegionIdAndOrganisationId(regionId, admin.organisationId())
                .filter(RegionPartner::active)
                .orElseThrow(() -> ApiException.notFound("This organisation does not take part in that region."));
        partners.update(new RegionPartner(
                partner.id(),
                partner.regionId(),
                partner.organisationId(),
                partner.joinedAt(),
                partner.joinedBy(),
                now(),
                admin.id()));
    }

    /** The region if this organisation owns it; another organisation's region answers 404 (it is not shown). */
    Region owned(UUID organisation, UUID regionId) {
        return regions.findByIdAndOwnerOrganisationId(regionId, organisation)
                .orElseThrow(() -> ApiException.notFound("No such region of this organisation."));
    }

    private Instant now() {
        return clock.instant();
    }
}
