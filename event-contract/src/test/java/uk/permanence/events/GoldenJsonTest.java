package uk.permanence.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published form of every event type and revision is fixed by a golden file. If this test fails, the wire
 * format changed: add a new revision (and an upcaster) instead of editing the golden file.
 */
class GoldenJsonTest {

    private static final UUID EVENT_ID = UUID.fromString("6f1c2a4e-8d1b-4b0a-9a55-0c3f1e2d7b10");

    private static final Map<String, CaseEvent> SAMPLES = StreamSupport.stream(
                    CaseEventTypes.wireNames().spliterator(), false)
            .collect(Collectors.toMap(name -> name,
                    name -> SampleEvents.of(CaseEventTypes.classOf(name).orElseThrow())));

    private final CaseEventCodec codec = new CaseEventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyEventTypeAndRevisionHasAGoldenFile() {
        assertThat(SAMPLES).hasSizeGreaterThan(30);
        SAMPLES.values().forEach(sample -> assertThat(getClass().getResource(goldenName(sample)))
                .as(goldenName(sample)).isNotNull());
    }

    @Test
    void writingEachSampleGivesItsGoldenJson() {
        for (var sample : SAMPLES.entrySet()) {
            String written = codec.write(EVENT_ID, 0, sample.getValue());
            assertThat(json.readTree(written))
                    .as(sample.getKey())
                    .isEqualTo(json.readTree(golden(sample.getValue())));
        }
    }

    @Test
    void readingEachGoldenJsonGivesItsSample() {
        for (var sample : SAMPLES.entrySet()) {
            CaseEventEnvelope envelope = codec.read(golden(sample.getValue()));
            assertThat(envelope.type()).isEqualTo(sample.getKey());
            assertThat(envelope.sequence()).isZero();
            assertThat(codec.payload(envelope)).contains(sample.getValue());
        }
    }

    @Test
    void anUnknownWireTypeReadsAsNoPayload() {
        CaseEventEnvelope envelope = codec.read("""
                {"eventId":"6f1c2a4e-8d1b-4b0a-9a55-0c3f1e2d7b10","caseId":"c","sequence":3,"type":"SomethingNew",
                 "revision":"1","occurredOn":"2025-01-10","recordedAt":"2025-01-12T09:30:00Z","recordedBy":"x",
                 "laCode":"825","payload":{}}""");
        assertThat(codec.payload(envelope)).isEmpty();
    }

    private static String goldenName(CaseEvent event) {
        return GoldenFiles.caseEvent(CaseEventTypes.wireNameOf(event.getClass()),
                CaseEventTypes.revisionOf(event.getClass()));
    }

    private static String golden(CaseEvent event) {
        return GoldenFiles.read(goldenName(event));
    }
}
