package uk.permanence.cases.councils;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;

/** The councils and RAAs the platform knows ({@code councils.yml}): reference data, open without a token. */
@RestController
class CouncilController {

    private final CouncilList list;
    private final CacheControl caching;

    CouncilController(Councils councils, @Value("${permanence.councils-list.max-age}") Duration maxAge) {
        this.list = CouncilList.of(councils);
        this.caching = CacheControl.maxAge(maxAge).cachePublic();
    }

    @GetMapping("/api/councils")
    ResponseEntity<CouncilList> councils() {
        return ResponseEntity.ok().cacheControl(caching).body(list);
    }
}
