package nl.signaal.webinar;

import java.time.Instant;
import java.util.UUID;

/** Webinar rows for tests, until the scheduling API exists on this branch: online, 30 places, sequence 0. */
final class TestWebinars {
    private TestWebinars() {}

    static Webinar online(UUID organisation, String titleJson, Instant startsAt, Instant endsAt) {
        return new Webinar(
                UUID.randomUUID(),
                organisation,
                UUID.randomUUID(),
                "nl",
                titleJson,
                "{\"nl\": \"Wat doe je bij een vermoeden?\", \"en\": \"What to do when you suspect abuse?\"}",
                "",
                startsAt,
                endsAt,
                Webinar.ONLINE,
                "https://meet.example.org/b/sig-nal-123",
                null,
                30,
                "",
                "[]",
                null,
                90,
                Webinar.SCHEDULED,
                0,
                0,
                null,
                startsAt.minusSeconds(86_400 * 14),
                startsAt.minusSeconds(86_400 * 14),
                null);
    }

    static Webinar online(UUID organisation, Instant startsAt) {
        return online(
                organisation,
                "{\"nl\": \"De meldcode in de praktijk\", \"en\": \"The reporting code in practice\"}",
                startsAt,
                startsAt.plusSeconds(5400));
    }

    static Webinar withTitle(Webinar w, String titleJson) {
        return new Webinar(
                w.id(),
                w.organisationId(),
                w.organiserId(),
                w.language(),
                titleJson,
                w.description(),
                w.targetGroups(),
                w.startsAt(),
                w.endsAt(),
                w.mode(),
                w.meetingUrl(),
                w.location(),
                w.capacity(),
                w.activities(),
                w.materials(),
                w.recordingUrl(),
                w.studyMinutes(),
                w.status(),
                w.sequence(),
                w.version(),
                w.checkinCode(),
                w.createdAt(),
                w.updatedAt(),
                w.cancelledAt());
    }

    static Webinar inPerson(Webinar w, String location) {
        return new Webinar(
                w.id(),
                w.organisationId(),
                w.organiserId(),
                w.language(),
                w.title(),
                w.description(),
                w.targetGroups(),
                w.startsAt(),
                w.endsAt(),
                Webinar.IN_PERSON,
                null,
                location,
                w.capacity(),
                w.activities(),
                w.materials(),
                w.recordingUrl(),
                w.studyMinutes(),
                w.status(),
                w.sequence(),
                w.version(),
                w.checkinCode(),
                w.createdAt(),
                w.updatedAt(),
                w.cancelledAt());
    }

    /** Moved: new times and the sequence raised, as a change attendees must hear of (update() raises the version). */
    static Webinar moved(Webinar w, Instant startsAt, Instant endsAt) {
        return new Webinar(
                w.id(),
                w.organisationId(),
                w.organiserId(),
                w.language(),
                w.title(),
                w.description(),
                w.targetGroups(),
                startsAt,
                endsAt,
                w.mode(),
                w.meetingUrl(),
                w.location(),
                w.capacity(),
                w.activities(),
                w.materials(),
                w.recordingUrl(),
                w.studyMinutes(),
                w.status(),
                w.sequence() + 1,
                w.version(),
                w.checkinCode(),
                w.createdAt(),
                w.updatedAt(),
                w.cancelledAt());
    }

    /** Cancelled by the organiser at {@code at}, the sequence raised. */
    static Webinar cancelled(Webinar w, Instant at) {
        return new Webinar(
                w.id(),
                w.organisationId(),
                w.organiserId(),
                w.language(),
                w.title(),
                w.description(),
                w.targetGroups(),
                w.startsAt(),
                w.endsAt(),
                w.mode(),
                w.meetingUrl(),
                w.location(),
                w.capacity(),
                w.activities(),
                w.materials(),
                w.recordingUrl(),
                w.studyMinutes(),
                Webinar.CANCELLED,
                w.sequence() + 1,
                w.version(),
                w.checkinCode(),
                w.createdAt(),
                at,
                at);
    }
}
