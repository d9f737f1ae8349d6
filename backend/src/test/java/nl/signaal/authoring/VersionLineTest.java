package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The version line is rewritten in place: only the number changes, every other byte stays. */
class VersionLineTest {

    @Test
    void changesOnlyTheNumber() {
        String text = "# Casus\r\nid: klusjes\r\nversion: 3  # papier\r\nnodes:\r\n  a:\r\n    version: 9\r\n";

        assertThat(VersionLine.write(text, 12))
                .isEqualTo("# Casus\r\nid: klusjes\r\nversion: 12  # papier\r\nnodes:\r\n  a:\r\n    version: 9\r\n");
    }

    @Test
    void readsTheTopLevelNumberOnly() {
        assertThat(VersionLine.read("id: a\nversion: 4 # x\n")).hasValue(4);
        assertThat(VersionLine.read("id: a\nnodes:\n  version: 4\n")).isEmpty();
        assertThat(VersionLine.read("id: a\nversion: vier\n")).isEmpty();
    }

    @Test
    void addsAVersionLineAfterTheIdWhenThereIsNone() {
        assertThat(VersionLine.write("id: a\norder: 1\n", 2)).isEqualTo("id: a\nversion: 2\norder: 1\n");
        assertThat(VersionLine.write("id: a", 2)).isEqualTo("id: a\nversion: 2\n");
        assertThat(VersionLine.write("order: 1\n", 2)).isEqualTo("version: 2\norder: 1\n");
    }
}
