package uk.permanence.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.events.GoldenFiles;

/**
 * The alerts topic's published form is fixed by a golden file per type and revision. If this test fails, the wire
 * format changed: add a new revision instead of editing the golden file.
 */
class AlertEventGoldenJsonTest {

    static final AlertEvent RAISED = AlertEvent.raised(41, "0b7e3c52-5b3f-3a8e-9d6c-1f2a3b4c5d6e", "825",
            "Permanence East", "sam.worker@825", "ORDER_TO_MATCH", "PERFORMANCE_THRESHOLD", "DUE_SOON",
            LocalDate.parse("2025-01-10"), LocalDate.parse("2025-07-10"), Instant.parse("2025-06-20T09:30:00Z"));
    static final AlertEvent CLEARED = AlertEvent.cleared(41, "0b7e3c52-5b3f-3a8e-9d6c-1f2a3b4c5d6e", "825",
            "Permanence East", "sam.worker@825", "ORDER_TO_MATCH", "PERFORMANCE_THRESHOLD", "DUE_SOON",
            LocalDate.parse("2025-01-10"), LocalDate.parse("2025-07-10"), Instant.parse("2025-06-30T14:00:00Z"),
            "met or no longer due");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writingEachTypeGivesItsGoldenJson() {
        for (AlertEvent sample : new AlertEvent[] {RAISED, CLEARED}) {
            assertThat(json.readTree(sample.toJson())).as(sample.type())
                    .isEqualTo(json.readTree(GoldenFiles.read(GoldenFiles.alert(sample.type(), AlertEvent.REVISION))));
        }
    }

    @Test
    void readingEachGoldenJsonGivesItsSample() {
        assertThat(AlertEvent.fromJson(GoldenFiles.read(GoldenFiles.alert(AlertEvent.RAISED, "1")))).isEqualTo(RAISED);
        assertThat(AlertEvent.fromJson(GoldenFiles.read(GoldenFiles.alert(AlertEvent.CLEARED, "1"))))
                .isEqualTo(CLEARED);
    }
}
