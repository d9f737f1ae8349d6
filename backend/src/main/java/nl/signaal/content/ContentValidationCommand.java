package nl.signaal.content;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code validate-content [--status <page.md>] [<root>]}: prints every problem (answer cues included, see
 * {@link AnswerCues}), a summary, how complete each translation is and the answer-cue figures per set; with --status also writes that as a Markdown page. Exit code 0 without errors, 1 with errors,
 * 2 for wrong arguments or a page that cannot be written.
 */
public final class ContentValidationCommand {

    public static final String USAGE = "usage: java -jar signaal.jar validate-content [--status <page.md>] [<content>]";

    private ContentValidationCommand() {}

    /** The arguments after validate-content. */
    public static int run(List<String> args, PrintStream out) {
        Path status = null;
        Path root = Path.of("content");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--status") && i + 1 < args.size()) {
                status = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("-") || i != args.size() - 1) {
                out.println(USAGE);
                return 2;
            } else {
                root = Path.of(args.get(i));
            }
        }
        return run(root, status, out);
    }

    public static int run(Path contentRoot, PrintStream out) {
        return run(contentRoot, null, out);
    }

    private static int run(Path contentRoot, Path statusPage, PrintStream out) {
        LoadResult loaded = ContentLoader.load(contentRoot);
        // Answer cues are a gate for authors, not a load error: the server still starts with such content.
        List<AnswerCues.SetFigures> cues = AnswerCues.measure(loaded.content(), contentRoot);
        List<ContentProblem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(AnswerCues.problems(cues, contentRoot));
        problems.sort(Comparator.comparing((ContentProblem p) -> p.file().toString())
                .thenComparingInt(ContentProblem::line)
                .thenComparingInt(ContentProblem::column));
        LoadResult result = new LoadResult(loaded.content(), problems);
        result.problems().forEach(problem -> out.println(problem.format()));
        Path modulesFolder = contentRoot.resolve("modules");
        int modules = Files.isDirectory(modulesFolder)
                ? ModuleReader.folders(modulesFolder).size()
                : 0;
        List<String> kinds = new ArrayList<>(List.of(count(modules, "module")));
        folderCount(contentRoot.resolve("scenarios"), "scenario").ifPresent(kinds::add);
        folderCount(contentRoot.resolve("pooling"), "pooling exercise").ifPresent(kinds::add);
        String counted = kinds.size() == 1
                ? kinds.get(0)
                : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and " + kinds.get(kinds.size() - 1);
        out.println(count(result.errors().size(), "error") + ", "
                + count(result.warnings().size(), "warning") + " in " + counted);
        int exitCode = result.hasErrors() ? 1 : 0;
        if (!Files.isDirectory(contentRoot)) {
            return exitCode;
        }
        TranslationStatus translations = TranslationStatus.of(result.content());
        out.println();
        out.print(translations.table());
        out.println();
        out.print(AnswerCues.table(cues));
        if (statusPage != null) {
            try {
                Files.writeString(statusPage, translations.markdown());
                out.println("wrote " + statusPage);
            } catch (IOException e) {
                out.println("cannot write " + statusPage + ": " + e.getMessage());
                return 2;
            }
        }
        return exitCode;
    }

    /** "3 scenarios" for an optional folder of content, empty when the folder is not there. */
    private static Optional<String> folderCount(Path folder, String noun) {
        return Files.isDirectory(folder)
                ? Optional.of(count(ModuleReader.folders(folder).size(), noun))
                : Optional.empty();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
