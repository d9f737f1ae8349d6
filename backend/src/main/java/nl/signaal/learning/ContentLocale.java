package nl.signaal.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import nl.signaal.content.SupportedLocales;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * Which locale to answer in: the asked one, else the user's preferred one, else the source locale.
 * Used by every feature that serves content (modules, scenarios).
 */
public final class ContentLocale {
    private ContentLocale() {}

    public static String choose(@Nullable String asked, @Nullable Authentication authentication) {
        if (asked != null && !asked.isBlank()) {
            if (!SupportedLocales.ALL.contains(asked)) {
                throw ApiException.invalidField("locale", "must be one of " + String.join(", ", SupportedLocales.ALL));
            }
            return asked;
        }
        if (authentication != null) {
            String preferred = SignedInUser.of(authentication).locale();
            if (preferred != null && SupportedLocales.ALL.contains(preferred)) {
                return preferred;
            }
        }
        return SupportedLocales.SOURCE;
    }
}
