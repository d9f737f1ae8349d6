package nl.signaal.progress.forwarding;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which LRS addresses Signaal may send to (decision 0054): an absolute https URL of a host whose every address is
 * public, so an administrator cannot make the server call into its own network. Checked when the endpoint is saved
 * and again before each run (DNS can change). {@code signaal.lrs.allow-private-addresses} (tests, e2e, an LRS on
 * the same private network) also allows http and private, loopback and link-local addresses.
 */
@Singleton
class LrsEndpoints {
    private final boolean allowPrivate;

    @Inject
    LrsEndpoints(@Value("${signaal.lrs.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** An endpoint that may not be used; the message is for the administrator. */
    static class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }

    /** The endpoint as stored: trimmed, without a trailing slash; throws {@link NotAllowed} on the form alone. */
    String normalise(String endpoint) {
        String trimmed = endpoint == null ? "" : endpoint.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            throw new NotAllowed("Enter the LRS's xAPI address, e.g. https://lrs.example.org/xapi.");
        }
        if (trimmed.length() > 500) {
            throw new NotAllowed("The address is longer than 500 characters.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new NotAllowed("This is not a web address.");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            throw new NotAllowed("Enter a full address starting with https://.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            throw new NotAllowed("The address must start with https://.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new NotAllowed("Put the user name and password in their own fields, not in the address.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new NotAllowed("The address must not have a query (?) or fragment (#).");
        }
        return trimmed;
    }

    /** Throws {@link NotAllowed} unless every address of the endpoint's host is public (or private ones allowed). */
    void checkReachable(String endpoint) {
        String host = URI.create(endpoint).getHost();
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new NotAllowed("The LRS's host name " + host + " cannot be found.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new NotAllowed("The LRS's host " + host
                        + " has a private or local address; only public addresses are allowed.");
            }
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // this network
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
                return false;
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
