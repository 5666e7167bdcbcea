package uk.permanence.webapp.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.permanence.webapp.DateInput;
import uk.permanence.webapp.api.ReportAnswer;

/**
 * A report's form as the person sent it (a GET, so that a report is a link): the council or RAA, the period in
 * GOV.UK date fields (day, month and year; month and year for run charts; year and quarter for the quarterly
 * return) and {@code asOf}, read into the API's query, or the fields that are wrong, named as the error summary shows
 * them. A field left empty is not sent, and the API's default applies.
 */
final class ReportForm {

    /** One wrong field: {@code field} as the API names it, {@code anchor} the input the error summary links to. */
    record FieldError(String field, String anchor, String message) {
    }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern FIELD_IN_MESSAGE =
            Pattern.compile("(?<=\\b(?:after|before) )(baselineFrom|baselineTo|from|to)\\b");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final List<String> PARTS = List.of("day", "month", "year", "number");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private final Report report;
    private final ReportChoices choices;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();
    private ReportChoices.Choice chosen;

    private ReportForm(Report report, ReportChoices choices) {
        this.report = report;
        this.choices = choices;
    }

    static ReportForm read(Report report, ReportChoices choices, Map<String, String> params) {
        ReportForm form = new ReportForm(report, choices);
        List<String> names = new ArrayList<>(List.of("scope"));
        for (String field : report.period.fields) {
            PARTS.forEach(part -> names.add(field + "-" + part));
        }
        PARTS.forEach(part -> names.add("asOf-" + part));
        for (String name : names) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                form.values.put(name, value.strip());
            }
        }
        form.readScope();
        for (String field : report.period.fields) {
            form.readPeriodField(field);
        }
        form.readDate("asOf");
        return form;
    }

    private void readScope() {
        String asked = values.getOrDefault("scope", "");
        Optional<ReportChoices.Choice> choice = asked.isEmpty() ? choices.choices().stream().findFirst()
                : choices.find(asked);
        if (choice.isEmpty()) {
            errors.add(new FieldError("scope", "scope", label("scope") + " must be one of those listed"));
            return;
        }
        chosen = choice.get();
        values.put("scope", chosen.value());
        if (chosen.isRaa()) {
            query.put("raa", chosen.raa());
        } else {
            query.put("la", chosen.la());
        }
    }

    private void readPeriodField(String field) {
        switch (report.period) {
            case MONTHS -> readMonth(field);
            case QUARTER -> readQuarter(field);
            default -> readDate(field);
        }
    }

    private void readDate(String field) {
        String day = value(field + "-day");
        String month = value(field + "-month");
        String year = value(field + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(new FieldError(field, field + "-" + (day.isEmpty() ? "day" : month.isEmpty() ? "month" : "year"),
                    label(field) + " must include a day, month and year"));
            return;
        }
        new DateInput(day, month, year).date().ifPresentOrElse(date -> query.put(field, date.toString()),
                () -> errors.add(new FieldError(field, field + "-day", label(field) + " must be a real date")));
    }

    private void readMonth(String field) {
        String month = value(field + "-month");
        String year = value(field + "-year");
        if (month.isEmpty() && year.isEmpty()) {
            return;
        }
        if (month.isEmpty() || year.isEmpty()) {
            errors.add(new FieldError(field, field + (month.isEmpty() ? "-month" : "-year"),
                    label(field) + " must include a month and year"));
            return;
        }
        try {
            query.put(field, yearMonth(month, year).toString());
        } catch (DateTimeException | NumberFormatException e) {
            errors.add(new FieldError(field, field + "-month", label(field) + " must be a real month"));
        }
    }

    private void readQuarter(String field) {
        String year = value(field + "-year");
        String number = value(field + "-number");
        if (year.isEmpty() && number.isEmpty()) {
            return;
        }
        if (!YEAR.matcher(year).matches() || !number.matches("[1-4]")) {
            errors.add(new FieldError(field, field + (YEAR.matcher(year).matches() ? "-number" : "-year"),
                    label(field) + " must be a year such as 2026 and a quarter from the list"));
            return;
        }
        query.put(field, year + "-Q" + number);
    }

    private static YearMonth yearMonth(String month, String year) {
        if (!NUMBER.matcher(month).matches() || !YEAR.matcher(year).matches()) {
            throw new NumberFormatException();
        }
        return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    }

    /** The API's refusal, each field it names shown at the input it came from. */
    void refusedBy(ReportAnswer.Problem problem, ReportWording wordings) {
        if (problem == null || problem.errors().isEmpty()) {
            errors.add(new FieldError("scope", "scope", problem == null || problem.detail() == null
                    ? "The report could not be made for what you asked" : wordings.message(problem.detail())));
            return;
        }
        for (ReportAnswer.FieldError error : problem.errors()) {
            String field = "la".equals(error.field()) || "raa".equals(error.field()) ? "scope" : error.field();
            errors.add(new FieldError(field, anchor(field), label(field) + " " + named(wordings.message(
                    error.message()))));
        }
    }

    /** The API's message naming another field ("must not be after to") with that field's label. */
    private static String named(String message) {
        return FIELD_IN_MESSAGE.matcher(message)
                .replaceAll(match -> "the " + label(match.group(1)).toLowerCase(Locale.UK));
    }

    private String anchor(String field) {
        if ("scope".equals(field) || !report.period.fields.contains(field) && !"asOf".equals(field)) {
            return "scope";
        }
        if ("asOf".equals(field)) {
            return "asOf-day";
        }
        return switch (report.period) {
            case MONTHS -> field + "-month";
            case QUARTER -> field + "-year";
            default -> field + "-day";
        };
    }

    /** Shows the period the report describes in the fields left empty (the API's defaults). */
    void showDate(String field, LocalDate date) {
        if (date != null && !query.containsKey(field) && !hasError(field)) {
            values.put(field + "-day", String.valueOf(date.getDayOfMonth()));
            values.put(field + "-month", String.valueOf(date.getMonthValue()));
            values.put(field + "-year", String.valueOf(date.getYear()));
        }
    }

    void showMonth(String field, YearMonth month) {
        if (month != null && !query.containsKey(field) && !hasError(field)) {
            values.put(field + "-month", String.valueOf(month.getMonthValue()));
            values.put(field + "-year", String.valueOf(month.getYear()));
        }
    }

    void showQuarter(String quarter) {
        Matcher matcher = quarter == null ? null : QUARTER.matcher(quarter);
        if (matcher != null && matcher.matches() && !query.containsKey("quarter") && !hasError("quarter")) {
            values.put("quarter-year", matcher.group(1));
            values.put("quarter-number", matcher.group(2));
        }
    }

    static String label(String field) {
        return switch (field) {
            case "scope" -> "Council or RAA";
            case "from" -> "Start of the period";
            case "to" -> "End of the period";
            case "baselineFrom" -> "Start of the baseline";
            case "baselineTo" -> "End of the baseline";
            case "quarter" -> "Quarter";
            case "asOf" -> "As recorded by";
            default -> field;
        };
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    /** The first message for a field, shown above its inputs. */
    public String error(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst()
                .orElse(null);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<ReportChoices.Choice> choices() {
        return choices.choices();
    }

    public ReportChoices.Choice chosen() {
        return chosen;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The API's query, in a fixed order: la or raa, the period's fields, asOf. */
    Map<String, String> query() {
        return query;
    }

    /** The same query with the scope changed, for another column of a side-by-side report. */
    Map<String, String> queryFor(String la) {
        Map<String, String> other = new LinkedHashMap<>();
        other.put("la", la);
        query.forEach((name, value) -> {
            if (!"la".equals(name) && !"raa".equals(name)) {
                other.put(name, value);
            }
        });
        return other;
    }

    /** The form's own query string, for the CSV link of the report shown. */
    public String queryString() {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> {
            if (!value.isEmpty()) {
                out.append(out.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value));
            }
        });
        return out.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A file name for the CSV: the report, the council or RAA, and the period and asOf asked for. */
    String fileName() {
        StringBuilder name = new StringBuilder(report.slug);
        query.values().forEach(value -> name.append('-').append(value));
        return name.toString().replaceAll("[^A-Za-z0-9._-]", "-") + ".csv";
    }
}
