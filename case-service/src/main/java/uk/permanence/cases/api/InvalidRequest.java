package uk.permanence.cases.api;

import java.util.List;
import uk.permanence.cases.casefile.FieldError;

/** A request that is malformed: answered with 400, naming each wrong field. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super("invalid request");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
