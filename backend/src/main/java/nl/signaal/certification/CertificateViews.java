package nl.signaal.certification;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import nl.signaal.certification.CertificateApi.ExpiringCertificateView;
import nl.signaal.certification.CertificateApi.MyCertificateView;
import nl.signaal.certification.CertificateApi.VerificationView;
import nl.signaal.certification.CertificateSubject.Kind;
import nl.signaal.content.Translation;

/** A certificate row as each audience may see it, its title in the asked locale. */
@Singleton
class CertificateViews {
    private final CertificateTitles titles;
    private final CertificatePdf pdf;

    CertificateViews(CertificateTitles titles, CertificatePdf pdf) {
        this.titles = titles;
        this.pdf = pdf;
    }

    MyCertificateView forHolder(Certificate c, String locale, Instant now) {
        Translation title = titles.of(c).in(locale);
        return new MyCertificateView(
                c.id(),
                c.subjectKind(),
                c.subjectId(),
                c.subjectVersion(),
                title.text(),
                title.untranslated(),
                c.studyHours(),
                c.issuedAt(),
                c.validUntil(),
                c.issuerName(),
                c.holderName() == null ? "" : c.holderName(),
                c.verificationCode(),
                pdf.verifyUrl(c.verificationCode()),
                c.statusAt(now).name(),
                c.revokedAt(),
                c.revokedReason(),
                expiringSoon(c, now),
                c.validUntil() == null || c.revokedAt() != null ? null : RenewalPaths.of(c));
    }

    static boolean expiringSoon(Certificate c, Instant now) {
        return c.statusAt(now) == Certificate.Status.VALID
                && c.validUntil() != null
                && c.validUntil()
                        .isBefore(now.plus(Duration.ofDays(PlanningExpiryReminders.FIRST))
                                .plusNanos(1));
    }

    VerificationView forVerifier(Certificate c, String locale, Instant now) {
        Translation title = titles.of(c).in(locale);
        return new VerificationView(
                c.statusAt(now).name(),
                c.holderName(),
                c.subjectKind(),
                title.text(),
                title.untranslated(),
                c.issuedAt(),
                c.validUntil(),
                c.issuerName());
    }

    ExpiringCertificateView forCoordinator(Certificate c, String locale) {
        Translation title = titles.of(c).in(locale);
        return new ExpiringCertificateView(
                c.id(),
                c.userId(),
                c.holderName() == null ? "" : c.holderName(),
                c.subjectKind(),
                c.subjectId(),
                title.text(),
                title.untranslated(),
                c.issuedAt(),
                c.validUntil());
    }

    CertificatePdf.Facts facts(Certificate c, String locale, Instant now) {
        return new CertificatePdf.Facts(
                c.holderName() == null ? "" : c.holderName(),
                Kind.valueOf(c.subjectKind()),
                titles.of(c).in(locale).text(),
                c.issuedAt(),
                c.studyHours(),
                c.validUntil(),
                c.issuerName(),
                c.verificationCode(),
                c.statusAt(now) == Certificate.Status.REVOKED);
    }
}
