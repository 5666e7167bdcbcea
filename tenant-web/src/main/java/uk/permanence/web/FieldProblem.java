package uk.permanence.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 problem (RFC 9457) naming each request field that is wrong, in the {@code errors} list clients read. */
public final class FieldProblem {

    private FieldProblem() {
    }

    public static ErrorResponseException badRequest(String field, String message) {
        return badRequest(Map.of(field, message));
    }

    /** A 400 problem naming several wrong fields, in the map's order. */
    public static ErrorResponseException badRequest(Map<String, String> messagesByField) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messagesByField.entrySet()
                .stream().map(error -> error.getKey() + " " + error.getValue()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", messagesByField.entrySet().stream()
                .map(error -> Map.of("field", error.getKey(), "message", error.getValue())).toList());
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
