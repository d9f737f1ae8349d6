package nl.signaal.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Whether people reach Signaal over HTTPS, read from {@code signaal.public-url}. Behind HTTPS every
 * cookie is Secure and browsers are told to keep to HTTPS (SecurityHeaders); SIGNAAL_SECURE_COOKIE
 * still decides the cookie explicitly when set (e.g. a test setup on plain HTTP behind a proxy).
 */
@Singleton
public final class Https {
    private final boolean publicUrlIsHttps;
    private final boolean secureCookies;

    Https(
            @Value("${signaal.public-url}") String publicUrl,
            @Value("${signaal.session.secure-cookie:}") String secureCookieOverride) {
        this.publicUrlIsHttps = publicUrl.trim().toLowerCase(Locale.ROOT).startsWith("https://");
        String override = secureCookieOverride.trim();
        this.secureCookies = override.isEmpty() ? publicUrlIsHttps : Boolean.parseBoolean(override);
    }

    /** The public URL starts with https: Strict-Transport-Security is sent. */
    public boolean publicUrlIsHttps() {
        return publicUrlIsHttps;
    }

    /** Cookies carry the Secure flag: the explicit setting if given, else whether the public URL is https. */
    public boolean secureCookies() {
        return secureCookies;
    }
}
