package uk.permanence.webapp.api;

/** What the API answered a milestone: its status, and when it was refused, the problem. */
public record Recording(int status, Problem problem) {

    public boolean recorded() {
        return problem == null;
    }
}
