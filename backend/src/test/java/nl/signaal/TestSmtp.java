package nl.signaal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The one SMTP port for every test with an in-process GreenMail server. Jakarta Mail keeps the first mail session of
 * the JVM (its properties, host and port included) for the test classes after it, so each class that starts its own
 * server must start it on this same port and with the same settings.
 */
public final class TestSmtp {
    public static final int PORT = freePort();

    private TestSmtp() {}

    public static Map<String, String> properties() {
        return Map.of(
                "javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(PORT),
                "javamail.properties.mail.smtp.connectiontimeout", "2000",
                "javamail.properties.mail.smtp.timeout", "5000");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
