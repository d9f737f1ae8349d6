package nl.signaal.authoring;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.content.AnswerCues;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.ContentProblem;
import nl.signaal.content.LoadResult;

/**
 * Checks a draft with the validator content/ is checked with: a draft's problems are exactly those
 * {@code validate-content} would print for the same files (answer cues included), each also with the field it is
 * about and the position inside that field's value.
 */
@Singleton
class CheckingDrafts {
    static final Path CONTENT = Path.of("content");

    // Missing texts are reported at the nearest existing parent key; the message names the missing key itself.
    private static final Pattern MISSING_TEXT = Pattern.compile("^missing .+? text for (\\S+)");
    // The readers know a draft's content id as its folder name.
    private static final Pattern FOLDER_NAME = Pattern.compile("does not match its folder name '([^']*)'");

    private final Content content;

    CheckingDrafts(Content content) {
        this.content = content;
    }

    List<DraftProblem> check(String kind, String contentId, Map<String, String> files) {
        LoadResult result = read(kind, contentId, files);
        List<ContentProblem> problems = new ArrayList<>(result.problems());
        problems.addAll(AnswerCues.problems(AnswerCues.measure(result.content(), CONTENT), CONTENT));
        Map<String, DraftYaml> parsed = new HashMap<>();
        return problems.stream().map(problem -> problem(problem, files, parsed)).toList();
    }

    /** The draft read as content/ would be: the scenario, or the module and its refresher items, when valid. */
    LoadResult read(String kind, String contentId, Map<String, String> files) {
        return AuthoredItem.SCENARIO.equals(kind)
                ? ContentLoader.checkScenario(contentId, files, content)
                : ContentLoader.checkModule(contentId, files, content);
    }

    private static DraftProblem problem(
            ContentProblem problem, Map<String, String> files, Map<String, DraftYaml> parsed) {
        String file = draftFile(problem.file());
        String field = null;
        Integer position = null;
        Matcher missing = MISSING_TEXT.matcher(problem.message());
        if (missing.find()) {
            field = missing.group(1);
        } else if (files.containsKey(file)) {
            DraftYaml.Place place = parsed.computeIfAbsent(file, name -> DraftYaml.of(files.get(name)))
                    .at(problem.line(), problem.column())
                    .orElse(null);
            if (place != null) {
                field = place.field();
                position = place.position();
            }
        }
        String message =
                FOLDER_NAME.matcher(problem.message()).replaceAll("does not match this item's content id '$1'");
        return new DraftProblem(
                problem.severity().name(), file, problem.line(), problem.column(), field, position, message);
    }

    /** content/scenarios/x/nl.yaml → nl.yaml; content/refreshers/x/nl.yaml → refreshers/nl.yaml; a folder → "". */
    static String draftFile(Path shown) {
        if (shown.getNameCount() < 4) {
            return "";
        }
        String inFolder = shown.subpath(3, shown.getNameCount()).toString().replace('\\', '/');
        return shown.getName(1).toString().equals("refreshers") ? "refreshers/" + inFolder : inFolder;
    }
}
