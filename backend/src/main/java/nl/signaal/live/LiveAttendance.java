package nl.signaal.live;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.signaal.content.SupportedLocales;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.LearningRecords;
import nl.signaal.progress.Occasions;

/**
 * When a session ends, everyone who took part as themselves gets one statement for the session as a whole: attended
 * the meeting {@code live-sessions/<id>}, from when they joined (or the start) to the end, grouped under what it
 * practised (decision 0055). A stable id per session and person: a second end, two devices of one person, or a retry
 * writes nothing more. Anonymous and removed participants get none; a session ended before it started has no
 * attendance.
 */
@Singleton
class LiveAttendance {
    private final LiveParticipantRepository participants;
    private final LiveActivities activities;
    private final LearningRecords records;

    LiveAttendance(LiveParticipantRepository participants, LiveActivities activities, LearningRecords records) {
        this.participants = participants;
        this.activities = activities;
        this.records = records;
    }

    /** Call inside the transaction that ends the session, with the session as stored ended. */
    void ended(LiveSession session) {
        if (!session.ended() || session.startedAt() == null || session.endedAt() == null) {
            return;
        }
        LiveActivity activity;
        try {
            activity = activities.activity(session);
        } catch (IllegalStateException gone) {
            activity = null; // the content no longer has it: the session is still attended, under no activity
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String locale : SupportedLocales.ALL) {
            names.put(locale, activity == null ? session.activityId() : activity.title(locale));
        }
        for (LiveParticipant participant :
                participants.findBySessionIdAndRemovedAtIsNullOrderByJoinedAt(session.id())) {
            if (participant.userId() == null || participant.userOrganisationId() == null) {
                continue;
            }
            Instant from =
                    participant.joinedAt().isAfter(session.startedAt()) ? participant.joinedAt() : session.startedAt();
            SignedInUser learner = new SignedInUser(
                    participant.userId(),
                    participant.userOrganisationId(),
                    null,
                    Set.of(),
                    participant.nickname(),
                    "",
                    session.locale());
            records.recordOnce(
                    learner,
                    Occasions.liveSessionAttended(
                            session.id(),
                            names,
                            practised(session),
                            0,
                            from.isAfter(session.endedAt()) ? session.endedAt() : from,
                            session.endedAt(),
                            session.locale()),
                    Occasions.statementId("live-session-attended", session.id(), participant.userId()));
        }
    }

    /** The activity the session played, as the path its practice statements use. */
    private static String practised(LiveSession session) {
        return switch (session.kind()) {
            case LiveActivity.CASE -> "scenarios/" + session.activityId();
            case LiveActivity.CHECK -> "modules/" + session.activityId() + "/check";
            case LiveActivity.POOLING -> "pooling/" + session.activityId();
            default -> null;
        };
    }
}
