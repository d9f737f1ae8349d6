package nl.signaal;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import nl.signaal.authoring.twee.TweeImportCommand;
import nl.signaal.content.ContentValidationCommand;
import nl.signaal.refresher.PlanRemindersCommand;

import java.nio.file.Path;
import java.util.Arrays;

@OpenAPIDefinition(info = @Info(title = "Signaal", version = "0.1",
        description = "Learning platform for recognising and acting on signals of criminal exploitation of young people"))
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && "validate-content".equals(args[0])) {
            // An author's check: no server, no database, just the content and an exit code.
            System.exit(ContentValidationCommand.run(Arrays.asList(args).subList(1, args.length), System.out));
        }
        if (args.length > 0 && "import-twee".equals(args[0])) {
            if (args.length != 3) {
                System.err.println("usage: java -jar signaal.jar import-twee <story.twee|story.html> <out-dir>");
                System.exit(2);
            }
            System.exit(TweeImportCommand.run(Path.of(args[1]), Path.of(args[2]), System.out));
        }
        if (args.length > 0 && "plan-reminders".equals(args[0])) {
            if (args.length > 2 || (args.length == 2 && !args[1].matches("[1-9][0-9]?"))) {
                System.err.println("usage: java -jar signaal.jar plan-reminders [passes, 1-99]");
                System.exit(2);
            }
            System.exit(PlanRemindersCommand.run(args.length == 2 ? Integer.parseInt(args[1]) : 1, System.out));
        }
        Micronaut.run(Application.class, args);
    }
}
