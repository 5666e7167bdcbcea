package uk.permanence.webapp.milestone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.permanence.webapp.DateInput;

/**
 * Turns what a form posted into the API's request body: a date's day, month and year into an ISO date, yes or no
 * into a boolean, a number into an integer; a field left empty is left out, so that the API says what it needs. Only
 * what the page itself split up is checked here (a date that is not a real date, a number that is not a number);
 * every rule of the case is the API's.
 */
final class FormInput {

    /** The body to send, and the fields the page could not read (field name to message). */
    record Reading(Map<String, Object> body, Map<String, String> errors) {
    }

    private FormInput() {
    }

    static Reading read(List<Field> fields, Map<String, String> input) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = input.getOrDefault(field.name(), "").strip();
            switch (field.kind()) {
                case DATE -> {
                    String day = input.getOrDefault(field.name() + "-day", "").strip();
                    String month = input.getOrDefault(field.name() + "-month", "").strip();
                    String year = input.getOrDefault(field.name() + "-year", "").strip();
                    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
                        continue;
                    }
                    new DateInput(day, month, year).date().ifPresentOrElse(
                            date -> body.put(field.name(), date.toString()),
                            () -> errors.put(field.name(), "must be a real date, with a day, month and year"));
                }
                case NUMBER -> {
                    if (value.isEmpty()) {
                        continue;
                    }
                    try {
                        body.put(field.name(), Integer.parseInt(value));
                    } catch (NumberFormatException notANumber) {
                        errors.put(field.name(), "must be a whole number");
                    }
                }
                case YES_NO -> {
                    if (!value.isEmpty()) {
                        body.put(field.name(), Boolean.parseBoolean(value));
                    }
                }
                default -> {
                    if (!value.isEmpty()) {
                        body.put(field.name(), value);
                    }
                }
            }
        }
        return new Reading(body, errors);
    }
}
