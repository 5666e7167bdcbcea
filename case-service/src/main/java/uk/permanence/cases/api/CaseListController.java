package uk.permanence.cases.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.cases.casefile.FieldError;
import uk.permanence.councils.Tenant;

/**
 * {@code GET /api/cases}: the cases the caller may see, by case reference, a page at a time (at most 200): a
 * council's or RAA's own, or for a VAA the cases shared with it.
 */
@RestController
class CaseListController {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;

    CaseListController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ListedCase(String caseId, String laCode, String caseReference) {
    }

    record CasePage(List<ListedCase> items, int page, int size, long total) {
    }

    @GetMapping("/api/cases")
    CasePage cases(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                   Tenant tenant) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        String visible = tenant.vaa() != null
                ? "case_id in (select case_id from case_vaa_share where vaa_id = :vaa)"
                : "la_code in (:councils)";
        Map<String, Object> params = Map.of("vaa", String.valueOf(tenant.vaa()),
                "councils", tenant.councils().isEmpty() ? List.of("") : List.copyOf(tenant.councils()));
        List<ListedCase> items = jdbc.sql("select case_id, la_code, case_reference from case_listing where " + visible
                        + " order by la_code, case_reference limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query(ListedCase.class).list();
        long total = jdbc.sql("select count(*) from case_listing where " + visible).params(params)
                .query(Long.class).single();
        return new CasePage(items, page, size, total);
    }
}
