package nl.signaal.refresher.reminder;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;

/**
 * SMTP credentials from signaal.smtp.username/password (SIGNAAL_SMTP_USERNAME/PASSWORD), only when a user name is
 * set: micronaut-email's own javamail.authentication rejects blank values, so an unset variable could not default
 * to "no login" there.
 */
@Factory
class SmtpLogin {
    @Singleton
    @Requires(property = "signaal.smtp.username", pattern = ".+")
    Authenticator smtpAuthenticator(
            @Value("${signaal.smtp.username}") String username, @Value("${signaal.smtp.password:}") String password) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        };
    }
}
