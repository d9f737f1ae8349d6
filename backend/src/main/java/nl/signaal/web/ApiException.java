package nl.signaal.web;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * An expected failure of a request that the client can act on; it becomes a problem answer with
 * this status. Features throw it instead of building error responses themselves.
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final List<Problem.FieldError> fieldErrors;
    /** A problem type a client can act on (e.g. {@code webinar-edited}); null for {@code about:blank}. */
    private final String type;

    public ApiException(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    public ApiException(HttpStatus status, String detail, List<Problem.FieldError> fieldErrors) {
        this(status, null, detail, fieldErrors);
    }

    private ApiException(HttpStatus status, String type, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail);
    }

    /** A conflict of a kind the client tells apart by the problem's {@code type}, e.g. {@code webinar-edited}. */
    public static ApiException conflict(String type, String detail) {
        return new ApiException(HttpStatus.CONFLICT, type, detail, List.of());
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "The request has invalid fields.",
                List.of(new Problem.FieldError(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem type: {@code about:blank} unless a more precise one was given. */
    public String type() {
        return type == null ? Problems.BLANK : type;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
