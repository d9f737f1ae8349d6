package nl.signaal;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import nl.signaal.authoring.twee.TweeImportCommand;
import nl.signaal.content.ContentValidationCommand;
import nl.signaal.refresher.reminder.PlanRemindersCommand;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Signaal",
                        version = "0.1",
                        description =
                                "Learning platform for recognising and acting on signals of criminal exploitation of young people"))
public class Application {

    static final String USAGE = """
            usage: java -jar signaal.jar [--<setting>=<value> ...]     start the server
                   java -jar signaal.jar validate-content [--status <page.md>] [<content>]
                   java -jar signaal.jar import-twee <story.twee|story.html> <out-dir> [--story <index|name>]
                   java -jar signaal.jar plan-reminders [passes, 1-99]
                   java -jar signaal.jar help""";

    public static void main(String[] args) {
        // Server settings start with "-"; any other first word is a command, and a mistyped one must not quietly
        // start a server (on a production database) instead.
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(command(args, System.out, System.err));
        }
        new Startup().mainClass(Application.class).args(args).start();
    }

    /** Micronaut's start, except that broken content is one clear list of problems rather than a stack trace. */
    private static final class Startup extends Micronaut {
        @Override
        protected void handleStartupException(Environment environment, Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ContentStartup.InvalidContentException) {
                    System.err.println(cause.getMessage());
                    System.exit(1);
                }
            }
            super.handleStartupException(environment, exception);
        }
    }

    /** Runs the command named by {@code args[0]}; the exit code (2: unknown command or wrong arguments). */
    static int command(String[] args, PrintStream out, PrintStream err) {
        switch (args[0]) {
            case "validate-content":
                // An author's check: no server, no database, just the content and an exit code.
                return ContentValidationCommand.run(Arrays.asList(args).subList(1, args.length), out);
            case "import-twee":
                if (args.length != 3 && !(args.length == 5 && args[3].equals("--story"))) {
                    err.println("usage: java -jar signaal.jar import-twee <story.twee|story.html> <out-dir>"
                            + " [--story <index|name>]");
                    return 2;
                }
                return TweeImportCommand.run(
                        Path.of(args[1]), Path.of(args[2]), args.length == 5 ? args[4] : null, out);
            case "plan-reminders":
                if (args.length > 2 || (args.length == 2 && !args[1].matches("[1-9][0-9]?"))) {
                    err.println("usage: java -jar signaal.jar plan-reminders [passes, 1-99]");
                    return 2;
                }
                return PlanRemindersCommand.run(args.length == 2 ? Integer.parseInt(args[1]) : 1, out);
            case "help":
                out.println(USAGE);
                return 0;
            default:
                err.println("signaal: unknown command '" + args[0] + "'");
                err.println(USAGE);
                return 2;
        }
    }
}
