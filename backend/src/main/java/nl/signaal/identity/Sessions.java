package nl.signaal.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.web.Https;

/** Opens, finds and closes logins, and makes the HttpOnly cookie that carries them. */
@Singleton
final class Sessions {
    static final String COOKIE = "SIGNAAL_SESSION";

    private final UserSessionRepository sessions;
    private final UserAccountRepository users;
    private final SessionPolicy policy;
    private final Https https;
    private final Clock clock;

    Sessions(
            UserSessionRepository sessions,
            UserAccountRepository users,
            SessionPolicy policy,
            Https https,
            Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.policy = policy;
        this.https = https;
        this.clock = clock;
    }

    record Opened(String cookieValue, UserSession session) {}

    Opened open(UUID userId) {
        Instant now = clock.instant();
        sessions.deleteByExpiresAtLessThan(now);
        String cookieValue = SecretTokens.urlSafe(32);
        UserSession session = new UserSession(
                SecretTokens.sha256(cookieValue), userId, SecretTokens.urlSafe(24), now, now.plus(policy.lifetime()));
        sessions.save(session);
        users.recordLogin(userId, now);
        return new Opened(cookieValue, session);
    }

    /** The session's user and organisation, if the cookie names a session that has not expired. */
    Optional<SessionPrincipal> principal(String cookieValue) {
        return sessions.findPrincipal(SecretTokens.sha256(cookieValue))
                .filter(principal -> principal.expiresAt().isAfter(clock.instant()));
    }

    void close(String cookieValue) {
        sessions.deleteById(SecretTokens.sha256(cookieValue));
    }

    /** Ends every login of the user, on every device, including the one asking (also on deactivation: their next request answers 401). */
    void closeAll(UUID userId) {
        sessions.deleteByUserId(userId);
    }

    /** Ends every login of the user except the one with this cookie (after they changed their password there). */
    void closeAllExcept(UUID userId, String cookieValue) {
        sessions.deleteOthersOf(userId, SecretTokens.sha256(cookieValue));
    }

    static Optional<String> cookieValue(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    Cookie cookie(String value) {
        return Cookie.of(COOKIE, value)
                .httpOnly(true)
                .secure(https.secureCookies())
                .sameSite(SameSite.Strict)
                .path("/")
                .maxAge(policy.lifetime());
    }

    Cookie clearedCookie() {
        return Cookie.of(COOKIE, "")
                .httpOnly(true)
                .secure(https.secureCookies())
                .sameSite(SameSite.Strict)
                .path("/")
                .maxAge(0);
    }
}
