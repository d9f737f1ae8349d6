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

    public ApiException(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    public ApiException(HttpStatus status, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail);
        this.status = status;
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

    public static ApiException invalidField(String field, String message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "The request has invalid fields.",
                List.of(new Problem.FieldError(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
