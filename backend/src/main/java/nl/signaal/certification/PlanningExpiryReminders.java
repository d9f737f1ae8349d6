package nl.signaal.certification;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.certification.CertificateSubject.Kind;
import nl.signaal.identity.Members;
import nl.signaal.identity.Members.Member;
import nl.signaal.refresher.reminder.Outbox;
import nl.signaal.refresher.reminder.Outbox.Mail;

/**
 * The decision to remind a holder that a certificate ends: 60 and 14 days before its end, planned into the shared
 * reminder outbox (decision 0019), which sends it. Exactly once per certificate and threshold: the outbox's unique key
 * (user, kind, mail key = certificate id and threshold) decides, so planning on every instance, again after a crash
 * or a failed send, adds nothing. A certificate first seen inside 14 days gets only the 14-day mail. Revoked and
 * renewed certificates (a later one in force for the same subject) get none.
 */
@Singleton
class PlanningExpiryReminders {
    static final String KIND = "CERTIFICATE_EXPIRY";
    static final int FIRST = 60;
    static final int LAST = 14;

    private final CertificateRepository certificates;
    private final CertificateTitles titles;
    private final Members members;
    private final Outbox outbox;
    private final Clock clock;
    private final String publicUrl;

    PlanningExpiryReminders(
            CertificateRepository certificates,
            CertificateTitles titles,
            Members members,
            Outbox outbox,
            Clock clock,
            @Value("${signaal.public-url}") String publicUrl) {
        this.certificates = certificates;
        this.titles = titles;
        this.members = members;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Plans what is due now; returns how many mails were added. */
    int planAll() {
        Instant now = clock.instant();
        List<Certificate> due = certificates.findExpiryReminderCandidates(now, now.plus(Duration.ofDays(FIRST)));
        Map<UUID, Map<UUID, Member>> byOrganisation = new HashMap<>();
        int planned = 0;
        for (Certificate certificate : due) {
            Member holder = byOrganisation
                    .computeIfAbsent(certificate.organisationId(), this::membersOf)
                    .get(certificate.userId());
            if (holder == null) {
                continue; // left the organisation or erased: nobody to write to
            }
            String key = key(certificate, threshold(certificate, now));
            if (!outbox.planned(holder.id(), KIND, key) && outbox.plan(mail(certificate, holder, key))) {
                planned++;
            }
        }
        return planned;
    }

    /** 14 once the end is at most 14 days away, else 60. */
    static int threshold(Certificate certificate, Instant now) {
        return Duration.between(now, certificate.validUntil()).compareTo(Duration.ofDays(LAST)) <= 0 ? LAST : FIRST;
    }

    static String key(Certificate certificate, int threshold) {
        return certificate.id() + "/" + threshold;
    }

    private Map<UUID, Member> membersOf(UUID organisation) {
        return members.of(organisation).stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private Mail mail(Certificate certificate, Member holder, String key) {
        String locale = ExpiryReminderTexts.localeFor(holder.locale());
        ExpiryReminderTexts texts = ExpiryReminderTexts.in(locale);
        String title = titles.of(certificate).in(locale).text();
        String date = ExpiryReminderTexts.date(certificate.validUntil(), locale);
        String link = publicUrl + RenewalPaths.of(certificate);
        return new Mail(
                holder.id(),
                certificate.organisationId(),
                KIND,
                key,
                holder.email(),
                texts.subject(title, date),
                texts.body(holder.displayName(), title, date, Kind.valueOf(certificate.subjectKind()), link),
                locale);
    }
}
