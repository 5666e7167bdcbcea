package uk.permanence.webapp.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.permanence.webapp.api.Problem;

/**
 * A form's errors for the GOV.UK error summary and the inline messages: each by the form's field, in order, with the
 * element the summary links to; the API's refusal turned into the same, each wrong field it names with its label.
 */
public final class FormErrors {

    /** One line of the error summary: {@code href} null when it names no field of the form. */
    public record Item(String field, String text, String href) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Item> summary = new ArrayList<>();

    /** {@code target} is the element the summary links to (the first of a date's three inputs). */
    FormErrors add(String field, String target, String text) {
        if (!byField.containsKey(field)) {
            byField.put(field, text);
            summary.add(new Item(field, text, target == null ? null : "#" + target));
        }
        return this;
    }

    /**
     * The API's problem: each field it names that the form has ({@code labels}: API field to form field, label and
     * link target), else the field as the API named it; and the problem's detail when it names no field.
     */
    FormErrors add(Problem problem, Map<String, String[]> labels) {
        for (Problem.FieldError error : problem.errors()) {
            String[] label = labels.get(error.field());
            if (label == null) {
                add(error.field(), null, error.field() + " " + error.message());
            } else {
                add(label[0], label[2], label[1] + " " + error.message());
            }
        }
        if (problem.errors().isEmpty()) {
            add("form", null, problem.detail() != null ? problem.detail()
                    : "The platform could not record this (status " + problem.status() + "). Try again later.");
        }
        return this;
    }

    public boolean isEmpty() {
        return summary.isEmpty();
    }

    public List<Item> summary() {
        return summary;
    }

    public String error(String field) {
        return byField.get(field);
    }
}
