package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON of the webinar routes, as docs/api.md ("Webinars") describes it. */
final class WebinarApi {
    private WebinarApi() {}

    /**
     * What an organiser sends to schedule or edit a webinar. Everything is nullable so that {@link WebinarForm} can
     * name every missing or wrong field at once; {@code version} is required on edit only.
     */
    @Serdeable
    record WebinarCommand(
            @Nullable Map<String, String> title,
            @Nullable Map<String, String> description,
            @Nullable String language,
            @Nullable List<String> targetGroups,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable String mode,
            @Nullable String meetingUrl,
            @Nullable String location,
            @Nullable Integer capacity,
            @Nullable List<UUID> audience,
            @Nullable List<String> activities,
            @Nullable List<Material> materials,
            @Nullable String recordingUrl,
            @Nullable Integer studyMinutes,
            @Nullable Long version) {}

    @Serdeable
    record Material(@Nullable String title, @Nullable String url) {}

    @Serdeable
    record ActivityView(String kind, String id, String title) {}

    @Serdeable
    record LiveSessionLink(UUID id, String code) {}

    /** A webinar as a learner sees it, in the reader's locale. The detail adds the fields of {@link LearnerDetail}. */
    @Serdeable
    record LearnerRow(
            UUID id,
            String title,
            String description,
            String language,
            List<String> targetGroups,
            Instant startsAt,
            Instant endsAt,
            String mode,
            @Nullable String location,
            int capacity,
            long placesLeft,
            long waitingCount,
            String status,
            boolean over,
            String organiserOrganisation,
            @Nullable String myStatus,
            @Nullable Integer myWaitingPosition) {}

    @Serdeable
    record LearnerDetail(
            UUID id,
            String title,
            String description,
            String language,
            List<String> targetGroups,
            Instant startsAt,
            Instant endsAt,
            String mode,
            @Nullable String location,
            int capacity,
            long placesLeft,
            long waitingCount,
            String status,
            boolean over,
            String organiserOrganisation,
            @Nullable String myStatus,
            @Nullable Integer myWaitingPosition,
            @Nullable String meetingUrl,
            List<Material> materials,
            @Nullable String recordingUrl,
            List<ActivityView> activities,
            @Nullable LiveSessionLink liveSession,
            @Nullable Boolean attended,
            boolean checkinOpen) {}

    /** The answer to registering: a place, or a place in the queue (1 = next in line). */
    @Serdeable
    record RegistrationView(String status, @Nullable Integer waitingPosition) {}

    @Serdeable
    record AudienceOrganisation(UUID id, String name, String sector) {}

    /** Everything an organiser can edit, plus {@code version} for the next edit and the counts. */
    @Serdeable
    record OrganiserView(
            UUID id,
            UUID organisationId,
            String organiserOrganisation,
            UUID organiserId,
            Map<String, String> title,
            Map<String, String> description,
            String language,
            List<String> targetGroups,
            Instant startsAt,
            Instant endsAt,
            String mode,
            @Nullable String meetingUrl,
            @Nullable String location,
            int capacity,
            List<AudienceOrganisation> audience,
            List<String> activities,
            List<Material> materials,
            @Nullable String recordingUrl,
            int studyMinutes,
            String status,
            boolean over,
            int sequence,
            long version,
            @Nullable Instant cancelledAt,
            long registered,
            long waiting,
            long attended) {}

    /** A row of the organiser's list: the organiser's own locale, with counts. */
    @Serdeable
    record OrganisedRow(
            UUID id,
            String title,
            String language,
            Instant startsAt,
            Instant endsAt,
            String mode,
            int capacity,
            String status,
            boolean over,
            long registered,
            long waiting,
            long attended) {}

    @Serdeable
    record RegistrationRow(
            UUID id,
            UUID userId,
            String name,
            @Nullable String email,
            String organisation,
            String status,
            Instant requestedAt,
            @Nullable Instant registeredAt,
            @Nullable Instant cancelledAt,
            @Nullable Boolean attended,
            @Nullable String attendanceSource) {}
}
