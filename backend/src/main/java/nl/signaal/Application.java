package nl.signaal;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import nl.signaal.content.ContentValidationCommand;

import java.nio.file.Path;

@OpenAPIDefinition(info = @Info(title = "Signaal", version = "0.1",
        description = "Learning platform for recognising and acting on signals of criminal exploitation of young people"))
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && "validate-content".equals(args[0])) {
            // An author's check: no server, no database, just the content and an exit code.
            Path root = Path.of(args.length > 1 ? args[1] : "content");
            System.exit(ContentValidationCommand.run(root, System.out));
        }
        Micronaut.run(Application.class, args);
    }
}
