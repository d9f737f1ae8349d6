package nl.signaal.webinar;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.identity.DemoCreated;
import nl.signaal.identity.SignedInUser;
import nl.signaal.webinar.WebinarApi.Material;
import nl.signaal.webinar.WebinarApi.WebinarCommand;

/**
 * A demo webinar that is already over, with {@value #ATTENDEE} as an attendee, so the afterwards part (attendance
 * certificate, follow-up refresher a week after the end, recording) can be seen and tested without moving time: the
 * browser test of webinars reads it. It ended eight days ago, so the afterwards job's first run issues the certificate
 * and the follow-up. Scheduled in the future as any webinar, then moved into the past (a schedule in the past is refused
 * at the API). Organised by the demo trainer, as {@link DemoWebinar}.
 */
@Singleton
class DemoPastWebinar {
    static final String ATTENDEE = "inschrijver1@demo.signaal.nl";
    static final String RECORDING = "https://meet.jit.si/signaal-demo-opname";

    private final SchedulingWebinars scheduling;
    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final Content content;
    private final Clock clock;

    DemoPastWebinar(
            SchedulingWebinars scheduling,
            WebinarRepository webinars,
            WebinarRegistrationRepository registrations,
            Content content,
            Clock clock) {
        this.scheduling = scheduling;
        this.webinars = webinars;
        this.registrations = registrations;
        this.content = content;
        this.clock = clock;
    }

    @EventListener
    void onDemoCreated(DemoCreated demo) {
        Optional<SignedInUser> organiser = account(demo, DemoWebinar.ORGANISER);
        Optional<SignedInUser> attendee = account(demo, ATTENDEE);
        if (organiser.isEmpty() || attendee.isEmpty() || content.scenarios().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Webinar scheduled = scheduling.schedule(
                organiser.get(),
                new WebinarCommand(
                        Map.of(
                                "nl", "Terugblik: de meldcode in de praktijk",
                                "en", "Looking back: the reporting code in practice",
                                "ar", "نظرة إلى الوراء: قانون الإبلاغ في الممارسة",
                                "tr", "Geriye bakış: bildirim kodu uygulamada",
                                "pl", "Spojrzenie wstecz: kodeks zgłaszania w praktyce"),
                        Map.of(
                                "nl", "Een online bijeenkomst die al voorbij is, met opname en materiaal.",
                                "en", "An online meeting that is over, with its recording and materials."),
                        "nl",
                        List.of(),
                        now.plus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(90)),
                        Webinar.ONLINE,
                        DemoWebinar.MEETING,
                        null,
                        30,
                        List.of(),
                        List.of("case:" + content.scenarios().get(0).id()),
                        List.of(new Material(
                                "Meldcode huiselijk geweld en kindermishandeling",
                                "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode")),
                        RECORDING,
                        90,
                        null));
        Instant starts = now.minus(Duration.ofDays(8)).minus(Duration.ofMinutes(90));
        Webinar past = webinars.update(new Webinar(
                scheduled.id(),
                scheduled.organisationId(),
                scheduled.organiserId(),
                scheduled.language(),
                scheduled.title(),
                scheduled.description(),
                scheduled.targetGroups(),
                starts,
                starts.plus(Duration.ofMinutes(90)),
                scheduled.mode(),
                scheduled.meetingUrl(),
                scheduled.location(),
                scheduled.capacity(),
                scheduled.activities(),
                scheduled.materials(),
                scheduled.recordingUrl(),
                scheduled.studyMinutes(),
                scheduled.status(),
                scheduled.sequence(),
                scheduled.version(),
                scheduled.checkinCode(),
                scheduled.createdAt(),
                now,
                null));
        SignedInUser person = attendee.get();
        registrations.save(new WebinarRegistration(
                UUID.randomUUID(),
                past.id(),
                person.id(),
                person.organisationId(),
                WebinarRegistration.REGISTERED,
                starts.minus(Duration.ofDays(3)),
                starts.minus(Duration.ofDays(3)),
                null,
                true,
                WebinarRegistration.BY_ORGANISER,
                past.endsAt()));
    }

    private static Optional<SignedInUser> account(DemoCreated demo, String email) {
        return demo.accounts().stream()
                .filter(account -> account.email().equals(email))
                .findFirst();
    }
}
