package nl.signaal.refresher;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.refresher.RefresherApi.LearnerStatusView;
import nl.signaal.refresher.RefresherApi.ModuleStatusView;

/**
 * The coordinator overview as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line
 * break in double quotes with its quotes doubled). A cell starting with = + - @ (or a tab or carriage return) gets a
 * leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 */
final class StatusCsv {
    private StatusCsv() {}

    static String of(List<String> modules, List<LearnerStatusView> learners) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("userId", "displayName", "roles"));
        header.addAll(modules);
        line(csv, header);
        for (LearnerStatusView learner : learners) {
            List<String> row = new ArrayList<>(
                    List.of(learner.userId().toString(), learner.displayName(), String.join(" ", learner.roles())));
            for (String module : modules) {
                row.add(learner.modules().stream()
                        .filter(m -> m.moduleId().equals(module))
                        .findFirst()
                        .map(ModuleStatusView::status)
                        .map(Enum::name)
                        .orElse(""));
            }
            line(csv, row);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
