package nl.signaal.authoring.twee;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaal.content.Content;

/**
 * {@code import-twee <file> <out-dir> [--story <name|index>]}: converts a Twee 3 or Twine 2 HTML story into the
 * scenario folder {@code out-dir} (whose name becomes the scenario id), prints every report entry and a summary, and
 * writes the report as {@code import-report.md} beside the YAML. Exit codes: 0 imported (warnings allowed); 1 not
 * imported, nothing written (errors in the file, or a library archive with several stories and no {@code --story}:
 * the stories are listed); 3 imported with problems: written, but validate-content rejects the scenario (the
 * problems are listed with their passages).
 */
public final class TweeImportCommand {

    /** Written, but the scenario cannot (2 is the launcher's "wrong arguments") be played until the listed problems are fixed. */
    public static final int IMPORTED_WITH_PROBLEMS = 3;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private TweeImportCommand() {}

    public static int run(Path input, Path outDir, PrintStream out) {
        return run(input, outDir, null, out);
    }

    /** {@code story}: the story of a library archive to import, by index (from 1) or name; null for the only one. */
    public static int run(Path input, Path outDir, String story, PrintStream out) {
        String file = input.getFileName() == null
                ? input.toString()
                : input.getFileName().toString();
        String id = outDir.toAbsolutePath().normalize().getFileName() == null
                ? ""
                : outDir.toAbsolutePath().normalize().getFileName().toString();
        String refusal = null;
        if (!ID.matcher(id).matches()) {
            refusal = "output folder name '" + id + "' is not a scenario id: use lowercase letters, digits"
                    + " and single hyphens (e.g. 'buurtteam-tikkies')";
        } else if (isNonEmptyFolder(outDir)) {
            refusal = "output folder " + outDir + " is not empty; choose a new folder";
        } else if (!Files.isRegularFile(input)) {
            refusal = "input file " + input + " does not exist";
        }
        String source = null;
        if (refusal == null) {
            try {
                source = Files.readString(input, StandardCharsets.UTF_8);
            } catch (IOException e) {
                refusal = "cannot read " + input + ": " + e.getMessage();
            }
        }
        if (refusal != null) {
            out.println(file + ": error: " + refusal);
            out.println("Not imported: 1 error, 0 warnings, 0 to do; nothing written");
            return 1;
        }
        TwineImport twine = TwineImport.read(file, source);
        List<TwineImport.StoryChoice> stories = twine.stories();
        int index = 1;
        if (story != null) {
            Optional<TwineImport.StoryChoice> chosen = twine.story(story);
            if (chosen.isEmpty()) {
                out.println(file + ": error: there is no story '" + story + "' in the file");
                listStories(stories, out);
                return 1;
            }
            index = chosen.get().index();
        } else if (stories.size() > 1) {
            out.println(file + ": error: the file holds " + stories.size() + " stories; choose one with --story"
                    + " <index|name>");
            listStories(stories, out);
            return 1;
        }
        TwineImport.Result result = twine.convert(index, id, new Content(List.of()));
        result.findings().forEach(f -> out.println(f.format(file)));
        if (result.status() == TwineImport.Status.NOT_IMPORTED) {
            out.println(result.summary());
            return 1;
        }
        try {
            ScenarioFolder.write(outDir, result.files(), result.reportMarkdown());
        } catch (IOException e) {
            out.println(file + ": error: cannot write " + outDir + ": " + e.getMessage());
            return 1;
        }
        out.println(result.summary() + " -> " + outDir);
        return result.status() == TwineImport.Status.IMPORTED ? 0 : IMPORTED_WITH_PROBLEMS;
    }

    private static void listStories(List<TwineImport.StoryChoice> stories, PrintStream out) {
        for (TwineImport.StoryChoice s : stories) {
            out.println("  " + s.index() + ". " + s.name() + (s.ifid().isEmpty() ? "" : " (IFID " + s.ifid() + ")"));
        }
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
