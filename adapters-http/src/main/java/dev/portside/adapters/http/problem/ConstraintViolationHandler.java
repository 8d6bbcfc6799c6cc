package dev.portside.adapters.http.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures at the edge (annotated request records and parameters), reported with the
 * API's field names: the last node of the property path, e.g. {@code username} or {@code items[0].quantity}.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
public final class ConstraintViolationHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ProblemResponses responses;

    public ConstraintViolationHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return responses.response(Problems.invalid(errors));
    }

    // paths look like "register.request.username" or "place.request.items[0].quantity": drop the
    // method and parameter nodes, keep what the client sent; a bare parameter keeps its own name
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : parameter;
    }
}
