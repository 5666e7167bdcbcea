package uk.permanence.cases.problems;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import uk.permanence.cases.api.InvalidRequest;
import uk.permanence.cases.casefile.CaseRuleViolation;
import uk.permanence.cases.casefile.CaseStateConflict;
import uk.permanence.cases.casefile.FieldError;

/**
 * Turns every refused request into RFC 9457 {@code application/problem+json}, with an {@code errors} list naming
 * each wrong field. A refused command has appended nothing.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = exception.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                ? jackson.getPath().stream().map(reference -> String.valueOf(reference.getPropertyName()))
                        .collect(Collectors.joining("."))
                : "body";
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "Invalid request", "The body is not valid JSON of the "
                        + "expected form.", List.of(new FieldError(field, "cannot be read"))));
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest invalid) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or wrong.",
                invalid.errors());
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ProblemDetail ruleViolation(CaseRuleViolation violation) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Command does not fit the case",
                violation.overridable()
                        ? "A plausibility rule refused this; send an overrideReason to record it anyway."
                        : "A rule refused this command; nothing was recorded.",
                violation.errors());
        problem.setProperty("overridable", violation.overridable());
        return problem;
    }

    @ExceptionHandler(CaseStateConflict.class)
    ProblemDetail stateConflict(CaseStateConflict conflict) {
        return problem(HttpStatus.CONFLICT, "Conflict", conflict.getMessage(), List.of());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException exception) {
        return problem(HttpStatus.CONFLICT, "Conflict", "This case already exists.", List.of());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException exception) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Stale version",
                "The case has changed since the version given in If-Match; read it again.",
                List.of(new FieldError("If-Match", "is not the case's current version")));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException exception) {
        return problem(HttpStatus.CONFLICT, "Conflict", "The case changed while this command was handled; retry.",
                List.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownCase(AggregateNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such case.", List.of());
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }
}
