package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A row of webinar. {@code title} and {@code description} are JSON objects per locale ({@link WebinarTexts} reads
 * them); {@code targetGroups} and {@code activities} are comma-separated lists; {@code materials} a JSON array of
 * {@code {"title", "url"}}. {@code sequence} is the ICS SEQUENCE, raised on every change attendees must hear of.
 */
@MappedEntity(value = "webinar", escape = false)
record Webinar(
        @Id UUID id,
        UUID organisationId,
        UUID organiserId,
        String language,
        String title,
        String description,
        String targetGroups,
        Instant startsAt,
        Instant endsAt,
        String mode,
        @Nullable String meetingUrl,
        @Nullable String location,
        int capacity,
        String activities,
        String materials,
        @Nullable String recordingUrl,
        int studyMinutes,
        String status,
        int sequence,
        @Version long version,
        @Nullable String checkinCode,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant cancelledAt) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String CANCELLED = "CANCELLED";
    public static final String ONLINE = "ONLINE";
    public static final String IN_PERSON = "IN_PERSON";

    public boolean cancelled() {
        return CANCELLED.equals(status);
    }

    public boolean online() {
        return ONLINE.equals(mode);
    }

    /** Over: its end has passed (a cancelled webinar is never "over", it did not happen). */
    public boolean over(Instant now) {
        return !now.isBefore(endsAt);
    }

    public List<String> targetGroupList() {
        return split(targetGroups);
    }

    /** Live activities as {@code kind:id}. */
    public List<String> activityList() {
        return split(activities);
    }

    private static List<String> split(String list) {
        return list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
