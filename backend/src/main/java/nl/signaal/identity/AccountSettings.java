package nl.signaal.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import nl.signaal.web.ApiException;

/** What a logged-in user changes about their own account: name and language, password. */
@Singleton
class AccountSettings {
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final Sessions sessions;

    AccountSettings(UserAccountRepository users, PasswordHasher hasher, Sessions sessions) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
    }

    void changeProfile(UUID userId, String displayName, String locale) {
        users.updateProfile(userId, DisplayNames.normalise("displayName", displayName), locale);
    }

    /** Needs the current password (a session left open on a shared computer is not enough); ends the other sessions. */
    @Transactional
    void changePassword(UUID userId, String keptSessionCookie, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (!hasher.verify(currentPassword, user.passwordHash())) {
            throw ApiException.invalidField("currentPassword", "is not your current password");
        }
        PasswordRules.check("newPassword", newPassword, user.email(), user.displayName());
        users.updatePasswordHash(userId, hasher.hash(newPassword));
        sessions.closeAllExcept(userId, keptSessionCookie);
    }
}
