package uk.permanence.cases.casefile;

/** A command that does not fit the case: names the offending field. Nothing is recorded. */
public class CaseRuleViolation extends RuntimeException {

    private final String field;

    public CaseRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
