package nl.signaal.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything Signaal keeps about the signed-in person, for them to download (GDPR art. 15 and 20): the account, its
 * logins, and each feature's part ({@link PersonalData}). Never a password hash or a session token.
 */
@Singleton
class MyData {
    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final UserSessionRepository sessions;
    private final List<PersonalData> features;
    private final Clock clock;

    MyData(
            UserAccountRepository users,
            OrganisationRepository organisations,
            UserSessionRepository sessions,
            List<PersonalData> features,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.sessions = sessions;
        this.features = features;
        this.clock = clock;
    }

    @Serdeable
    record AccountView(
            UUID id,
            String email,
            String displayName,
            Set<Role> roles,
            String locale,
            Instant createdAt,
            UUID organisationId,
            String organisationName) {}

    @Serdeable
    record LoginView(Instant createdAt, Instant expiresAt) {}

    Map<String, Object> of(UUID userId) {
        UserAccount user = users.findById(userId).orElseThrow();
        Organisation organisation =
                organisations.findById(user.organisationId()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant());
        data.put(
                "account",
                new AccountView(
                        user.id(),
                        user.email(),
                        user.displayName(),
                        user.roleSet(),
                        user.locale(),
                        user.createdAt(),
                        organisation.id(),
                        organisation.name()));
        data.put(
                "logins",
                sessions.findByUserIdOrderByCreatedAt(userId).stream()
                        .map(session -> new LoginView(session.createdAt(), session.expiresAt()))
                        .toList());
        for (PersonalData feature : features) {
            data.put(feature.section(), feature.exportOf(userId));
        }
        return data;
    }
}
