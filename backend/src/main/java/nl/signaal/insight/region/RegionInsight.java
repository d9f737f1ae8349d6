package nl.signaal.insight.region;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.identity.SignedInUser;
import nl.signaal.insight.InsightScope;
import nl.signaal.insight.InsightSql;
import nl.signaal.insight.ModuleCounts;
import nl.signaal.insight.PeopleRows;
import nl.signaal.insight.PersonRow;
import nl.signaal.insight.PrivacyFloor;
import nl.signaal.insight.SqlPart;
import nl.signaal.insight.StatusCounting;
import nl.signaal.insight.region.RegionStatus.Counts;
import nl.signaal.insight.region.RegionStatus.ModuleStatus;
import nl.signaal.insight.region.RegionStatus.PartnerStatus;
import nl.signaal.insight.region.RegionStatus.RegionRef;
import nl.signaal.insight.region.RegionStatus.Total;
import nl.signaal.refresher.RefresherPolicies;
import nl.signaal.web.ApiException;

/**
 * Sums the status of the partners of a region. Each partner is counted as a whole organisation by the same
 * {@link StatusCounting} the organisation dashboard uses; a partner under the privacy floor is left out.
 */
@Singleton
class RegionInsight {
    /** Statuses in which a person keeps a module fresh (as the organisation dashboard's refresh rate counts). */
    private static final Set<String> FRESH = Set.of("CURRENT", "DUE_SOON");

    private final RegionRepository regions;
    private final InsightSql sql;
    private final RefresherPolicies policies;
    private final StatusCounting counting;
    private final PeopleRows people;
    private final Content content;
    private final Clock clock;

    RegionInsight(
            RegionRepository regions,
            InsightSql sql,
            RefresherPolicies policies,
            StatusCounting counting,
            PeopleRows people,
            Content content,
            Clock clock) {
        this.regions = regions;
        this.sql = sql;
        this.policies = policies;
        this.counting = counting;
        this.people = people;
        this.content = content;
        this.clock = clock;
    }

    /** The region's view for a coordinator or admin of its owner; any other organisation's caller gets 404. */
    RegionStatus status(SignedInUser viewer, UUID regionId) {
        Region region = regions.findById(regionId)
                .filter(r -> r.ownerOrganisationId().equals(viewer.organisationId()))
                .orElseThrow(() -> ApiException.notFound("No such region of your organisation."));
        Map<String, Counts> sums = new LinkedHashMap<>();
        Map<String, Integer> partnersPerModule = new LinkedHashMap<>();
        List<PartnerStatus> partners = new ArrayList<>();
        long peopleCounted = 0;
        long fresh = 0;
        long peopleWithModules = 0;
        int hidden = 0;
        for (Partner partner : partners(region.id())) {
            InsightScope scope = new InsightScope(partner.id(), null, null, null);
            long size = size(scope);
            if (!PrivacyFloor.shows(size)) {
                hidden++;
                partners.add(new PartnerStatus(partner.id(), partner.name(), true, null, null));
                continue;
            }
            Set<String> mandatory = new HashSet<>(policies.of(partner.id()).mandatoryModules());
            for (ModuleCounts counts : counting.count(scope)) {
                if (mandatory.contains(counts.moduleId())) {
                    sums.merge(counts.moduleId(), Counts.NONE.plus(counts), (sum, none) -> sum.plus(counts));
                    partnersPerModule.merge(counts.moduleId(), 1, Integer::sum);
                }
            }
            Double rate = null;
            if (!mandatory.isEmpty()) {
                List<PersonRow> rows = people.rows(scope, null, null);
                long freshHere = rows.stream()
                        .filter(row -> !row.modules().isEmpty()
                                && row.modules().stream().allMatch(m -> FRESH.contains(m.status())))
                        .count();
                rate = rows.isEmpty() ? null : (double) freshHere / rows.size();
                fresh += freshHere;
                peopleWithModules += rows.size();
            }
            peopleCounted += size;
            partners.add(new PartnerStatus(partner.id(), partner.name(), false, size, rate));
        }
        List<ModuleStatus> modules = sums.entrySet().stream()
                .map(sum -> {
                    boolean shown = PrivacyFloor.shows(sum.getValue().people());
                    return new ModuleStatus(
                            sum.getKey(),
                            title(sum.getKey(), viewer.locale()),
                            partnersPerModule.get(sum.getKey()),
                            !shown,
                            shown ? sum.getValue() : null);
                })
                .sorted(Comparator.comparing(ModuleStatus::title))
                .toList();
        boolean totalShown = PrivacyFloor.shows(peopleCounted);
        Total total = new Total(
                !totalShown,
                totalShown ? peopleCounted : null,
                totalShown && peopleWithModules > 0 ? (double) fresh / peopleWithModules : null,
                partners.size() - hidden,
                hidden);
        return new RegionStatus(new RegionRef(region.id(), region.name()), clock.instant(), modules, partners, total);
    }

    private record Partner(UUID id, String name) {}

    private List<Partner> partners(UUID regionId) {
        return sql.query(
                new SqlPart(
                        "SELECT o.id, o.name FROM region_partner rp JOIN organisation o ON o.id = rp.organisation_id"
                                + " WHERE rp.region_id = ? AND rp.left_at IS NULL ORDER BY o.name",
                        List.of(regionId)),
                row -> new Partner(row.getObject("id", UUID.class), row.getString("name")));
    }

    private long size(InsightScope scope) {
        return sql.query(
                        scope.people().within("SELECT COUNT(*) FROM (", List.of(), ") people", List.of()),
                        row -> row.getLong(1))
                .get(0);
    }

    private String title(String moduleId, String locale) {
        return content.module(moduleId)
                .map(module -> module.title().in(locale).text())
                .orElse(moduleId);
    }
}
