package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserAccountRepository extends CrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** The organisation's active members: a deactivated account gets no reminders and is in no overview. */
    @Query("""
            SELECT * FROM app_user WHERE organisation_id = :organisationId AND deactivated_at IS NULL
            ORDER BY display_name, id""")
    List<UserAccount> findActiveByOrganisation(UUID organisationId);

    /** The active accounts among {@code ids}, for messages to them (webinar mails); a deactivated account gets none. */
    @Query("SELECT * FROM app_user WHERE id IN (:ids) AND deactivated_at IS NULL")
    List<UserAccount> findActiveByIdIn(Collection<UUID> ids);

    /** Every member of the organisation, deactivated ones too, for its administrators; by display name. */
    @Query("""
            SELECT id, display_name, email, roles, deactivated_at, last_login_at, created_at FROM app_user
            WHERE organisation_id = :organisationId ORDER BY display_name, id""")
    List<MemberRow> listMembers(UUID organisationId);

    @Query("""
            SELECT id, display_name, email, roles, deactivated_at, last_login_at, created_at FROM app_user
            WHERE organisation_id = :organisationId AND id = :id""")
    Optional<MemberRow> findMember(UUID organisationId, UUID id);

    @Query("""
            SELECT COUNT(*) FROM app_user
            WHERE organisation_id = :organisationId AND roles LIKE '%ADMIN%' AND deactivated_at IS NULL""")
    long countActiveAdministrators(UUID organisationId);

    @Query("SELECT COUNT(*) > 0 FROM app_user WHERE id = :id AND deactivated_at IS NULL")
    boolean isActive(UUID id);

    void updateRoles(@Id UUID id, String roles);

    @Query("UPDATE app_user SET deactivated_at = :at WHERE id = :id")
    void deactivate(UUID id, Instant at);

    @Query("UPDATE app_user SET deactivated_at = NULL WHERE id = :id")
    void reactivate(UUID id);

    @Query("UPDATE app_user SET last_login_at = :at WHERE id = :id")
    void recordLogin(UUID id, Instant at);

    @Query("SELECT COUNT(*) > 0 FROM app_user WHERE roles LIKE '%ADMIN%'")
    boolean anyAdministrator();

    void updateLocale(@Id UUID id, String locale);

    @Query("UPDATE app_user SET display_name = :displayName, locale = :locale WHERE id = :id")
    void updateProfile(UUID id, String displayName, String locale);

    @Query("UPDATE app_user SET password_hash = :passwordHash WHERE id = :id")
    void updatePasswordHash(UUID id, String passwordHash);
}
