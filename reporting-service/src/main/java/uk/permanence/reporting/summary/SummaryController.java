package uk.permanence.reporting.summary;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Tenant;
import uk.permanence.reporting.knowledge.AsKnown;

@RestController
class SummaryController {

    private final JdbcClient jdbc;

    SummaryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/reports/summary")
    CouncilSummary summary(@RequestParam("la") @Pattern(regexp = "\\d{3}") String laCode, Tenant tenant,
                           AsKnown known) {
        if (!tenant.canSee(laCode)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        long inCare = known.bind(jdbc.sql("select count(*) from child_in_care c where la_code = :la"
                        + " and (left_care_on is null or left_care_on > :today) and " + known.rows("c")))
                .param("la", laCode).param("today", known.today()).query(Long.class).single();
        return new CouncilSummary(laCode, inCare, known.at());
    }
}
