package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One problem of a draft as the content validator reports it (file, line and column inside the draft's files) and,
 * where it can be told, the field it is about: a dotted YAML key path such as {@code nodes.begin.choices.0.if} in
 * {@code file}, and the 0-based character position inside that field's value (null when unknown).
 *
 * @param severity ERROR or WARNING
 * @param file the draft's file name, e.g. {@code scenario.yaml} or {@code en.yaml}
 * @param line 1-based, 0 when about the whole file
 * @param column 1-based, 0 when unknown
 */
@Serdeable
public record DraftProblem(
        String severity,
        String file,
        int line,
        int column,
        @Nullable String field,
        @Nullable Integer position,
        String message) {}
