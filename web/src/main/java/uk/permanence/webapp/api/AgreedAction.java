package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * An action agreed for a child, as the case file lists it: {@code status} is {@code OPEN}, {@code DONE} or
 * {@code DROPPED}; an agenda's open action says whether it is {@code overdue} (null in the case file).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreedAction(long actionId, String what, String owner, LocalDate agreedOn, LocalDate dueOn,
                           String status, LocalDate closedOn, String dropReason, Boolean overdue) {

    public boolean open() {
        return status == null || "OPEN".equals(status);
    }
}
