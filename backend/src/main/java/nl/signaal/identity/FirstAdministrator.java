package nl.signaal.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import nl.signaal.content.SupportedLocales;
import nl.signaal.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure an installation can get its first administrator without a fixed password: from
 * configuration (signaal.bootstrap.*), or else through a one-time token printed at start and
 * redeemed on /setup. Demo data, where enabled, runs first and brings its own administrator.
 */
@Singleton
class FirstAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ADMINISTRATOR = "Administrator";

    private final UserAccountRepository users;
    private final SetupTokenRepository tokens;
    private final Accounts accounts;
    private final Sessions sessions;
    private final DemoData demoData;
    private final Clock clock;
    private final String adminEmail;
    private final String adminPassword;
    private final String organisationName;
    private final String organisationSector;
    private final String publicUrl;
    private volatile String lastPrintedToken;

    FirstAdministrator(
            UserAccountRepository users,
            SetupTokenRepository tokens,
            Accounts accounts,
            Sessions sessions,
            DemoData demoData,
            Clock clock,
            @Value("${signaal.bootstrap.admin-email:}") String adminEmail,
            @Value("${signaal.bootstrap.admin-password:}") String adminPassword,
            @Value("${signaal.bootstrap.organisation-name:}") String organisationName,
            @Value("${signaal.bootstrap.organisation-sector:}") String organisationSector,
            @Value("${signaal.public-url}") String publicUrl) {
        this.users = users;
        this.tokens = tokens;
        this.accounts = accounts;
        this.sessions = sessions;
        this.demoData = demoData;
        this.clock = clock;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.organisationName = organisationName;
        this.organisationSector = organisationSector;
        this.publicUrl = publicUrl;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        demoData.createIfWanted();
        if (users.anyAdministrator()) {
            return;
        }
        if (!adminEmail.isBlank()) {
            createConfiguredAdministrator();
            return;
        }
        String token = SecretTokens.urlSafe(18);
        tokens.deleteAll();
        tokens.save(new SetupToken(SetupToken.ONLY, SecretTokens.sha256(token), clock.instant()));
        lastPrintedToken = token;
        LOG.warn(
                "No administrator exists yet. Open {}/setup and enter this one-time setup token: {}", publicUrl, token);
    }

    /** The token this process printed, for tests that play the operator reading the log. */
    String lastPrintedToken() {
        return lastPrintedToken;
    }

    private void createConfiguredAdministrator() {
        if (organisationName.isBlank() || !nl.signaal.content.Sectors.ALL.contains(organisationSector)) {
            throw new IllegalStateException("SIGNAAL_ADMIN_EMAIL is set: also set SIGNAAL_ADMIN_PASSWORD, "
                    + "SIGNAAL_ORGANISATION_NAME and SIGNAAL_ORGANISATION_SECTOR (one of "
                    + nl.signaal.content.Sectors.ALL + ").");
        }
        PasswordRules.problem(adminPassword, adminEmail, ADMINISTRATOR).ifPresent(reason -> {
            throw new IllegalStateException("SIGNAAL_ADMIN_PASSWORD " + reason + " (at least "
                    + PasswordRules.MIN_LENGTH + " characters, not the e-mail address, not easy to guess).");
        });
        Organisation organisation = accounts.createOrganisation(organisationName, organisationSector, false);
        accounts.createUser(
                organisation.id(),
                adminEmail,
                adminPassword,
                ADMINISTRATOR,
                Set.of(Role.ADMIN, Role.COORDINATOR),
                SupportedLocales.SOURCE);
        LOG.info("Created the first administrator {} from configuration.", adminEmail);
    }

    boolean setupRequired() {
        return !users.anyAdministrator();
    }

    record SetUp(UserAccount user, Organisation organisation, Sessions.Opened session) {}

    @Transactional
    SetUp redeem(IdentityApi.SetupCommand command) {
        SetupToken token = tokens.findById(SetupToken.ONLY).orElse(null);
        if (users.anyAdministrator() || token == null) {
            throw ApiException.conflict("Signaal is set up already.");
        }
        if (!SecretTokens.sameSecret(
                token.tokenHash(), SecretTokens.sha256(command.token().trim()))) {
            throw ApiException.invalidField("token", "is not the setup token printed at start");
        }
        Organisation organisation = accounts.createOrganisation(command.organisationName(), command.sector(), false);
        UserAccount admin = accounts.createUser(
                organisation.id(),
                command.email(),
                command.password(),
                command.displayName(),
                Set.of(Role.ADMIN, Role.COORDINATOR),
                SupportedLocales.SOURCE);
        tokens.deleteAll();
        return new SetUp(admin, organisation, sessions.open(admin.id()));
    }
}
