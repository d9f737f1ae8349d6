package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON of the live part, attendance and summary routes of webinars (docs/api.md, "Webinars: live part"). */
public final class WebinarLiveApi {
    private WebinarLiveApi() {}

    @Serdeable
    record CheckinCode(String code) {}

    @Serdeable
    record CheckInCommand(@Nullable @Size(max = 20) String code) {}

    @Serdeable
    record CheckedIn(boolean attended) {}

    @Serdeable
    record AttendanceCommand(@NotNull Boolean attended) {}

    @Serdeable
    record Attendance(
            UUID registrationId,
            @Nullable Boolean attended,
            @Nullable String attendanceSource,
            @Nullable Instant at) {}

    @Serdeable
    record Counts(long registered, long attended, long noShow, long unknown, long waiting, long cancelled) {}

    @Serdeable
    record Summary(UUID webinarId, boolean over, Counts counts, List<WebinarLive.Result> live) {}

    /**
     * The learner detail's fields of the live part (contract: {@code liveSession}, {@code attended},
     * {@code checkinOpen}); the webinar's learner view adds them. All empty/false for someone without a place.
     */
    @Serdeable
    public record LearnerLive(
            @Nullable WebinarLive.OpenSession liveSession,
            @Nullable Boolean attended,
            boolean checkinOpen) {}
}
