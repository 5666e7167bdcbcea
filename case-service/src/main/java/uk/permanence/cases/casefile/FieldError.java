package uk.permanence.cases.casefile;

/** One wrong field in a rejected request, as listed in the problem's {@code errors}. */
public record FieldError(String field, String message) {
}
