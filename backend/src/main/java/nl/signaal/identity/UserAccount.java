package nl.signaal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@MappedEntity(value = "app_user", escape = false)
record UserAccount(
        @Id UUID id,
        UUID organisationId,
        String email,
        String displayName,
        String passwordHash,
        String roles,
        String locale,
        Instant createdAt) {

    static String joinRoles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    Set<Role> roleSet() {
        return parseRoles(roles);
    }

    static Set<Role> parseRoles(String joined) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(joined.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .forEach(set::add);
        return set;
    }

    /** The one form in which e-mail addresses are stored and compared. */
    static String normaliseEmail(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
