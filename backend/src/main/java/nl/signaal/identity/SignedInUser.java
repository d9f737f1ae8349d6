package nl.signaal.identity;

import io.micronaut.security.authentication.Authentication;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.signaal.web.ApiException;

/**
 * The user behind a request, as other features see it. Every endpoint that touches an
 * organisation's data checks it through {@link #requireOrganisation}.
 */
public record SignedInUser(
        UUID id,
        UUID organisationId,
        String organisationSector,
        Set<Role> roles,
        String displayName,
        String email,
        String locale) {

    static final String ORGANISATION = "organisationId";
    static final String SECTOR = "sector";
    static final String DISPLAY_NAME = "displayName";
    static final String EMAIL = "email";
    static final String LOCALE = "locale";
    static final String CSRF = "csrf";

    public static SignedInUser of(Authentication authentication) {
        var attributes = authentication.getAttributes();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(role -> roles.add(Role.valueOf(role)));
        return new SignedInUser(
                UUID.fromString(authentication.getName()),
                UUID.fromString((String) attributes.get(ORGANISATION)),
                (String) attributes.get(SECTOR),
                Set.copyOf(roles),
                (String) attributes.get(DISPLAY_NAME),
                (String) attributes.get(EMAIL),
                (String) attributes.get(LOCALE));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The user's highest role: what they may see and hand out at most. */
    public Role rank() {
        return Role.highest(roles);
    }

    /** True when the role ranks at or below the user's own highest role. */
    public boolean mayHandle(Role role) {
        return role.atMost(rank());
    }

    /** Throws 403 unless the user belongs to that organisation. */
    public void requireOrganisation(UUID organisation) {
        if (!organisationId.equals(organisation)) {
            throw ApiException.forbidden("This belongs to another organisation.");
        }
    }
}
