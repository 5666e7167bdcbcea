package uk.permanence.reporting.summary;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Tenant;

@RestController
class SummaryController {

    private final JdbcClient jdbc;

    SummaryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/reports/summary")
    CouncilSummary summary(@RequestParam("la") @Pattern(regexp = "\\d{3}") String laCode, Tenant tenant) {
        if (!tenant.canSee(laCode)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        long inCare = jdbc.sql("select count(*) from child_in_care where la_code = ? and left_care_on is null")
                .param(laCode).query(Long.class).single();
        return new CouncilSummary(laCode, inCare);
    }
}
