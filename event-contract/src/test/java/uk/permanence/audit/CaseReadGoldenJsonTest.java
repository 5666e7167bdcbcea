package uk.permanence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.events.GoldenFiles;

/**
 * The audit topic's published form is fixed by a golden file per revision. If this test fails, the wire format
 * changed: add a new revision instead of editing the golden file.
 */
class CaseReadGoldenJsonTest {

    static final CaseRead SAMPLE = CaseRead.of(UUID.fromString("9a1d2c3b-4e5f-4a6b-8c7d-0e1f2a3b4c5d"),
            Instant.parse("2025-06-20T09:30:00Z"), "sam.worker@825", "social-worker", "councils 825",
            "0b7e3c52-5b3f-3a8e-9d6c-1f2a3b4c5d6e", "tracking-service", "/api/cases/{caseId}/timeliness", null,
            "c0ffee00-0000-4000-8000-000000000001");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writingTheSampleGivesItsGoldenJson() {
        assertThat(json.readTree(SAMPLE.toJson()))
                .isEqualTo(json.readTree(GoldenFiles.read(GoldenFiles.caseRead(CaseRead.REVISION))));
    }

    @Test
    void readingTheGoldenJsonGivesTheSample() {
        assertThat(CaseRead.fromJson(GoldenFiles.read(GoldenFiles.caseRead("1")))).isEqualTo(SAMPLE);
    }
}
