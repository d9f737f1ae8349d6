package nl.signaal.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code validate-content <root>}: prints every problem and a summary; exit code 0 without errors, else 1. */
public final class ContentValidationCommand {

    private ContentValidationCommand() {
    }

    public static int run(Path contentRoot, PrintStream out) {
        LoadResult result = ContentLoader.load(contentRoot);
        result.problems().forEach(problem -> out.println(problem.format()));
        Path modulesFolder = contentRoot.resolve("modules");
        int modules = Files.isDirectory(modulesFolder) ? ModuleReader.folders(modulesFolder).size() : 0;
        Path scenariosFolder = contentRoot.resolve("scenarios");
        String scenarios = Files.isDirectory(scenariosFolder)
                ? " and " + count(ModuleReader.folders(scenariosFolder).size(), "scenario") : "";
        out.println(count(result.errors().size(), "error") + ", " + count(result.warnings().size(), "warning")
                + " in " + count(modules, "module") + scenarios);
        return result.hasErrors() ? 1 : 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
