package nl.signaal.identity;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Turns the session cookie into an {@link Authentication}: user id as name, roles, and the
 * organisation and CSRF token as attributes. The lookup is blocking JDBC, so it runs off the event loop.
 */
@Singleton
final class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private final Sessions sessions;
    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(Sessions sessions, UserAccountRepository users, OrganisationRepository organisations,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.users = users;
        this.organisations = organisations;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> cookie = Sessions.cookieValue(request);
        if (cookie.isEmpty()) {
            return Publishers.empty();
        }
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> authenticate(cookie.get()).orElse(null), blocking));
    }

    private Optional<Authentication> authenticate(String cookieValue) {
        return sessions.find(cookieValue).flatMap(session -> users.findById(session.userId()).flatMap(user ->
                organisations.findById(user.organisationId()).map(organisation -> {
                    Map<String, Object> attributes = new HashMap<>();
                    attributes.put(SignedInUser.ORGANISATION, organisation.id().toString());
                    attributes.put(SignedInUser.SECTOR, organisation.sector());
                    attributes.put(SignedInUser.DISPLAY_NAME, user.displayName());
                    attributes.put(SignedInUser.EMAIL, user.email());
                    attributes.put(SignedInUser.LOCALE, user.locale());
                    attributes.put(SignedInUser.CSRF, session.csrfToken());
                    return Authentication.build(user.id().toString(),
                            user.roleSet().stream().map(Role::name).toList(), attributes);
                })));
    }
}
