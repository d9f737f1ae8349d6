package nl.signaal.track;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.certification.CertificateSubject;
import nl.signaal.certification.Certificates;
import nl.signaal.content.Track;

/**
 * Derives a person's progress on a track from their records and, once every requirement holds, issues the track
 * certificate (once per person and track version: Certificates.issue ignores a repeat), dated at the moment the last
 * requirement came to hold and valid for the track's validity years from then.
 */
@Singleton
class TrackProgressService {
    private final TrackRecords records;
    private final Reflections reflections;
    private final Certificates certificates;

    TrackProgressService(TrackRecords records, Reflections reflections, Certificates certificates) {
        this.records = records;
        this.reflections = reflections;
        this.certificates = certificates;
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

    static Instant validUntil(Track track, Instant completedAt) {
        return completedAt
                .atZone(ZoneOffset.UTC)
                .plusYears(track.validityYears())
                .toInstant();
    }

    private Optional<UUID> issue(UUID userId, Track track, Instant completedAt) {
        return certificates.issue(
                userId,
                new CertificateSubject(
                        CertificateSubject.Kind.TRACK,
                        track.id(),
                        track.version(),
                        track.title(),
                        track.studyMinutes()),
                completedAt,
                validUntil(track, completedAt));
    }
}
