package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The people rows laid out as a table for the exports, in the viewer's language: name, e-mail, teams, last login,
 * then per mandatory module its status in words, the completion date and the next refresher date. Dates are days in
 * Dutch time (the organisations work there); no ids, so the file reads without the app.
 */
record PeopleTable(List<String> header, List<List<Object>> rows) {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** {@code titles} are the module titles in the viewer's language, in the order of {@code modules}. */
    static PeopleTable of(List<String> modules, List<String> titles, List<PersonRow> people, ExportTexts texts) {
        List<String> header = new ArrayList<>(List.of(texts.name(), texts.email(), texts.teams(), texts.lastLogin()));
        for (String title : titles) {
            header.add(title + ": " + texts.status());
            header.add(title + ": " + texts.completed());
            header.add(title + ": " + texts.nextRefresh());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PersonRow person : people) {
            List<Object> row = new ArrayList<>();
            row.add(person.displayName());
            row.add(person.email());
            row.add(String.join(", ", person.teams()));
            row.add(day(person.lastLoginAt()));
            for (String module : modules) {
                PersonRow.ModuleRow status = person.modules().stream()
                        .filter(m -> m.moduleId().equals(module))
                        .findFirst()
                        .orElse(null);
                row.add(status == null ? "" : texts.status(status.status()));
                row.add(status == null ? null : day(status.completedAt()));
                row.add(status == null ? null : day(status.nextRefreshAt()));
            }
            rows.add(row);
        }
        return new PeopleTable(List.copyOf(header), rows);
    }

    private static @Nullable LocalDate day(@Nullable Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZONE);
    }
}
