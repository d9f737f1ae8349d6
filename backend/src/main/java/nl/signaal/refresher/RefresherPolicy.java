package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An organisation's stored refresher settings; mandatoryModules is comma-separated, null meaning all modules. */
@MappedEntity(value = "refresher_policy", escape = false)
record RefresherPolicy(
        @Id UUID organisationId,
        double targetRetention,
        int maximumIntervalDays,
        int fullRefreshMonths,
        @Nullable String mandatoryModules,
        Instant updatedAt,
        @Nullable UUID updatedBy) {

    Policy policy(List<String> allModules) {
        List<String> mandatory = mandatoryModules == null
                ? allModules
                : Arrays.stream(mandatoryModules.split(","))
                        .filter(id -> !id.isBlank())
                        .toList();
        return new Policy(targetRetention, maximumIntervalDays, fullRefreshMonths, mandatory);
    }
}
