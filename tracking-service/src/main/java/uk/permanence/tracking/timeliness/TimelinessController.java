package uk.permanence.tracking.timeliness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelinessController {

    private final JdbcClient jdbc;
    private final Clock clock;

    TimelinessController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/api/cases/{caseId}/timeliness")
    CaseTimeliness timeliness(@PathVariable String caseId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select case_id, la_code, entered_care_on from case_timeliness where case_id = ?")
                .param(caseId)
                .query((row, n) -> {
                    LocalDate enteredCareOn = row.getObject("entered_care_on", LocalDate.class);
                    return new CaseTimeliness(row.getString("case_id"), row.getString("la_code"), enteredCareOn,
                            ChronoUnit.DAYS.between(enteredCareOn, today));
                })
                .optional()
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }
}
