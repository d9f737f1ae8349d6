package nl.signaal.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link PeopleTable} as an Excel workbook (fastexcel, decision 0050): one sheet, the header row frozen and bold,
 * dates as real date cells shown as {@code yyyy-mm-dd}, every other value a text cell. Nothing is ever written as a
 * formula, so a name like {@code =HYPERLINK(...)} stays text: no apostrophe needed, unlike the CSV.
 */
final class PeopleXlsx {
    private static final String DATE = "yyyy-mm-dd";
    private static final double MIN_WIDTH = 10;
    private static final double MAX_WIDTH = 45;

    private PeopleXlsx() {}

    static byte[] of(PeopleTable table, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Signaal", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            List<String> header = table.header();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.width(c, width(table, c));
            }
            sheet.range(0, 0, 0, header.size() - 1)
                    .style()
                    .bold()
                    .wrapText(true)
                    .set();
            sheet.freezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof LocalDate day) {
                        sheet.value(r + 1, c, day);
                        sheet.style(r + 1, c).format(DATE).set();
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Wide enough for the longest value in the column (dates need 10), within limits so no column takes the sheet. */
    private static double width(PeopleTable table, int column) {
        int longest = Math.min(table.header().get(column).length(), 30);
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            longest = Math.max(
                    longest,
                    value instanceof LocalDate
                            ? 10
                            : value == null ? 0 : value.toString().length());
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
    }
}
