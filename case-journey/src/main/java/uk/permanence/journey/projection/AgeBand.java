package uk.permanence.journey.projection;

import java.time.LocalDate;
import java.time.Period;

/**
 * The child's age on entering care, in the bands family-finding times differ by: babies, young children, and the
 * children aged five or over the scorecard counts among those who tend to wait longest.
 */
public enum AgeBand {
    UNDER_ONE,
    ONE_TO_FOUR,
    FIVE_AND_OVER,
    NOT_RECORDED;

    public static AgeBand of(LocalDate dateOfBirth, LocalDate enteredCareOn) {
        if (dateOfBirth == null || enteredCareOn == null) {
            return NOT_RECORDED;
        }
        int years = Period.between(dateOfBirth, enteredCareOn).getYears();
        return years < 1 ? UNDER_ONE : years < 5 ? ONE_TO_FOUR : FIVE_AND_OVER;
    }
}
