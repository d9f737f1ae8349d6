package nl.signaal.track;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.signaal.content.Track;
import nl.signaal.refresher.OverdueRefreshers;

/**
 * Derives a person's progress on a track from their records and, once every requirement holds, issues the track
 * certificate (once per person and track version: Certificates.issue ignores a repeat), dated at the moment the last
 * requirement came to hold and valid for the track's validity years from then.
 */
@Singleton
class TrackProgressService {
    private final TrackRecords records;
    private final Reflections reflections;
    private final TrackCompleting completing;
    private final OverdueRefreshers overdueRefreshers;
    private final Clock clock;

    TrackProgressService(
            TrackRecords records,
            Reflections reflections,
            TrackCompleting completing,
            OverdueRefreshers overdueRefreshers,
            Clock clock) {
        this.records = records;
        this.reflections = reflections;
        this.completing = completing;
        this.overdueRefreshers = overdueRefreshers;
        this.clock = clock;
    }

    TrackProgress progress(UUID userId, Track track) {
        TrackProgress progress = TrackProgress.derive(
                track,
                records.completedModules(userId),
                records.finishedCases(userId),
                records.facilitatedSessions(userId),
                reflections.of(userId, track.id()));
        progress.completedAt().ifPresent(at -> issue(userId, track, at));
        return progress;
    }

    /** Whether a holder keeps the track valid; empty while the track is not complete (there is no certificate). */
    Optional<TrackStanding> standing(TrackProgress progress, UUID userId, UUID organisationId) {
        return progress.completedAt().map(certifiedAt -> {
            Track track = progress.track();
            List<String> modules = Stream.concat(track.requiredModules().stream(), track.facilitation().stream())
                    .distinct()
                    .toList();
            return TrackStanding.of(
                    track,
                    certifiedAt,
                    progress.countingSessions().stream()
                            .map(s -> s.session().startedAt())
                            .toList(),
                    overdueRefreshers.of(userId, organisationId, modules),
                    clock.instant());
        });
    }

    static Instant validUntil(Track track, Instant completedAt) {
        return completedAt
                .atZone(ZoneOffset.UTC)
                .plusYears(track.validityYears())
                .toInstant();
    }

    private Optional<UUID> issue(UUID userId, Track track, Instant completedAt) {
        return completing.complete(userId, track, completedAt, validUntil(track, completedAt));
    }
}
