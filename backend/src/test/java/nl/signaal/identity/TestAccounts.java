package nl.signaal.identity;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;

/** Creates organisations and users for tests through the same path the application uses. */
@Singleton
public class TestAccounts {
    public static final String PASSWORD = "correct horse battery staple";

    private final Accounts accounts;
    private final UserAccountRepository users;

    TestAccounts(Accounts accounts, UserAccountRepository users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** The id of the user with this e-mail address. */
    public UUID id(String email) {
        return users.findByEmail(email).orElseThrow().id();
    }

    public UUID organisation(String name, String sector) {
        return accounts.createOrganisation(name, sector, false).id();
    }

    /** A user with the given roles; returns the (unique) e-mail address to log in with. */
    public String user(UUID organisation, Role... roles) {
        return userNamed(organisation, "Test " + roles[0].name().toLowerCase(), roles);
    }

    /** A user with this display name; returns the (unique) e-mail address to log in with. */
    public String userNamed(UUID organisation, String displayName, Role... roles) {
        return userSpeaking(organisation, displayName, "nl", roles);
    }

    /** A user with this display name and locale; returns the (unique) e-mail address to log in with. */
    public String userSpeaking(UUID organisation, String displayName, String locale, Role... roles) {
        String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createUser(organisation, email, PASSWORD, displayName, Set.of(roles), locale);
        return email;
    }
}
