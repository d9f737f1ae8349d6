package nl.signaal.webinar;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;
import nl.signaal.webinar.WebinarApi.Material;
import nl.signaal.webinar.WebinarApi.WebinarCommand;
import nl.signaal.webinar.WebinarForm.Checked;

/**
 * Scheduling, editing and cancelling a webinar. Edits and cancellations lock the webinar's row like registrations
 * do, so a capacity change and a registration never count places at the same time. A change attendees must hear of
 * (time, place, link, mode, cancellation) raises the ICS {@code sequence} and plans the notices in the same
 * transaction.
 */
@Singleton
class SchedulingWebinars {
    private final WebinarRepository webinars;
    private final WebinarAudiences audiences;
    private final WebinarAccess access;
    private final WebinarForm form;
    private final WebinarTexts texts;
    private final RegisteringForWebinars registering;
    private final WebinarNotices notices;
    private final JsonMapper json;
    private final Clock clock;

    SchedulingWebinars(
            WebinarRepository webinars,
            WebinarAudiences audiences,
            WebinarAccess access,
            WebinarForm form,
            WebinarTexts texts,
            RegisteringForWebinars registering,
            WebinarNotices notices,
            JsonMapper json,
            Clock clock) {
        this.webinars = webinars;
        this.audiences = audiences;
        this.access = access;
        this.form = form;
        this.texts = texts;
        this.registering = registering;
        this.notices = notices;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Webinar schedule(SignedInUser user, WebinarCommand command) {
        WebinarAccess.organiser(user);
        Checked checked = form.check(user, command, Set.of());
        Instant now = clock.instant();
        if (!checked.endsAt().isAfter(now)) {
            throw ApiException.invalidField("endsAt", "must be in the future");
        }
        Webinar webinar = webinars.save(new Webinar(
                UUID.randomUUID(),
                user.organisationId(),
                user.id(),
                checked.language(),
                texts.write(checked.title()),
                texts.write(checked.description()),
                String.join(",", checked.targetGroups()),
                checked.startsAt(),
                checked.endsAt(),
                checked.mode(),
                checked.meetingUrl(),
                checked.location(),
                checked.capacity(),
                String.join(",", checked.activities()),
                materials(checked.materials()),
                checked.recordingUrl(),
                checked.studyMinutes(),
                Webinar.SCHEDULED,
                0,
                0,
                null,
                now,
                now,
                null));
        checked.audience().forEach(organisation -> audiences.add(webinar.id(), organisation));
        return webinar;
    }

    /**
     * An edit based on {@code command.version()}; a stale version answers 409 {@code webinar-edited} and changes
     * nothing. Lowering the capacity keeps every place already given; raising it moves people up from the queue.
     */
    @Transactional
    Webinar edit(SignedInUser user, UUID id, WebinarCommand command) {
        access.organised(user, id);
        Webinar before = webinars.findByIdForUpdate(id).orElseThrow(WebinarAccess::notFound);
        if (command.version() == null) {
            throw ApiException.invalidField("version", "is required: the version you edited");
        }
        if (command.version() != before.version()) {
            throw ApiException.conflict(
                    "webinar-edited",
                    "Someone else changed this webinar while you were editing it. Reload it to see their changes,"
                            + " then make yours again.");
        }
        if (before.cancelled()) {
            throw ApiException.conflict("webinar-cancelled", "This webinar was cancelled; it can no longer be edited.");
        }
        Set<UUID> current = new HashSet<>(audiences.of(id));
        Checked checked = form.check(user, command, current);
        boolean heard = !checked.startsAt().equals(before.startsAt())
                || !checked.endsAt().equals(before.endsAt())
                || !checked.mode().equals(before.mode())
                || !Objects.equals(checked.meetingUrl(), before.meetingUrl())
                || !Objects.equals(checked.location(), before.location());
        Webinar after = webinars.update(new Webinar(
                before.id(),
                before.organisationId(),
                before.organiserId(),
                checked.language(),
                texts.write(checked.title()),
                texts.write(checked.description()),
                String.join(",", checked.targetGroups()),
                checked.startsAt(),
                checked.endsAt(),
                checked.mode(),
                checked.meetingUrl(),
                checked.location(),
                checked.capacity(),
                String.join(",", checked.activities()),
                materials(checked.materials()),
                checked.recordingUrl(),
                checked.studyMinutes(),
                before.status(),
                heard ? before.sequence() + 1 : before.sequence(),
                before.version(),
                before.checkinCode(),
                before.createdAt(),
                clock.instant(),
                before.cancelledAt()));
        for (UUID organisation : checked.audience()) {
            if (!current.contains(organisation)) {
                audiences.add(id, organisation);
            }
        }
        for (UUID organisation : current) {
            if (!checked.audience().contains(organisation)) {
                audiences.remove(id, organisation);
            }
        }
        if (heard) {
            notices.changed(after);
        }
        registering.promote(after);
        return after;
    }

    /** Cancels the webinar for everyone; cancelling again changes nothing. Registrations stay as they were. */
    @Transactional
    Webinar cancel(SignedInUser user, UUID id) {
        access.organised(user, id);
        Webinar before = webinars.findByIdForUpdate(id).orElseThrow(WebinarAccess::notFound);
        if (before.cancelled()) {
            return before;
        }
        Instant now = clock.instant();
        if (before.over(now)) {
            throw ApiException.conflict("webinar-over", "This webinar is over; it can no longer be cancelled.");
        }
        Webinar after = webinars.update(new Webinar(
                before.id(),
                before.organisationId(),
                before.organiserId(),
                before.language(),
                before.title(),
                before.description(),
                before.targetGroups(),
                before.startsAt(),
                before.endsAt(),
                before.mode(),
                before.meetingUrl(),
                before.location(),
                before.capacity(),
                before.activities(),
                before.materials(),
                before.recordingUrl(),
                before.studyMinutes(),
                Webinar.CANCELLED,
                before.sequence() + 1,
                before.version(),
                before.checkinCode(),
                before.createdAt(),
                now,
                now));
        notices.cancelled(after);
        return after;
    }

    private String materials(List<Material> materials) {
        try {
            return json.writeValueAsString(materials);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
