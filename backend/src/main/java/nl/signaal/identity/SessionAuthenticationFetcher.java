package nl.signaal.identity;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Turns the session cookie into an {@link Authentication}: user id as name, roles, and the
 * organisation and CSRF token as attributes. The lookup is blocking JDBC, so it runs off the event loop.
 */
@Singleton
final class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private final Sessions sessions;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(Sessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> cookie = Sessions.cookieValue(request);
        if (cookie.isEmpty()) {
            return Publishers.empty();
        }
        return Publishers.fromCompletableFuture(() ->
                CompletableFuture.supplyAsync(() -> authenticate(cookie.get()).orElse(null), blocking));
    }

    private Optional<Authentication> authenticate(String cookieValue) {
        return sessions.principal(cookieValue).map(principal -> {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(SignedInUser.ORGANISATION, principal.organisationId().toString());
            attributes.put(SignedInUser.SECTOR, principal.sector());
            attributes.put(SignedInUser.DISPLAY_NAME, principal.displayName());
            attributes.put(SignedInUser.EMAIL, principal.email());
            attributes.put(SignedInUser.LOCALE, principal.locale());
            attributes.put(SignedInUser.CSRF, principal.csrfToken());
            return Authentication.build(
                    principal.userId().toString(),
                    UserAccount.parseRoles(principal.roles()).stream()
                            .map(Role::name)
                            .toList(),
                    attributes);
        });
    }
}
