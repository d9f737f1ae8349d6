package nl.signaal.refresher.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that refuses every recipient the way a real one does ("550 5.1.1 <address>: ... User unknown"), so
 * a test sees the exception text that carries the learner's address.
 */
final class RejectingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    /** On {@link nl.signaal.TestSmtp#PORT}: Jakarta Mail keeps the JVM's first mail session and its port. */
    RejectingSmtpServer() {
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), nl.signaal.TestSmtp.PORT), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "rejecting-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException | RuntimeException e) {
                // closed by the test, or a client that hung up: wait for the next one
            }
        }
    }

    private static void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        out.print("220 rejecting.test ESMTP\r\n");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("RCPT TO:")) {
                String address = line.substring("RCPT TO:".length()).trim();
                out.print("550 5.1.1 " + address
                        + ": Recipient address rejected: User unknown in virtual mailbox table\r\n");
            } else if (command.startsWith("QUIT")) {
                out.print("221 2.0.0 Bye\r\n");
                out.flush();
                return;
            } else if (command.startsWith("DATA")) {
                out.print("554 5.5.1 Error: no valid recipients\r\n");
            } else {
                out.print("250 OK\r\n");
            }
            out.flush();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
