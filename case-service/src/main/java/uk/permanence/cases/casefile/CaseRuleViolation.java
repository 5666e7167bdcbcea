package uk.permanence.cases.casefile;

import java.util.List;

/**
 * A command that does not fit the case, naming each offending field. Nothing is recorded. When every breach is of
 * a plausibility rule, the client may record the milestone anyway by giving an {@code overrideReason}.
 */
public class CaseRuleViolation extends RuntimeException {

    private final List<FieldError> errors;
    private final boolean overridable;

    public CaseRuleViolation(List<FieldError> errors, boolean overridable) {
        super(errors.stream().map(error -> error.field() + " " + error.message()).reduce((a, b) -> a + "; " + b)
                .orElse("rule broken"));
        this.errors = List.copyOf(errors);
        this.overridable = overridable;
    }

    public CaseRuleViolation(String field, String message) {
        this(List.of(new FieldError(field, message)), false);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean overridable() {
        return overridable;
    }
}
