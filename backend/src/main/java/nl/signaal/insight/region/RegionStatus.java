package nl.signaal.insight.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.insight.ModuleCounts;

/**
 * The regional view: per mandatory module the counts summed over the partners whose policy lists it, per partner its
 * people and refresh rate, and the total. Never a person, never a partner's teams. A partner with fewer than five
 * people is hidden and left out of every sum (else the total minus the others would tell its size).
 */
@Serdeable
record RegionStatus(
        RegionRef region, Instant asOf, List<ModuleStatus> modules, List<PartnerStatus> partners, Total total) {

    @Serdeable
    record RegionRef(UUID id, String name) {}

    /** {@code partners}: how many counted partners have this module mandatory. */
    @Serdeable
    record ModuleStatus(
            String moduleId,
            String title,
            int partners,
            boolean hidden,
            @Nullable Counts counts) {}

    @Serdeable
    record Counts(long notStarted, long inProgress, long current, long dueSoon, long overdue, long lapsed) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(ModuleCounts more) {
            return new Counts(
                    notStarted + more.notStarted(),
                    inProgress + more.inProgress(),
                    current + more.current(),
                    dueSoon + more.dueSoon(),
                    overdue + more.overdue(),
                    lapsed + more.lapsed());
        }

        long people() {
            return notStarted + inProgress + current + dueSoon + overdue + lapsed;
        }
    }

    /** Hidden: fewer than five people; {@code people} and {@code refreshRate} are then null. */
    @Serdeable
    record PartnerStatus(
            UUID organisationId,
            String name,
            boolean hidden,
            @Nullable Long people,
            @Nullable Double refreshRate) {}

    /** Over the counted partners only; {@code partnersHidden} says how many were left out for the floor. */
    @Serdeable
    record Total(
            boolean hidden,
            @Nullable Long people,
            @Nullable Double refreshRate,
            int partnersCounted,
            int partnersHidden) {}
}
