package nl.signaal.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** The one place that turns a status and a message into a problem answer. */
public final class Problems {
    static final String BLANK = "about:blank";

    private Problems() {}

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail) {
        return of(status, detail, List.of());
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail, List<Problem.FieldError> errors) {
        return of(BLANK, status, detail, errors);
    }

    /** A problem of a type the client tells apart (e.g. {@code webinar-edited}). */
    public static MutableHttpResponse<Problem> of(
            String type, HttpStatus status, String detail, List<Problem.FieldError> errors) {
        Problem problem =
                new Problem(type, status.getReason(), status.getCode(), detail, errors.isEmpty() ? null : errors);
        return HttpResponse.<Problem>status(status).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
