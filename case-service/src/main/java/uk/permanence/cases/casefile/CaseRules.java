package uk.permanence.cases.casefile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of one command before refusing it, so that the answer names all offending fields.
 * Hard rules always refuse; plausibility rules refuse unless the command gives an override reason.
 */
final class CaseRules {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final List<FieldError> hard = new ArrayList<>();
    private final List<FieldError> implausible = new ArrayList<>();
    private final LocalDate today;
    private final String overrideReason;

    private CaseRules(CaseCommand command) {
        this.today = LocalDate.ofInstant(command.recordedAt(), ENGLAND);
        this.overrideReason = command.overrideReason();
    }

    static CaseRules of(CaseCommand command) {
        return new CaseRules(command);
    }

    CaseRules require(boolean condition, String field, String message) {
        if (!condition) {
            hard.add(new FieldError(field, message));
        }
        return this;
    }

    CaseRules plausible(boolean condition, String field, String message) {
        if (!condition) {
            implausible.add(new FieldError(field, message));
        }
        return this;
    }

    CaseRules notInFuture(String field, LocalDate date) {
        return require(date == null || !date.isAfter(today), field, "must not be in the future");
    }

    /** Plausibly on or after {@code earliest} (when that is known). */
    CaseRules notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        return plausible(date == null || earliest == null || !date.isBefore(earliest), field,
                "is before " + what + " (" + earliest + ")");
    }

    void check() {
        if (!hard.isEmpty()) {
            List<FieldError> all = new ArrayList<>(hard);
            all.addAll(implausible);
            throw new CaseRuleViolation(all, false);
        }
        if (!implausible.isEmpty() && (overrideReason == null || overrideReason.isBlank())) {
            throw new CaseRuleViolation(implausible, true);
        }
    }
}
