package nl.signaal.authoring.twee;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code import-twee <file> <out-dir>}: converts a Twee 3 or Twine 2 HTML story into the scenario folder
 * {@code out-dir} (whose name becomes the scenario id), prints every report entry and a summary, and writes the
 * report as {@code import-report.md} beside the YAML. Exit code 0 when converted (warnings allowed), 1 on errors,
 * in which case nothing is written.
 */
public final class TweeImportCommand {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private TweeImportCommand() {}

    public static int run(Path input, Path outDir, PrintStream out) {
        Report report = new Report();
        String file = input.getFileName() == null
                ? input.toString()
                : input.getFileName().toString();
        String id = outDir.toAbsolutePath().normalize().getFileName() == null
                ? ""
                : outDir.toAbsolutePath().normalize().getFileName().toString();
        TweeConversion.Scenario scenario = null;
        Story story = null;
        if (!ID.matcher(id).matches()) {
            report.error(
                    "",
                    0,
                    "output folder name '" + id + "' is not a scenario id: use lowercase letters, digits"
                            + " and single hyphens (e.g. 'buurtteam-tikkies')");
        } else if (isNonEmptyFolder(outDir)) {
            report.error("", 0, "output folder " + outDir + " is not empty; choose a new folder");
        } else if (!Files.isRegularFile(input)) {
            report.error("", 0, "input file " + input + " does not exist");
        } else {
            try {
                String source = Files.readString(input, StandardCharsets.UTF_8);
                boolean html = isHtml(source);
                story = html ? TwineHtmlParser.parse(source, report) : TweeParser.parse(source, report);
                if (story != null && !report.hasErrors()) {
                    scenario = TweeConversion.convert(story, id, report);
                }
            } catch (IOException e) {
                report.error("", 0, "cannot read " + input + ": " + e.getMessage());
            }
        }
        report.entries().forEach(entry -> out.println(entry.format(file)));
        String counts = count(report.count(Report.Severity.ERROR), "error") + ", "
                + count(report.count(Report.Severity.WARNING), "warning") + ", "
                + report.count(Report.Severity.TODO) + " to do";
        if (scenario == null || report.hasErrors()) {
            out.println("Not imported: " + counts + "; nothing written");
            return 1;
        }
        String summary = "Imported " + count(scenario.nodes(), "node") + " (" + count(scenario.endings(), "ending")
                + "), " + count(scenario.choices(), "choice") + ", " + count(scenario.variables(), "variable") + "; "
                + counts;
        try {
            String title = String.valueOf(scenario.dutch().get("title"));
            String format = story.format().isEmpty()
                    ? "unknown story format"
                    : "story format " + (story.format() + " " + story.formatVersion()).strip();
            ScenarioFolder.write(
                    outDir,
                    scenario,
                    ScenarioFolder.markdown(title, file + " (" + format + ")", summary + ".", report));
        } catch (IOException e) {
            out.println(file + ": error: cannot write " + outDir + ": " + e.getMessage());
            return 1;
        }
        out.println(summary + " -> " + outDir);
        return 0;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Twine 2 HTML has {@code <tw-storydata>}; anything else that starts like markup is treated as HTML too. */
    static boolean isHtml(String source) {
        String head = source.stripLeading().replace("\uFEFF", "");
        return source.toLowerCase(java.util.Locale.ROOT).contains("<tw-storydata") || head.startsWith("<");
    }

    private static boolean isNonEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }
}
