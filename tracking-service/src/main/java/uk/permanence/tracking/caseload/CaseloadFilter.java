package uk.permanence.tracking.caseload;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.permanence.journey.Stage;
import uk.permanence.web.FieldProblem;

/**
 * Which open cases a caseload or an agenda shows, in which order: every filter is optional, {@code reference} matches
 * any part of the case reference whatever its case, and {@code sort} is a column, descending with a leading
 * {@code -}.
 */
public record CaseloadFilter(String la, String team, String worker, String familyFinder, Stage stage,
                             boolean overdueOnly, String reference, Sort sort, boolean descending) {

    public static final int MAX_SIZE = 200;
    private static final int MAX_TEXT = 100;
    private static final Pattern COUNCIL = Pattern.compile("\\d{3}");

    /** The columns a caseload can be sorted by, as the API names them. */
    public enum Sort {
        REFERENCE("reference"), AGE("age"), STAGE("stage"), DAYS_AT_STAGE("daysAtStage"), NEXT_DUE_ON("nextDueOn");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        static Sort of(String parameter) {
            return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst().orElse(null);
        }
    }

    /** A page of the caseload a request asks for: {@code page} counts from 0, {@code size} at most {@link #MAX_SIZE}. */
    public record Request(CaseloadFilter filter, int page, int size) {
    }

    /** The request's parameters, each checked; a 400 problem names every one that is wrong. */
    public static Request of(String la, String team, String worker, String familyFinder, String stage,
                             String overdue, String reference, String sort, String page, String size,
                             int defaultSize) {
        Map<String, String> errors = new LinkedHashMap<>();
        la = blankAsNull(la);
        if (la != null && !COUNCIL.matcher(la).matches()) {
            errors.put("la", "must be a council's three-digit DfE code");
        }
        text(errors, "team", team);
        text(errors, "worker", worker);
        text(errors, "familyFinder", familyFinder);
        text(errors, "reference", reference);
        Stage wantedStage = null;
        if (stage != null) {
            wantedStage = Arrays.stream(Stage.values()).filter(value -> value.name().equals(stage)).findFirst()
                    .orElse(null);
            if (wantedStage == null || wantedStage == Stage.CLOSED) {
                errors.put("stage", "must be one of " + String.join(", ", openStages()));
            }
        }
        if (overdue != null && !List.of("true", "false").contains(overdue)) {
            errors.put("overdue", "must be true or false");
        }
        String column = sort == null ? "reference" : sort.startsWith("-") ? sort.substring(1) : sort;
        Sort wantedSort = Sort.of(column);
        if (wantedSort == null) {
            errors.put("sort", "must be one of " + String.join(", ", Arrays.stream(Sort.values())
                    .map(Sort::parameter).toList()) + ", with a leading - for descending");
        }
        int wantedPage = number(errors, "page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int wantedSize = number(errors, "size", size, defaultSize, 1, MAX_SIZE);
        if (!errors.isEmpty()) {
            throw FieldProblem.badRequest(errors);
        }
        return new Request(new CaseloadFilter(la, blankAsNull(team), blankAsNull(worker), blankAsNull(familyFinder),
                wantedStage, "true".equals(overdue), blankAsNull(reference), wantedSort,
                sort != null && sort.startsWith("-")), wantedPage, wantedSize);
    }

    private static List<String> openStages() {
        return Arrays.stream(Stage.values()).filter(value -> value != Stage.CLOSED).map(Stage::name).toList();
    }

    private static void text(Map<String, String> errors, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.put(field, "must be at most " + MAX_TEXT + " characters");
        }
    }

    private static int number(Map<String, String> errors, String field, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named in the problem below
        }
        errors.put(field, "must be a whole number from " + min + " to " + max);
        return absent;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
