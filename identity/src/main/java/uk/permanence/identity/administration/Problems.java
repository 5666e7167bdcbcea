package uk.permanence.identity.administration;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 answers of the administration API, with each wrong field named in {@code errors} as every service does. */
final class Problems {

    private Problems() {
    }

    static ErrorResponseException badRequest(Map<String, String> messagesByField) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messagesByField.entrySet()
                .stream().map(error -> error.getKey() + " " + error.getValue()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", messagesByField.entrySet().stream()
                .map(error -> Map.of("field", error.getKey(), "message", error.getValue())).toList());
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException of(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
