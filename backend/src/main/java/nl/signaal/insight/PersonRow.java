package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One person's mandatory-training status: the only individual data insight shows (docs/privacy.md). {@code status}
 * per module is one of NOT_STARTED, IN_PROGRESS, CURRENT, DUE_SOON, OVERDUE, LAPSED.
 */
public record PersonRow(
        UUID userId,
        String displayName,
        String email,
        List<String> teams,
        @Nullable Instant lastLoginAt,
        List<ModuleRow> modules) {
    public PersonRow {
        teams = List.copyOf(teams);
        modules = List.copyOf(modules);
    }

    public record ModuleRow(
            String moduleId,
            String status,
            @Nullable Instant completedAt,
            @Nullable Instant nextRefreshAt) {}
}
