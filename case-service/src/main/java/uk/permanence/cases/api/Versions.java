package uk.permanence.cases.api;

import java.util.List;
import uk.permanence.cases.casefile.FieldError;

/** A case's version is the sequence number of its last event; clients see it as a strong ETag. */
final class Versions {

    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidRequest(List.of(new FieldError("If-Match", "must be a case version as given in an ETag")));
        }
    }
}
