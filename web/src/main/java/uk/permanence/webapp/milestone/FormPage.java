package uk.permanence.webapp.milestone;

import java.util.List;
import java.util.Map;
import uk.permanence.webapp.api.RecordedCase;

/**
 * What the form template shows: the form, what the person entered (kept through every refusal), the error summary
 * and inline errors by field, and what a refusal offers: recording anyway with a reason ({@code overridable}), another
 * occurrence ({@code duplicate}), or the events someone else recorded since the form was shown ({@code recordedSince},
 * after which {@code version} is the case's new one).
 */
record FormPage(RecordedCase child, RecordingForm form, String action, List<Field> fields, Map<String, String> values,
                Map<String, String> errors, List<SummaryItem> summary, boolean overridable, boolean duplicate,
                List<RecordedCase.Event> recordedSince, long version, String idempotencyKey) {

    /** One line of the error summary, linking to its field when the form has it. */
    record SummaryItem(String field, String text, String href) {
    }

    public String value(String input) {
        return values.getOrDefault(input, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean stale() {
        return !recordedSince.isEmpty();
    }
}
