package nl.signaal.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CertificateRepository extends GenericRepository<Certificate, UUID> {

    /**
     * 1 when the certificate is issued; 0 when the holder already has one for this subject version (a parallel
     * transaction may have inserted it a moment ago) or, all but never, the drawn code is taken.
     */
    @Query("INSERT INTO certificate (id, user_id, organisation_id, subject_kind, subject_id, subject_version, title,"
            + " study_minutes, issued_at, valid_until, issuer_name, holder_name, verification_code)"
            + " VALUES (:id, :userId, :organisationId, :subjectKind, :subjectId, :subjectVersion, :title,"
            + " :studyMinutes, :issuedAt, :validUntil, :issuerName, :holderName, :verificationCode)"
            + " ON CONFLICT DO NOTHING")
    int issue(
            UUID id,
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
            String holderName,
            String verificationCode);

    @Query("SELECT COUNT(*) FROM certificate")
    long countAll();

    boolean existsByUserIdAndSubjectKindAndSubjectIdAndSubjectVersion(
            UUID userId, String subjectKind, String subjectId, int subjectVersion);

    Optional<Certificate> findById(UUID id);

    List<Certificate> findByUserIdOrderByIssuedAtDesc(UUID userId);

    Optional<Certificate> findByVerificationCode(String verificationCode);

    /** Revokes once: 0 when it is already revoked (or not this organisation's). */
    @Query("UPDATE certificate SET revoked_at = :at, revoked_by = :by, revoked_reason = :reason"
            + " WHERE id = :id AND organisation_id = :organisationId AND revoked_at IS NULL")
    int revoke(UUID id, UUID organisationId, Instant at, UUID by, String reason);

    /** Certificates in force whose validity ends in [from, until), soonest first. */
    @Query("SELECT c.* FROM certificate c WHERE c.organisation_id = :organisationId AND c.revoked_at IS NULL"
            + " AND c.valid_until >= :from AND c.valid_until < :until ORDER BY c.valid_until, c.holder_name")
    List<Certificate> findExpiring(UUID organisationId, Instant from, Instant until);

    /**
     * Erasure (decision 0016): the holder's name goes, the row moves to the learning records' pseudonym and is revoked
     * unless it already was, so its code verifies as revoked instead of valid for someone who no longer exists here.
     */
    @Query("UPDATE certificate SET user_id = :pseudonym, holder_name = NULL,"
            + " revoked_reason = CASE WHEN revoked_at IS NULL THEN :reason ELSE revoked_reason END,"
            + " revoked_at = COALESCE(revoked_at, :at) WHERE user_id = :userId")
    int eraseHolder(UUID userId, UUID pseudonym, Instant at, String reason);

    /**
     * Candidates for an expiry reminder: in force, ending in (now, until], and not renewed, i.e. the holder has no
     * later, unrevoked certificate for the same subject that is still valid now.
     */
    @Query("SELECT c.* FROM certificate c WHERE c.revoked_at IS NULL AND c.valid_until > :now"
            + " AND c.valid_until <= :until AND NOT EXISTS (SELECT 1 FROM certificate n WHERE n.user_id = c.user_id"
            + " AND n.subject_kind = c.subject_kind AND n.subject_id = c.subject_id AND n.id <> c.id"
            + " AND n.revoked_at IS NULL AND n.issued_at > c.issued_at"
            + " AND (n.valid_until IS NULL OR n.valid_until > :now)) ORDER BY c.organisation_id, c.valid_until")
    List<Certificate> findExpiryReminderCandidates(Instant now, Instant until);

    /** Whether a later certificate in force for the same subject replaces this one (the holder renewed it). */
    @Query("SELECT COUNT(*) > 0 FROM certificate n WHERE n.user_id = :userId AND n.subject_kind = :subjectKind"
            + " AND n.subject_id = :subjectId AND n.id <> :id AND n.revoked_at IS NULL AND n.issued_at > :issuedAt"
            + " AND (n.valid_until IS NULL OR n.valid_until > :now)")
    boolean renewed(UUID id, UUID userId, String subjectKind, String subjectId, Instant issuedAt, Instant now);
}
