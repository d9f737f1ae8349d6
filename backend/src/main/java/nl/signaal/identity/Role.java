package nl.signaal.identity;

import java.util.Collection;

/**
 * What a user may do in their organisation. Names are stored, so never rename one. The declaration
 * order is the rank (docs/decisions/0012-members-and-role-order.md): nobody may see, give, revoke or
 * hand out through an invitation a role that ranks above their own highest role.
 */
public enum Role {
    LEARNER,
    ATTENTION_OFFICER,
    TRAINER,
    COORDINATOR,
    ADMIN;

    /** True when this role ranks at or below {@code other}. */
    public boolean atMost(Role other) {
        return compareTo(other) <= 0;
    }

    /** The highest of the roles, or {@link #LEARNER} for none (every account learns). */
    public static Role highest(Collection<Role> roles) {
        return roles.stream().max(Role::compareTo).orElse(LEARNER);
    }
}
