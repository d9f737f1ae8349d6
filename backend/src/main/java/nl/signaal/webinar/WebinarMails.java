package nl.signaal.webinar;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.identity.Members.Member;
import nl.signaal.refresher.reminder.Outbox.Invitation;
import nl.signaal.refresher.reminder.Outbox.Mail;

/**
 * Writes one webinar mail for one person, in their account's locale: the words ({@link WebinarMailTexts}), when and
 * where, the link to the webinar's page and, for a place that starts, moves or ends, the calendar invitation from
 * {@link WebinarCalendar}. Who gets which mail, and when, is decided elsewhere ({@link WebinarNotices},
 * {@link PlanningWebinarReminders}).
 */
@Singleton
class WebinarMails {

    /** What the mail tells. {@code details}: the meeting link or location (only for people with a place). */
    enum Notice {
        PLACED("placed.subject", "placed.intro", true, Invitation.Method.REQUEST),
        PROMOTED("promoted.subject", "promoted.intro", true, Invitation.Method.REQUEST),
        QUEUED("queued.subject", "queued.intro", false, null),
        RELEASED("released.subject", "released.intro", false, Invitation.Method.CANCEL),
        LEFT_QUEUE("left.subject", "left.intro", false, null),
        CHANGED("changed.subject", "changed.intro", true, Invitation.Method.REQUEST),
        CANCELLED("cancelled.subject", "cancelled.intro", false, Invitation.Method.CANCEL),
        CANCELLED_WHILE_WAITING("cancelled.subject", "cancelled.waiting", false, null),
        REMINDER_DAY("reminder24.subject", "reminder24.intro", true, null),
        REMINDER_HOUR("reminder1.subject", "reminder1.intro", true, null);

        final String subject;
        final String intro;
        final boolean details;
        final Invitation.Method invitation;

        Notice(String subject, String intro, boolean details, @Nullable Invitation.Method invitation) {
            this.subject = subject;
            this.intro = intro;
            this.details = details;
            this.invitation = invitation;
        }

        boolean reminder() {
            return this == REMINDER_DAY || this == REMINDER_HOUR;
        }
    }

    private final Members members;
    private final WebinarTexts texts;
    private final WebinarCalendar calendar;
    private final String publicUrl;

    WebinarMails(
            Members members,
            WebinarTexts texts,
            WebinarCalendar calendar,
            @Value("${signaal.public-url}") String publicUrl) {
        this.members = members;
        this.texts = texts;
        this.calendar = calendar;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A person to write to, and the organisation the mail is counted for (theirs, not the organiser's). */
    record Recipient(Member member, UUID organisationId) {}

    /**
     * The active accounts behind these registrations, by user id; deactivated or erased people are left out (nobody
     * to write to).
     */
    Map<UUID, Recipient> recipients(Collection<WebinarRegistration> registrations) {
        Map<UUID, UUID> organisationOf = new HashMap<>();
        registrations.forEach(r -> organisationOf.put(r.userId(), r.organisationId()));
        Map<UUID, Recipient> recipients = new HashMap<>();
        for (Member member : members.active(organisationOf.keySet())) {
            recipients.put(member.id(), new Recipient(member, organisationOf.get(member.id())));
        }
        return recipients;
    }

    Mail compose(Webinar webinar, Recipient recipient, Notice notice, String kind, String key) {
        Member to = recipient.member();
        WebinarMailTexts words = WebinarMailTexts.in(to.locale());
        String locale = words.locale();
        String title = texts.title(webinar, locale);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(words.line("greeting", "name", to.displayName()));
        paragraphs.add(words.line(notice.intro, "title", title));
        if (notice != Notice.LEFT_QUEUE) {
            paragraphs.add(words.line("when", "when", words.when(webinar.startsAt(), webinar.endsAt())));
        }
        if (notice.details) {
            if (webinar.online() && webinar.meetingUrl() != null) {
                paragraphs.add(words.line("online", "url", webinar.meetingUrl()));
            } else if (!webinar.online() && webinar.location() != null) {
                paragraphs.add(words.line("inPerson", "location", webinar.location()));
            }
        }
        if (notice.invitation == Invitation.Method.REQUEST) {
            paragraphs.add(words.line("calendar"));
        }
        paragraphs.add(words.line("details", "link", publicUrl + "/webinars/" + webinar.id()));
        if (notice.reminder()) {
            paragraphs.add(words.line("reminderChoice"));
        }
        return new Mail(
                to.id(),
                recipient.organisationId(),
                kind,
                key,
                to.email(),
                words.line(notice.subject, "title", title),
                String.join("\n\n", paragraphs),
                locale,
                invitation(webinar, locale, notice.invitation));
    }

    private @Nullable Invitation invitation(Webinar webinar, String locale, @Nullable Invitation.Method method) {
        if (method == null) {
            return null;
        }
        WebinarCalendar.Method ics =
                method == Invitation.Method.REQUEST ? WebinarCalendar.Method.REQUEST : WebinarCalendar.Method.CANCEL;
        return new Invitation(method, calendar.event(webinar, locale, ics));
    }
}
