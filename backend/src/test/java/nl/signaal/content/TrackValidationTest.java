package nl.signaal.content;

import static nl.signaal.content.Fixtures.error;
import static nl.signaal.content.Fixtures.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One defect per test in a copy of the valid fixture's track content/tracks/leren-begeleiden, the edit written out in
 * the test so the defect is visible beside the problem it must give (file and line).
 */
class TrackValidationTest {

    private static final String FOLDER = "content/tracks/leren-begeleiden/";
    private static final String TRACK = FOLDER + "track.yaml";
    private static final String NL = FOLDER + "nl.yaml";
    private static final String EN = FOLDER + "en.yaml";

    @TempDir
    Path temp;

    private int copies;

    private List<ContentProblem> problems(String file, String from, String to) throws IOException {
        return load(file, from, to).problems().stream()
                .filter(problem -> problem.file().toString().replace('\\', '/').startsWith("content/tracks/"))
                .toList();
    }

    private LoadResult load(String file, String from, String to) throws IOException {
        Path content = copyOfValidContent();
        Path target = content.resolve("tracks/leren-begeleiden/" + file);
        String text = Files.readString(target);
        assertThat(text).contains(from);
        Files.writeString(target, text.replace(from, to));
        return ContentLoader.load(content);
    }

    @Test
    void theUneditedCopyLoadsTheTrack() throws IOException {
        LoadResult result = load("track.yaml", "", "");
        assertThat(result.problems())
                .filteredOn(problem -> problem.file().toString().contains("tracks"))
                .isEmpty();
        Track track = result.content().track("leren-begeleiden").orElseThrow();
        assertThat(track.version()).isEqualTo(1);
        assertThat(track.requiredModules()).containsExactly("wat-is-criminele-uitbuiting");
        assertThat(track.facilitation()).containsExactly("signalen-herkennen");
        assertThat(track.allModules()).containsExactly("wat-is-criminele-uitbuiting", "signalen-herkennen");
        assertThat(track.requiredCases()).isEqualTo(new Track.RequiredCases(1, List.of("tikkies")));
        assertThat(track.practical()).isEqualTo(new Track.Practical(1, 3, 5));
        assertThat(track.validityYears()).isEqualTo(2);
        assertThat(track.keptValidBy()).isEqualTo(new Track.KeptValidBy(true, 1));
        assertThat(track.studyMinutes()).isEqualTo(240);
        assertThat(track.title().in("en").text()).isEqualTo("Learning to facilitate");
        assertThat(track.steps().reflectionHtml().in("nl").text()).contains("Schrijf een reflectie.");
    }

    @Test
    void reportsAnUnknownRequiredModuleWithSuggestion() throws IOException {
        assertThat(problems(
                        "track.yaml",
                        "requiredModules: [wat-is-criminele-uitbuiting]",
                        "requiredModules: [wat-is-criminele-uitbuitin]"))
                .containsExactly(error(
                        TRACK,
                        4,
                        "unknown module 'wat-is-criminele-uitbuitin' (did you mean 'wat-is-criminele-uitbuiting'?)"
                                + " in 'requiredModules' (not a folder in content/modules/)"));
    }

    @Test
    void reportsAnUnknownFacilitationModule() throws IOException {
        assertThat(problems("track.yaml", "facilitation: [signalen-herkennen]", "facilitation: [sessies-begeleiden]"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
                    assertThat(problem.file()).isEqualTo(Path.of(TRACK));
                    assertThat(problem.line()).isEqualTo(8);
                    assertThat(problem.message())
                            .startsWith("unknown module 'sessies-begeleiden'")
                            .endsWith("in 'facilitation' (not a folder in content/modules/)");
                });
    }

    @Test
    void reportsAnUnknownCase() throws IOException {
        assertThat(problems("track.yaml", "from: [tikkies]", "from: [tikies]"))
                .containsExactly(error(
                        TRACK,
                        7,
                        "unknown scenario 'tikies' (did you mean 'tikkies'?) in 'from' (not a folder in"
                                + " content/scenarios/)"));
    }

    @Test
    void reportsMoreCasesThanCanCount() throws IOException {
        assertThat(problems("track.yaml", "atLeast: 1\n  from", "atLeast: 2\n  from"))
                .containsExactly(error(
                        TRACK,
                        6,
                        "'atLeast' in requiredCases is 2 but only 1 cases can count: nobody could complete this"
                                + " track"));
    }

