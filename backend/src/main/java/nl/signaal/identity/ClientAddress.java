package nl.signaal.identity;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The address a request comes from, for throttling (logins, certificate verification). The connection's remote address, unless
 * signaal.login.trust-forwarded-for says a proxy in front sets X-Forwarded-For: then its last
 * entry, the one that proxy added (earlier entries are whatever the client sent).
 */
@Singleton
public class ClientAddress {
    private final boolean trustForwardedFor;

    ClientAddress(LoginPolicy policy) {
        this.trustForwardedFor = policy.trustForwardedFor();
    }

    public String of(HttpRequest<?> request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String last =
                        forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
                if (!last.isEmpty() && last.length() <= 100) {
                    return last;
                }
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
