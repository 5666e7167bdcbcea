package uk.permanence.webapp.api;

/**
 * What the API answered a milestone: the case's new version when it was recorded, else the refusal's status and
 * problem.
 */
public record Recording(int status, Long version, Problem problem) {

    public boolean recorded() {
        return problem == null;
    }
}
