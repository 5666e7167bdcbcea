package uk.permanence.webapp.admin;

import java.util.List;
import java.util.Map;

/**
 * A refusal of the administration API as the page shows it: the problem's {@code detail}, and each wrong field
 * named in {@code errors}, for the GOV.UK error summary (linked to the field) and the field's own message.
 */
record Problem(String detail, List<FieldError> errors) {

    private static final Map<String, String> LABELS = Map.of("username", "Username", "role", "Role",
            "councils", "Councils", "raa", "RAA", "vaa", "VAA", "tenant", "Who they work for", "clientId",
            "Client id", "name", "Name", "required", "Whether a second factor is required", "council", "Council");

    Problem {
        errors = errors == null ? List.of() : errors;
    }

    record FieldError(String field, String message) {

        /** "Username must be 3 to 100 letters, digits or . _ @ -". */
        public String sentence() {
            return LABELS.getOrDefault(field, field) + " " + message;
        }
    }

    /** The field's message, or null when the field is not wrong. */
    public String messageFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::sentence).findFirst()
                .orElse(null);
    }
}
