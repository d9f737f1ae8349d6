package nl.signaal.insight.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and answer bodies of /api/organisations/{organisationId}/regions. */
final class RegionsApi {
    private RegionsApi() {}

    @Serdeable
    record RegionCommand(@NotBlank @Size(max = 120) String name) {}

    @Serdeable
    record JoinCommand(@NotBlank @Size(max = 40) String code) {}

    /** The regions this organisation owns (with their partners) and the regions it takes part in. */
    @Serdeable
    record RegionsView(List<OwnedRegionView> owned, List<JoinedRegionView> joined) {}

    /** A region as its owner sees it; the join code is read apart ({@link JoinCodeView}), by administrators only. */
    @Serdeable
    record OwnedRegionView(UUID id, String name, Instant createdAt, List<PartnerView> partners) {}

    /** An organisation taking part: since when and who opted it in (null once that account is erased). */
    @Serdeable
    record PartnerView(
            UUID organisationId,
            String name,
            Instant joinedAt,
            @Nullable String joinedBy) {}

    /** A region this organisation shares its aggregates with. */
    @Serdeable
    record JoinedRegionView(UUID id, String name, String owner, Instant joinedAt) {}

    @Serdeable
    record JoinCodeView(String code) {}
}
