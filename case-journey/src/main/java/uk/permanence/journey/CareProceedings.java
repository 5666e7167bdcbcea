package uk.permanence.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.permanence.events.CareProceedingsConcluded;
import uk.permanence.events.CareProceedingsExtended;
import uk.permanence.events.CareProceedingsIssued;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ProceedingsDelayReason;

/**
 * One set of care proceedings: Children Act 1989 s32(1)(a)(ii) sets a timetable of 26 weeks beginning with the day
 * of issue, which the court may extend by up to 8 weeks at a time (s32(5) and (8)). Each extension moves the last
 * day from the end of the period it extends.
 *
 * @param concludedOn null while the proceedings are open
 */
public record CareProceedings(String laCode, LocalDate issuedOn, int extensionWeeks,
                              Set<ProceedingsDelayReason> delayReasons, LocalDate concludedOn) {

    public static final int TIMETABLE_WEEKS = 26;
    public static final int MAX_EXTENSION_WEEKS = 8;

    public CareProceedings {
        delayReasons = Set.copyOf(delayReasons);
    }

    /**
     * The proceedings after {@code event}, given the latest ones before it (or null): an issue starts new
     * proceedings; an extension or a conclusion changes open ones; anything else changes nothing.
     */
    public static CareProceedings after(CareProceedings latest, CaseEvent event) {
        if (event instanceof CareProceedingsIssued issued) {
            return new CareProceedings(issued.laCode(), issued.issuedOn(), 0, Set.of(), null);
        }
        if (latest == null || !latest.open()) {
            return latest;
        }
        if (event instanceof CareProceedingsExtended extension) {
            Set<ProceedingsDelayReason> reasons = new LinkedHashSet<>(latest.delayReasons);
            reasons.add(extension.reason());
            return new CareProceedings(latest.laCode, latest.issuedOn, latest.extensionWeeks + extension.weeks(),
                    reasons, null);
        }
        if (event instanceof CareProceedingsConcluded conclusion) {
            return new CareProceedings(latest.laCode, latest.issuedOn, latest.extensionWeeks, latest.delayReasons,
                    conclusion.concludedOn());
        }
        return latest;
    }

    /** Every set of proceedings in a case's effective history, in the order they were issued. */
    public static List<CareProceedings> all(List<RecordedCaseEvent> effective) {
        List<CareProceedings> all = new ArrayList<>();
        for (RecordedCaseEvent recorded : effective) {
            CareProceedings latest = all.isEmpty() ? null : all.get(all.size() - 1);
            CareProceedings next = after(latest, recorded.event());
            if (recorded.event() instanceof CareProceedingsIssued) {
                all.add(next);
            } else if (next != latest) {
                all.set(all.size() - 1, next);
            }
        }
        return all;
    }

    public boolean open() {
        return concludedOn == null;
    }

    /** The last day of the 26 weeks beginning with the day of issue (issued 2025-06-02: 2025-11-30). */
    public LocalDate lastDayOfTwentySixWeeks() {
        return issuedOn.plusWeeks(TIMETABLE_WEEKS).minusDays(1);
    }

    /** The last day of the timetable with every extension so far. */
    public LocalDate lastDay() {
        return lastDayOfTwentySixWeeks().plusWeeks(extensionWeeks);
    }

    /** Concluded on or before the last day of the first 26 weeks, extensions aside (the sector's measure). */
    public boolean concludedWithinTwentySixWeeks() {
        return concludedOn != null && !concludedOn.isAfter(lastDayOfTwentySixWeeks());
    }
}