    @Test
    void acceptsAllCasesButNoOtherWord() throws IOException {
        assertThat(problems("track.yaml", "from: [tikkies]", "from: all")).isEmpty();
        assertThat(problems("track.yaml", "from: [tikkies]", "from: some"))
                .containsExactly(
                        error(TRACK, 7, "'from' in requiredCases must be a list of case ids or 'all', not 'some'"));
    }

    @Test
    void reportsABadNumber() throws IOException {
        assertThat(problems("track.yaml", "minParticipants: 3", "minParticipants: drie"))
                .containsExactly(error(
                        TRACK, 12, "'minParticipants' in practical.liveSessions must be a whole number, not 'drie'"));
        assertThat(problems("track.yaml", "years: 2", "years: 0"))
                .containsExactly(error(TRACK, 16, "'years' in validity must be a positive whole number, not 0"));
        assertThat(problems("track.yaml", "liveSessionsPerYear: 1", "liveSessionsPerYear: -1"))
                .containsExactly(
                        error(TRACK, 19, "'liveSessionsPerYear' must be 0 or a positive whole number, not -1"));
    }

    @Test
    void reportsAModuleListedTwice() throws IOException {
        assertThat(problems(
                        "track.yaml",
                        "facilitation: [signalen-herkennen]",
                        "facilitation: [wat-is-criminele-uitbuiting]"))
                .containsExactly(error(
                        TRACK,
                        8,
                        "module 'wat-is-criminele-uitbuiting' is both in 'requiredModules' and in 'facilitation';"
                                + " list it once"));
    }

    @Test
    void reportsAMissingField() throws IOException {
        assertThat(problems("track.yaml", "studyMinutes: 240\n", ""))
                .containsExactly(error(TRACK, 1, "missing required field 'studyMinutes'"));
    }

    @Test
    void warnsAboutAnExtraKey() throws IOException {
        assertThat(problems("track.yaml", "studyMinutes: 240\n", "studyMinutes: 240\nlevel: 2\n"))
                .containsExactly(warning(
                        TRACK,
                        21,
                        "unknown key 'level' is ignored (expected id, version, order, requiredModules, requiredCases,"
                                + " facilitation, practical, validity, keptValidBy, studyMinutes)"));
    }

    @Test
    void reportsAMissingDutchText() throws IOException {
        assertThat(problems("nl.yaml", "  reflection: \"Schrijf een reflectie.\"\n", ""))
                .containsExactly(error(NL, 3, "missing Dutch (nl) text for steps.reflection"));
    }

    @Test
    void warnsAboutAMissingEnglishText() throws IOException {
        assertThat(problems("en.yaml", "  keepValid: \"Keep practising.\"\n", ""))
                .containsExactly(
                        warning(EN, 3, "missing English (en) text for steps.keepValid (the Dutch text is shown)"));
    }

    @Test
    void reportsAnUnknownStepText() throws IOException {
        assertThat(problems("nl.yaml", "  keepValid:", "  keepValidd:"))
                .contains(warning(NL, 9, "unknown key 'keepValidd' in steps is ignored (did you mean 'keepValid'?)"));
    }

    @Test
    void reportsAnIdThatIsNotTheFolderName() throws IOException {
        assertThat(problems("track.yaml", "id: leren-begeleiden", "id: leren"))
                .containsExactly(error(TRACK, 1, "track id 'leren' does not match its folder name 'leren-begeleiden'"));
    }

    @Test
    void theShippedTrackNamesTheLearnerModulesAndThreeCases() {
        LoadResult shipped = ContentLoader.load(Path.of("../content"));
        Track track = shipped.content()
                .track("aandachtsfunctionaris-criminele-uitbuiting")
                .orElseThrow(() -> new AssertionError(shipped.errors()));
        assertThat(track.requiredModules()).hasSize(6);
        assertThat(track.facilitation()).containsExactly("sessies-begeleiden");
        assertThat(track.requiredCases().atLeast()).isEqualTo(3);
        assertThat(track.practical()).isEqualTo(new Track.Practical(1, 3, 150));
        assertThat(track.validityYears()).isEqualTo(2);
    }

    private Path copyOfValidContent() throws IOException {
        // A fresh copy per load: some tests load more than one edit.
        Path content = temp.resolve("copy-" + copies++).resolve("content");
        Path from = Fixtures.valid();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = content.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return content;
    }
}
