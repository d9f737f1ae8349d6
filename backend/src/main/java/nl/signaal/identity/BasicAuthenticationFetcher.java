package nl.signaal.identity;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * HTTP Basic with an organisation API credential ({@code keyId:secret}), as xAPI clients send it: only for reading
 * the xAPI endpoints (GET and HEAD under /api/xapi/), so a credential can never reach anything else, and never with a
 * role any other endpoint accepts (decision 0041). Wrong credentials leave the request anonymous (401 with
 * WWW-Authenticate: Basic) and count against the client address; past the limit, 429.
 */
@Singleton
final class BasicAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    static final String PATH = "/api/xapi/";

    private final ApiCredentials credentials;
    private final ApiCredentialThrottle throttle;
    private final ClientAddress clientAddress;
    private final ExecutorService blocking;

    BasicAuthenticationFetcher(
            ApiCredentials credentials,
            ApiCredentialThrottle throttle,
            ClientAddress clientAddress,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.credentials = credentials;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!request.getPath().startsWith(PATH)
                || !(request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)) {
            return Publishers.empty();
        }
        Optional<String> header = request.getHeaders().getAuthorization();
        if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
            return Publishers.empty();
        }
        String address = clientAddress.of(request);
        Optional<java.time.Duration> wait = throttle.refuse(address);
        if (wait.isPresent()) {
            return Publishers.just(new ApiCredentialThrottle.Throttled(wait.get()));
        }
        String encoded = header.get().substring(6).trim();
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> authenticate(encoded).orElseGet(() -> {
                    throttle.failed(address);
                    return null;
                }),
                blocking));
    }

    private Optional<Authentication> authenticate(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon <= 0 || pair.length() > 200) {
            return Optional.empty();
        }
        return credentials
                .authenticate(pair.substring(0, colon), pair.substring(colon + 1))
                .map(client -> Authentication.build(
                        "api-credential:" + client.credentialId(),
                        List.of(ApiClient.ROLE),
                        Map.of(
                                ApiClient.CREDENTIAL, client.credentialId().toString(),
                                SignedInUser.ORGANISATION,
                                        client.organisationId().toString())));
    }
}
