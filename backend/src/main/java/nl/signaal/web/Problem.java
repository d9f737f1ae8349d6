package nl.signaal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer. {@code requestId} (an extension
 * member) is the id in the X-Request-Id header and the log, so that a user can quote it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable List<FieldError> errors,
        @Nullable String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Creator
    public Problem {}

    /** A problem for the request being handled: its id is filled in. */
    public Problem(String type, String title, int status, @Nullable String detail, @Nullable List<FieldError> errors) {
        this(type, title, status, detail, errors, RequestIds.current().orElse(null));
    }

    /** A problem with one input field; {@code field} is the JSON property name. */
    @Serdeable
    public record FieldError(String field, String message) {}
}
