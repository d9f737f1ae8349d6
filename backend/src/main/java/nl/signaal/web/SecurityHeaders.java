package nl.signaal.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Defence in depth behind server-side sanitising: the browser runs only our own scripts. The
 * generated Swagger UI page has one inline script (its assets are served from the jar): the policy
 * there allows exactly that script by its hash. Behind HTTPS, browsers are told to stay on HTTPS
 * and every cookie is Secure.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    /**
     * A module image (SVG may hold script): opened on its own it is a sandboxed document that loads and runs nothing
     * (decision 0036); shown in a lesson it is an img, which never runs script.
     */
    static final String IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private static final Pattern IMAGE_PATH = Pattern.compile("^/api/modules/[^/]+/images/[^/]+$");
    static final String SWAGGER_UI_PAGE = "classpath:META-INF/swagger/views/swagger-ui/index.html";
    /** A year, the usual value; no includeSubDomains, since other hosts under the domain are not ours. */
    static final String HSTS = "max-age=31536000";

    private static final Pattern SECURE_ATTRIBUTE = Pattern.compile(";\\s*secure\\s*(;|$)", Pattern.CASE_INSENSITIVE);

    private final String swaggerUiPolicy;
    private final Https https;

    SecurityHeaders(ResourceResolver resources, Https https) {
        this.https = https;
        this.swaggerUiPolicy = POLICY + "; script-src 'self'"
                + resources
                        .getResourceAsStream(SWAGGER_UI_PAGE)
                        .map(SecurityHeaders::inlineScriptHash)
                        .orElse("");
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        response.header("Content-Security-Policy", policy(request.getPath()));
        if (https.publicUrlIsHttps()) {
            response.header("Strict-Transport-Security", HSTS);
        }
        if (https.secureCookies()) {
            secureEveryCookie(response);
        }
    }

    private String policy(String path) {
        if (path.startsWith("/swagger-ui")) {
            return swaggerUiPolicy;
        }
        return IMAGE_PATH.matcher(path).matches() ? IMAGE_POLICY : POLICY;
    }

    /** Cookies set anywhere (today only the session's) get the Secure flag they may have missed. */
    private static void secureEveryCookie(MutableHttpResponse<?> response) {
        List<String> cookies = response.getHeaders().getAll(HttpHeaders.SET_COOKIE);
        if (cookies.stream().allMatch(SecurityHeaders::isSecure)) {
            return;
        }
        response.getHeaders().remove(HttpHeaders.SET_COOKIE);
        for (String cookie : cookies) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, isSecure(cookie) ? cookie : cookie + "; Secure");
        }
    }

    private static boolean isSecure(String setCookie) {
        return SECURE_ATTRIBUTE.matcher(setCookie).find();
    }

    /** " 'sha256-…'" of the page's inline script, as the browser hashes it; empty if there is none. */
    static String inlineScriptHash(InputStream page) {
        try (page) {
            String html = new String(page.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return inlineScript(html)
                    .map(script -> " 'sha256-" + Base64.getEncoder().encodeToString(sha256(script)) + "'")
                    .orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> inlineScript(String html) {
        int open = html.indexOf("<script>");
        int close = html.indexOf("</script>", open + 1);
        return open < 0 || close < 0
                ? Optional.empty()
                : Optional.of(html.substring(open + "<script>".length(), close));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
