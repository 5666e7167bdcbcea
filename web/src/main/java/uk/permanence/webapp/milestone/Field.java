package uk.permanence.webapp.milestone;

import java.util.Arrays;
import java.util.List;

/**
 * One input of a form, named exactly as the API's request body names it, so that a refusal naming the field finds
 * it. A date is GOV.UK's date input (day, month and year), a choice is one of the API's codes.
 */
public record Field(String name, String label, String hint, Kind kind, List<Option> options, boolean required) {

    public enum Kind { DATE, TEXT, LONG_TEXT, NUMBER, CHOICE, YES_NO }

    /** One of the API's codes and how the page words it. */
    public record Option(String value, String text) {
    }

    private static final String DATE_EXAMPLE = "For example, 27 3 2025";

    public Field {
        options = List.copyOf(options);
    }

    static Field date(String name, String label) {
        return new Field(name, label, DATE_EXAMPLE, Kind.DATE, List.of(), true);
    }

    static Field date(String name, String label, String hint) {
        return new Field(name, label, hint + " " + DATE_EXAMPLE, Kind.DATE, List.of(), true);
    }

    static Field text(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.TEXT, List.of(), true);
    }

    static Field longText(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.LONG_TEXT, List.of(), true);
    }

    static Field number(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.NUMBER, List.of(), true);
    }

    static Field yesNo(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.YES_NO, List.of(), true);
    }

    /** A choice of every code of the API's {@code codes}, worded by {@code wording}. */
    static <E extends Enum<E>> Field choice(String name, String label, String hint, Class<E> codes,
                                            java.util.function.Function<E, String> wording) {
        return new Field(name, label, hint, Kind.CHOICE, Arrays.stream(codes.getEnumConstants())
                .map(code -> new Option(code.name(), wording.apply(code))).toList(), true);
    }

    Field optional() {
        return new Field(name, label, hint, kind, options, false);
    }

    /** The element the error summary links to: a date's day, a yes or no's first answer, else the input. */
    public String anchor() {
        return kind == Kind.DATE ? name + "-day" : name;
    }
}
