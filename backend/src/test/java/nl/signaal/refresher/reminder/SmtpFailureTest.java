package nl.signaal.refresher.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** The reason stored and logged for a reminder that was not sent: the server's code, never an address or Java type. */
class SmtpFailureTest {

    @Test
    void aRefusedRecipientGivesTheReplyCodeItsClassAndTheTextWithoutTheAddress() {
        var refused = new IllegalStateException(
                "Message could not be sent to some or any of the recipients"
                        + "jakarta.mail.SendFailedException: Invalid Addresses",
                new RuntimeException(
                        "Invalid Addresses",
                        new RuntimeException(
                                "550 5.1.1 <Anna.de.Vries@Example.org>: Recipient address rejected: User unknown")));

        assertThat(SmtpFailure.reason(refused, "anna.de.vries@example.org"))
                .isEqualTo("SMTP 550 5.1.1 (permanent failure): <address>: Recipient address rejected: User unknown");
    }

    @Test
    void aTemporaryFailureSaysItWillBeRetried() {
        assertThat(SmtpFailure.reason(
                        new RuntimeException("451 4.7.1 Greylisted, try again later for x@y.nl"), "x@y.nl"))
                .isEqualTo("SMTP 451 4.7.1 (temporary failure, will retry): Greylisted, try again later for <address>");
    }

    @Test
    void anUnreachableServerIsSaidInWordsWithoutJavaTypes() {
        var failure = new RuntimeException(
                "Couldn't connect to host, port: localhost, 25; timeout -1",
                new ConnectException("Connection refused"));

        assertThat(SmtpFailure.reason(failure, "a@b.nl")).isEqualTo("Mail server not reached: Connection refused");
    }

    @Test
    void theRecipientIsRemovedEvenWhereTheServerQuotedItWithoutBrackets() {
        String reason = SmtpFailure.reason(
                new RuntimeException("mailbox piet.jansen@zorg.example is full; " + "contact piet.jansen@zorg.example"),
                "piet.jansen@zorg.example");

        assertThat(reason).doesNotContain("piet").doesNotContain("@").startsWith("Mail not sent: mailbox <address>");
    }
}
