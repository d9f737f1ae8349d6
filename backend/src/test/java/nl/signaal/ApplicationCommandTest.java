package nl.signaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApplicationCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anUnknownCommandPrintsTheRealCommandsAndExitsWithTwoInsteadOfStartingTheServer() {
        int exit = Application.command(new String[] {"frobnicate"}, print(out), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(text(err))
                .contains("unknown command 'frobnicate'")
                .contains("validate-content")
                .contains("import-twee")
                .contains("plan-reminders");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(Application.command(new String[] {"help"}, print(out), print(err)))
                .isZero();
        assertThat(text(out)).contains("validate-content").contains("start the server");
    }

    @Test
    void wrongArgumentsToAKnownCommandExitWithTwo() {
        assertThat(Application.command(new String[] {"import-twee", "only-one"}, print(out), print(err)))
                .isEqualTo(2);
        assertThat(text(err)).contains("usage: java -jar signaal.jar import-twee");
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
