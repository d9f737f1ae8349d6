package nl.signaal.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** What the certificate endpoints take and give. Titles are in the asked locale, Dutch when it lacks one. */
final class CertificateApi {
    private CertificateApi() {}

    /**
     * A certificate as its holder sees it. {@code expiringSoon}: valid and ending within 60 days (when the first
     * reminder goes out); {@code renewalPath}: the app page where the holder renews it, for one that ends and is not
     * revoked.
     */
    @Serdeable
    record MyCertificateView(
            UUID id,
            String kind,
            String subjectId,
            int subjectVersion,
            String title,
            boolean titleUntranslated,
            double studyHours,
            Instant issuedAt,
            @Nullable Instant validUntil,
            String issuer,
            String holderName,
            String verificationCode,
            String verifyUrl,
            String status,
            @Nullable Instant revokedAt,
            @Nullable String revokedReason,
            boolean expiringSoon,
            @Nullable String renewalPath) {}

    /** The public answer to a verification: the least that proves the certificate, nothing to reach the holder by. */
    @Serdeable
    record VerificationView(
            String status,
            @Nullable String holderName,
            String kind,
            String title,
            boolean titleUntranslated,
            Instant issuedAt,
            @Nullable Instant validUntil,
            String issuer) {}

    /** A certificate in force that ends soon, for the organisation's coordinators. */
    @Serdeable
    record ExpiringCertificateView(
            UUID id,
            UUID holderId,
            String holderName,
            String kind,
            String subjectId,
            String title,
            boolean titleUntranslated,
            Instant issuedAt,
            Instant validUntil) {}

    @Serdeable
    record RevokeCommand(@NotBlank @Size(max = 500) String reason) {}
}
