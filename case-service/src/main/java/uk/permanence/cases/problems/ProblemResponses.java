package uk.permanence.cases.problems;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import uk.permanence.cases.api.InvalidRequest;
import uk.permanence.cases.casefile.CaseRuleViolation;
import uk.permanence.cases.casefile.CaseStateConflict;
import uk.permanence.cases.casefile.DuplicateMilestone;
import uk.permanence.cases.casefile.FieldError;

/**
 * Turns every refused request into RFC 9457 {@code application/problem+json}, with an {@code errors} list naming
 * each wrong field. A refused command has appended nothing.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final MeterRegistry meters;

    ProblemResponses(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = exception.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                ? jackson.getPath().stream().map(reference -> String.valueOf(reference.getPropertyName()))
                        .collect(Collectors.joining("."))
                : "body";
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(rejected("malformed", problem(HttpStatus.BAD_REQUEST, "Invalid request", "The body is not "
                        + "valid JSON of the expected form.", List.of(new FieldError(field, "cannot be read")))));
    }

    /** An upload (SSDA903 files) over spring.servlet.multipart's bounds: nothing is read, nothing changes. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(rejected("too-large", problem(HttpStatus.BAD_REQUEST, "Invalid request",
                        "The upload is larger than the service accepts.", List.of(new FieldError("files",
                                "a file or the whole upload is too large (the limits are in the service's "
                                        + "spring.servlet.multipart settings)")))));
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest invalid) {
        return rejected("invalid", problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "Some fields are missing or wrong.", invalid.errors()));
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ProblemDetail ruleViolation(CaseRuleViolation violation) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Command does not fit the case",
                violation.overridable()
                        ? "A plausibility rule refused this; send an overrideReason to record it anyway."
                        : "A rule refused this command; nothing was recorded.",
                violation.errors());
        problem.setProperty("overridable", violation.overridable());
        return rejected(violation.overridable() ? "plausibility-rule" : "rule", problem);
    }

    @ExceptionHandler(CaseStateConflict.class)
    ProblemDetail stateConflict(CaseStateConflict conflict) {
        return rejected("case-state", problem(HttpStatus.CONFLICT, "Conflict", conflict.getMessage(), List.of()));
    }

    @ExceptionHandler(DuplicateMilestone.class)
    ProblemDetail duplicate(DuplicateMilestone duplicate) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Duplicate milestone", duplicate.getMessage(), List.of());
        problem.setType(DuplicateMilestone.TYPE);
        return rejected("case-state", problem);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException exception) {
        return rejected("already-exists", problem(HttpStatus.CONFLICT, "Conflict", "This case already exists.",
                List.of()));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException exception) {
        return rejected("stale-version", problem(HttpStatus.PRECONDITION_FAILED, "Stale version",
                "The case has changed since the version given in If-Match; read it again.",
                List.of(new FieldError("If-Match", "is not the case's current version"))));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException exception) {
        return rejected("concurrent-change", problem(HttpStatus.CONFLICT, "Conflict",
                "The case changed while this command was handled; retry.", List.of()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownCase(AggregateNotFoundException exception) {
        return rejected("unknown-case", problem(HttpStatus.NOT_FOUND, "Not found", "There is no such case.",
                List.of()));
    }

    /** Counts and logs a refused command by reason, a small fixed set: never by case or field value. */
    private ProblemDetail rejected(String reason, ProblemDetail problem) {
        meters.counter("case_commands_rejected", "reason", reason).increment();
        log.info("Command refused ({}): {} {}", reason, problem.getStatus(), problem.getDetail());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }
}
