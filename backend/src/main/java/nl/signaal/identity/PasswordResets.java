package nl.signaal.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.email.BodyType;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.signaal.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgotten passwords: a random link by e-mail, kept only as a hash, valid {@link #LIFETIME} and once; a new link
 * replaces the older one (docs/decisions/0009-password-reset-and-account-settings.md).
 * <p>
 * Requests are handled on one background thread: the HTTP answer is the same and equally fast whether or not the
 * address exists, never waits for SMTP, and links for one user are issued one after the other.
 */
@Singleton
public class PasswordResets {
    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** One mail per account per minute from the public form, so the form cannot flood someone's inbox. */
    static final Duration COOLDOWN = Duration.ofMinutes(1);

    static final String UNUSABLE = "is expired or was used already: ask for a new link";
    private static final int QUEUE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordResetRepository resets;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final EmailSender<Message, ?> mail;
    private final Clock clock;
    private final String publicUrl;
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            task -> {
                Thread thread = new Thread(task, "password-reset-mail");
                thread.setDaemon(true);
                return thread;
            },
            (task, executor) -> LOG.warn("Too many password reset requests at once: one was dropped."));

    PasswordResets(
            UserAccountRepository users,
            OrganisationRepository organisations,
            PasswordResetRepository resets,
            PasswordHasher hasher,
            Sessions sessions,
            LoginThrottle throttle,
            EmailSender<Message, ?> mail,
            Clock clock,
            @Value("${signaal.public-url}") String publicUrl) {
        this.users = users;
        this.organisations = organisations;
        this.resets = resets;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Sends the user a new reset link by e-mail, in their language, replacing any older link; returns at once
     * (the mail goes out in the background). For an administrator's "send reset link": the caller checks that the
     * user is theirs to manage.
     */
    public void sendResetLink(UUID userId) {
        background.execute(() -> users.findById(userId).ifPresent(this::issueAndSend));
    }

    /** The public form: whether the address belongs to anyone shows neither in the answer nor in its timing. */
    void request(String email) {
        String address = UserAccount.normaliseEmail(email);
        background.execute(() -> {
            Optional<UserAccount> user = users.findByEmail(address);
            Instant now = clock.instant();
            boolean justSent = user.flatMap(u -> resets.findById(u.id()))
                    .map(reset -> reset.createdAt().isAfter(now.minus(COOLDOWN)))
                    .orElse(false);
            if (user.isPresent() && !justSent) {
                issueAndSend(user.get());
            }
        });
    }

    private void issueAndSend(UserAccount user) {
        if (!users.isActive(user.id())) {
            return; // a deactivated account gets no way back in but through its administrator
        }
        Instant now = clock.instant();
        String token = SecretTokens.urlSafe(32);
        resets.deleteByExpiresAtLessThan(now);
        resets.deleteById(user.id());
        resets.save(new PasswordReset(user.id(), SecretTokens.sha256(token), now, now.plus(LIFETIME)));
        ResetMailTexts texts = ResetMailTexts.in(user.locale());
        String link = publicUrl + "/reset-password?token=" + token;
        try {
            mail.send(Email.builder()
                    .to(user.email())
                    .subject(texts.subject())
                    .body(texts.body(user.displayName(), LIFETIME.toMinutes(), link), BodyType.TEXT));
        } catch (RuntimeException e) {
            // Neither the address nor the link goes into the log; an SMTP error message may quote the address.
            LOG.warn(
                    "Password reset mail for user {} not sent: {}",
                    user.id(),
                    e.getClass().getSimpleName());
        }
    }

    record Reset(UserAccount user, Organisation organisation, Sessions.Opened session) {}

    /**
     * Sets the new password with a link's token, ends every session of the user and opens a new one here.
     * The token only counts once the password passes the rules, so a refused password does not use the link up.
     */
    @Transactional
    Reset confirm(String token, String newPassword) {
        Instant now = clock.instant();
        String tokenHash = SecretTokens.sha256(token.trim());
        PasswordReset reset = resets.findByTokenHash(tokenHash)
                .filter(r -> r.expiresAt().isAfter(now))
                .orElseThrow(() -> ApiException.invalidField("token", UNUSABLE));
        UserAccount user = users.findById(reset.userId())
                .filter(u -> users.isActive(u.id()))
                .orElseThrow(() -> ApiException.invalidField("token", UNUSABLE));
        PasswordRules.check("newPassword", newPassword, user.email(), user.displayName());
        if (resets.take(tokenHash, now) == 0) {
            throw ApiException.invalidField("token", UNUSABLE);
        }
        users.updatePasswordHash(user.id(), hasher.hash(newPassword));
        // Whoever holds the mailbox is the owner: someone else's guesses must not keep them out.
        throttle.forgetAccount(user.email());
        sessions.closeAll(user.id());
        Organisation organisation =
                organisations.findById(user.organisationId()).orElseThrow();
        return new Reset(user, organisation, sessions.open(user.id()));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }
}
