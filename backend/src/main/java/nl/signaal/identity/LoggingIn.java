package nl.signaal.identity;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks credentials behind the login throttle: the attempt is reserved before the password is
 * checked, so parallel guesses cannot slip past the limit; opens a session on success. Unknown
 * e-mail addresses go the same way (throttle, then a decoy check), so answers and timing do not
 * tell which addresses have an account.
 */
@Singleton
class LoggingIn {
    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final HashingCapacity capacity;

    LoggingIn(
            UserAccountRepository users,
            OrganisationRepository organisations,
            PasswordHasher hasher,
            Sessions sessions,
            LoginThrottle throttle,
            HashingCapacity capacity) {
        this.users = users;
        this.organisations = organisations;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
        this.capacity = capacity;
    }

    sealed interface Outcome {}

    record LoggedIn(UserAccount user, Organisation organisation, Sessions.Opened session) implements Outcome {}

    record WrongCredentials() implements Outcome {}

    record Throttled(Duration retryAfter) implements Outcome {}

    /** The right password for an account an administrator deactivated. */
    record Deactivated() implements Outcome {}

    Outcome logIn(String email, String password, String clientAddress) {
        return capacity.admit(() -> admittedLogIn(email, password, clientAddress));
    }

    private Outcome admittedLogIn(String email, String password, String clientAddress) {
        String normalised = UserAccount.normaliseEmail(email);
        LoginThrottle.Decision decision = throttle.reserve(normalised, clientAddress);
        if (decision instanceof LoginThrottle.Refused refused) {
            return new Throttled(refused.retryAfter());
        }
        LoginThrottle.Reservation reservation = (LoginThrottle.Reservation) decision;
        Optional<UserAccount> found = users.findByEmail(normalised);
        boolean right;
        try {
            if (found.isEmpty()) {
                hasher.verifyDecoy(password);
                return new WrongCredentials();
            }
            right = hasher.verify(password, found.get().passwordHash());
        } catch (HashingCapacity.Busy busy) {
            throttle.withdraw(reservation);
            throw busy;
        }
        if (!right) {
            return new WrongCredentials();
        }
        throttle.succeeded(reservation);
        UserAccount user = found.get();
        if (!users.isActive(user.id())) {
            return new Deactivated();
        }
        Organisation organisation =
                organisations.findById(user.organisationId()).orElseThrow();
        return new LoggedIn(user, organisation, sessions.open(user.id()));
    }
}
