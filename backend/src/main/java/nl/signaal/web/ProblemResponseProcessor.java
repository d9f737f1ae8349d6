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
import java.util.Optional;

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
    public MutableHttpResponse<Problem> processResponse(
            @NonNull ErrorContext context, @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<Problem.FieldError> fields = new ArrayList<>();
        String detail = null;
        for (Error error : context.getErrors()) {
            Optional<String> property = JavaWords.property(error.getMessage());
            if (property.isPresent() || error.getPath().isPresent()) {
                String field =
                        property.orElseGet(() -> fieldName(error.getPath().get()));
                fields.add(new Problem.FieldError(field, JavaWords.userWords(error.getMessage())));
            } else if (detail == null) {
                detail = JavaWords.userWords(error.getMessage());
            }
        }
        if (!fields.isEmpty()) {
            detail = "The request has invalid fields.";
        }
        if (status.getCode() >= 500) {
            detail = "Something went wrong on our side. Please try again later.";
        }
        Problem problem = new Problem(
                "about:blank", status.getReason(), status.getCode(), detail, fields.isEmpty() ? null : fields);
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static String fieldName(String path) {
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        int bracket = last.indexOf('[');
        String name = bracket < 0 ? last : last.substring(0, bracket);
        // "/command" is the whole body bound to a parameter: the client knows no such name
        return path.startsWith("/") || name.isEmpty() ? "body" : name;
    }
}
