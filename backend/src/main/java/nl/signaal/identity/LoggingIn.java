package nl.signaal.identity;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Checks credentials, counts failures and locks an account after too many; opens a session on success. */
@Singleton
class LoggingIn {
    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final LoginPolicy policy;
    private final Clock clock;

    LoggingIn(UserAccountRepository users, OrganisationRepository organisations, PasswordHasher hasher,
              Sessions sessions, LoginPolicy policy, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.hasher = hasher;
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    sealed interface Outcome {
    }

    record LoggedIn(UserAccount user, Organisation organisation, Sessions.Opened session) implements Outcome {
    }

    record WrongCredentials() implements Outcome {
    }

    record LockedOut(Duration remaining) implements Outcome {
    }

    /** The right password for an account an administrator deactivated. */
    record Deactivated() implements Outcome {
    }

    Outcome logIn(String email, String password) {
        Optional<UserAccount> found = users.findByEmail(UserAccount.normaliseEmail(email));
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return new WrongCredentials();
        }
        UserAccount user = found.get();
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            return new LockedOut(Duration.between(now, user.lockedUntil()));
        }
        if (!hasher.verify(password, user.passwordHash())) {
            users.recordFailedLogin(user.id(), now, policy.maxFailures(), now.plus(policy.lockout()));
            UserAccount after = users.findById(user.id()).orElse(user);
            return after.lockedAt(now) ? new LockedOut(Duration.between(now, after.lockedUntil())) : new WrongCredentials();
        }
        if (user.failedLogins() > 0 || user.lockedUntil() != null) {
            users.resetFailedLogins(user.id());
        }
        if (!users.isActive(user.id())) {
            return new Deactivated();
        }
        Organisation organisation = organisations.findById(user.organisationId()).orElseThrow();
        return new LoggedIn(user, organisation, sessions.open(user.id()));
    }
}
