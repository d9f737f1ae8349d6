package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.signaal.authoring.ReviewApi.DiffLine;
import nl.signaal.authoring.ReviewApi.FileDiff;
import nl.signaal.authoring.ReviewApi.Hunk;
import org.junit.jupiter.api.Test;

/** Unified-diff style hunks: three lines of context, hunks apart when more than six unchanged lines lie between. */
class DiffsTest {

    private static String numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "regel " + i).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String render(Hunk hunk) {
        return hunk.lines().stream()
                .map(line -> switch (line.kind()) {
                    case "added" -> "+" + line.newLine() + " " + line.text();
                    case "removed" -> "-" + line.oldLine() + " " + line.text();
                    default -> " " + line.oldLine() + "/" + line.newLine() + " " + line.text();
                })
                .collect(Collectors.joining("\n"));
    }

    @Test
    void farApartChangesMakeTwoHunksWithThreeLinesOfContext() {
        String before = numbered(20);
        String after = before.replace("regel 2\n", "regel twee\n").replace("regel 15\n", "");

        List<Hunk> hunks = Diffs.hunks(Diffs.lines(before), Diffs.lines(after));

        assertThat(hunks).hasSize(2);
        assertThat(render(hunks.get(0)))
                .isEqualTo(" 1/1 regel 1\n-2 regel 2\n+2 regel twee\n 3/3 regel 3\n 4/4 regel 4\n 5/5 regel 5");
        assertThat(render(hunks.get(1)))
                .isEqualTo(" 12/12 regel 12\n 13/13 regel 13\n 14/14 regel 14\n-15 regel 15\n"
                        + " 16/15 regel 16\n 17/16 regel 17\n 18/17 regel 18");
    }

    @Test
    void nearChangesShareOneHunk() {
        String before = numbered(12);
        String after = before.replace("regel 3\n", "regel drie\n").replace("regel 9\n", "regel negen\nerbij\n");

        List<Hunk> hunks = Diffs.hunks(Diffs.lines(before), Diffs.lines(after));

        assertThat(hunks).hasSize(1);
        List<DiffLine> lines = hunks.get(0).lines();
        assertThat(lines.get(lines.size() - 1)).isEqualTo(new DiffLine("context", 12, 13, "regel 12"));
    }

    @Test
    void filesComeInNameOrderWithTheirStatus() {
        List<FileDiff> files = Diffs.between(
                Map.of("nl.yaml", "a\n", "scenario.yaml", "id: x\n", "ar.yaml", "b\n"),
                Map.of("nl.yaml", "a\n", "scenario.yaml", "id: y\n", "en.yaml", "c\n"));

        assertThat(files)
                .extracting(FileDiff::file, FileDiff::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ar.yaml", "removed"),
                        org.assertj.core.groups.Tuple.tuple("en.yaml", "added"),
                        org.assertj.core.groups.Tuple.tuple("nl.yaml", "same"),
                        org.assertj.core.groups.Tuple.tuple("scenario.yaml", "changed"));
        assertThat(files.get(1).hunks().get(0).lines()).containsExactly(new DiffLine("added", null, 1, "c"));
    }
}
