package nl.signaal.insight;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A {@link PeopleTable} as CSV: RFC 4180 (comma-separated, CRLF line ends, a field with a comma, quote or line break
 * in double quotes with its quotes doubled), UTF-8 with a byte order mark so Excel does not read the names as
 * Windows-1252. Dates as ISO 8601 ({@code 2026-12-07}). Formula-injection safe: see {@link #cell}.
 */
final class PeopleCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PeopleCsv() {}

    static byte[] of(PeopleTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.copyOf(table.header()));
        for (List<Object> row : table.rows()) {
            line(csv, row);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = cells.get(i);
            csv.append(value instanceof LocalDate day ? day.toString() : cell(value == null ? "" : value.toString()));
        }
        csv.append("\r\n");
    }

    /**
     * One field. A text starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a
     * spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection"); then RFC 4180 quoting.
     */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
