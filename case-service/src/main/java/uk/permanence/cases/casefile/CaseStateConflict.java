package uk.permanence.cases.casefile;

/** The command cannot apply to the case as it stands (it is closed, it already exists): answered with 409. */
public class CaseStateConflict extends RuntimeException {

    public CaseStateConflict(String message) {
        super(message);
    }
}
