package nl.signaal.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of certificate. {@code title} is the subject's title per locale as a JSON object; {@code holderName} is null
 * once the holder's account is erased.
 */
@MappedEntity(value = "certificate", escape = false)
record Certificate(
        @Id UUID id,
        UUID userId,
        UUID organisationId,
        String subjectKind,
        String subjectId,
        int subjectVersion,
        String title,
        int studyMinutes,
        Instant issuedAt,
        @Nullable Instant validUntil,
        String issuerName,
        @Nullable String holderName,
        String verificationCode,
        @Nullable Instant revokedAt,
        @Nullable UUID revokedBy,
        @Nullable String revokedReason) {

    enum Status {
        VALID,
        EXPIRED,
        REVOKED
    }

    Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return validUntil != null && !now.isBefore(validUntil) ? Status.EXPIRED : Status.VALID;
    }

    /** Study load in hours, to two decimals (45 minutes: 0.75). */
    double studyHours() {
        return Math.round(studyMinutes * 100 / 60.0) / 100.0;
    }
}
