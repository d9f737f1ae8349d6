package nl.signaal.webinar;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.identity.Members.Member;
import nl.signaal.refresher.FollowUpRefreshers;
import nl.signaal.refresher.reminder.Outbox;
import nl.signaal.refresher.reminder.Outbox.Mail;

/**
 * The follow-up a week after a webinar (decision 0040): each attendee gets a micro-refresher prepared on the modules
 * behind the webinar's live activities and a mail through the outbox that links to it. Exactly once per registration:
 * claiming {@code webinar_outcome.follow_up_at} decides, in the transaction that prepares the session and plans the
 * mail (whose own unique key, kind and webinar, would also refuse a second one).
 */
@Singleton
class WebinarFollowUp {
    static final String KIND = "WEBINAR_FOLLOW_UP";
    static final Duration AFTER = Duration.ofDays(7);

    private final WebinarOutcomeRepository outcomes;
    private final WebinarCompetencies competencies;
    private final FollowUpRefreshers refreshers;
    private final Members members;
    private final Outbox outbox;
    private final WebinarTexts texts;
    private final Clock clock;
    private final String publicUrl;

    WebinarFollowUp(
            WebinarOutcomeRepository outcomes,
            WebinarCompetencies competencies,
            FollowUpRefreshers refreshers,
            Members members,
            Outbox outbox,
            WebinarTexts texts,
            Clock clock,
            @Value("${signaal.public-url}") String publicUrl) {
        this.outcomes = outcomes;
        this.competencies = competencies;
        this.refreshers = refreshers;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Plans the attendee's follow-up if it is time and it was not planned yet; true when this call planned it. */
    @Transactional
    boolean plan(Webinar webinar, WebinarRegistration registration) {
        if (webinar.cancelled()
                || !registration.registered()
                || !Boolean.TRUE.equals(registration.attended())
                || clock.instant().isBefore(webinar.endsAt().plus(AFTER))) {
            return false;
        }
        outcomes.insertUnlessPresent(registration.id());
        if (outcomes.claimFollowUp(registration.id(), clock.instant()) == 0) {
            return false;
        }
        Optional<Member> member = members.of(registration.organisationId()).stream()
                .filter(m -> m.id().equals(registration.userId()))
                .findFirst();
        if (member.isEmpty()) {
            return true; // left the organisation or erased: claimed, nobody to follow up
        }
        List<String> modules = competencies.modulesOf(webinar);
        Optional<UUID> session = refreshers.prepare(registration.userId(), registration.organisationId(), modules);
        session.ifPresent(id -> outcomes.followUpSession(registration.id(), id));
        String locale = FollowUpTexts.localeFor(member.get().locale());
        FollowUpTexts words = FollowUpTexts.in(locale);
        String link = publicUrl + "/refresh" + session.map(id -> "/" + id).orElse("");
        outbox.plan(new Mail(
                registration.userId(),
                registration.organisationId(),
                KIND,
                webinar.id().toString(),
                member.get().email(),
                words.subject(),
                words.text(member.get().displayName(), texts.title(webinar, locale), link),
                locale));
        return true;
    }
}
