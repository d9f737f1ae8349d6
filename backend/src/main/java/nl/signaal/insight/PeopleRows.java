package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The individual rows behind the people list and the exports (part "status" implements it; part "exports" shows and
 * audits them). {@code module} and {@code status} narrow the rows to people with that status in that module (or in
 * any mandatory module when {@code module} is null).
 */
public interface PeopleRows {
    List<PersonRow> rows(InsightScope scope, @Nullable String module, @Nullable String status);

    /** The organisation's mandatory modules in the order the rows list them. */
    List<String> mandatoryModules(InsightScope scope);
}
