package uk.permanence.cases.problems;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import uk.permanence.cases.casefile.CaseRuleViolation;

/**
 * Turns every rejected request into RFC 9457 {@code application/problem+json} with an {@code errors} list naming
 * each wrong field. A rejected command has appended nothing.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> messagesByField = exception.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.groupingBy(error -> error.getField(), TreeMap::new,
                        Collectors.mapping(error -> error.getDefaultMessage(), Collectors.joining("; "))));
        List<FieldError> errors = messagesByField.entrySet().stream()
                .map(entry -> new FieldError(entry.getKey(), entry.getValue()))
                .toList();
        return badRequest(problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or wrong.",
                errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(unreadable(exception));
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", "A field has a value of the wrong form.",
                    List.of(new FieldError(field, "cannot be read as the expected type")));
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The body is not valid JSON.", List.of());
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ProblemDetail ruleViolation(CaseRuleViolation violation) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Command does not fit the case", violation.getMessage(),
                List.of(new FieldError(violation.field(), violation.getMessage())));
    }

    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class})
    ProblemDetail conflict(RuntimeException exception) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                exception instanceof AggregateStreamCreationException
                        ? "This case already exists." : "The case changed while this command was handled.",
                List.of());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail wrapped(CommandExecutionException exception) throws Throwable {
        Throwable cause = exception.getCause();
        if (cause instanceof CaseRuleViolation violation) {
            return ruleViolation(violation);
        }
        if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
            return conflict((RuntimeException) cause);
        }
        throw exception;
    }

    private static ResponseEntity<Object> badRequest(ProblemDetail problem) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }
}
