package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.signaal.refresher.RefresherApi.LearnerStatusView;
import nl.signaal.refresher.RefresherApi.ModuleStatusView;
import org.junit.jupiter.api.Test;

class StatusCsvTest {

    @Test
    void writesAHeaderAndARowPerLearnerWithCrLf() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String csv = StatusCsv.of(
                List.of("m1", "m2"),
                List.of(new LearnerStatusView(
                        id,
                        "Anna",
                        List.of("LEARNER"),
                        List.of(
                                new ModuleStatusView("m1", ModuleStatus.CURRENT),
                                new ModuleStatusView("m2", ModuleStatus.NOT_COMPLETED)))));

        assertThat(csv)
                .isEqualTo("userId,displayName,roles,m1,m2\r\n"
                        + "00000000-0000-0000-0000-000000000001,Anna,LEARNER,CURRENT,NOT_COMPLETED\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Asks() {
        assertThat(StatusCsv.cell("Jansen, Piet")).isEqualTo("\"Jansen, Piet\"");
        assertThat(StatusCsv.cell("Piet \"PJ\" Jansen")).isEqualTo("\"Piet \"\"PJ\"\" Jansen\"");
        assertThat(StatusCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(StatusCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsAFormula() {
        assertThat(StatusCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(StatusCsv.cell("+31 6")).isEqualTo("'+31 6");
        assertThat(StatusCsv.cell("-2")).isEqualTo("'-2");
        assertThat(StatusCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(StatusCsv.cell("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(StatusCsv.cell("Anna-Maria")).isEqualTo("Anna-Maria");
    }
}
