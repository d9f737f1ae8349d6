package nl.signaal.identity;

import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.UUID;

/**
 * A machine caller of the xAPI endpoints, signed in with an organisation API credential over HTTP Basic: it reads the
 * organisation's learning records and nothing else (decision 0041). It is never a {@link SignedInUser}.
 */
public record ApiClient(UUID credentialId, UUID organisationId) {
    /** The one role such a caller has; no endpoint outside /api/xapi/** ever sees it (BasicAuthenticationFetcher). */
    public static final String ROLE = "XAPI_CLIENT";

    static final String CREDENTIAL = "credentialId";

    public static Optional<ApiClient> of(Authentication authentication) {
        if (authentication == null || !authentication.getRoles().contains(ROLE)) {
            return Optional.empty();
        }
        var attributes = authentication.getAttributes();
        return Optional.of(new ApiClient(UUID.fromString((String) attributes.get(CREDENTIAL)), UUID.fromString((String)
                attributes.get(SignedInUser.ORGANISATION))));
    }
}
