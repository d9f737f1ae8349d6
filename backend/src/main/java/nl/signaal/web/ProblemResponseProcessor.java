package nl.signaal.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Micronaut's own handlers (validation, unreadable JSON, missing arguments, 404/405) answer with
 * problem+json too, with one entry per field. The field is the last part of the violation path,
 * i.e. the JSON property the client sent.
 */
@Primary
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<Problem.FieldError> fields = new ArrayList<>();
        String detail = null;
        for (Error error : context.getErrors()) {
            if (error.getPath().isPresent()) {
                fields.add(new Problem.FieldError(fieldName(error.getPath().get()), error.getMessage()));
            } else if (detail == null) {
                detail = error.getMessage();
            }
        }
        if (!fields.isEmpty()) {
            detail = "The request has invalid fields.";
        }
        if (status.getCode() >= 500) {
            detail = "Something went wrong on our side. Please try again later.";
        }
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                fields.isEmpty() ? null : fields);
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static String fieldName(String path) {
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
