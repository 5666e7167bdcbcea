package uk.permanence.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The codec reads each event at its current revision: an older one through the upcasters, a newer one never. */
class UpcastingTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anEventOfARevisionNewerThanTheContractIsRefusedNotMisread() {
        CaseEventEnvelope newer = at("2", GoldenFiles.read(GoldenFiles.caseEvent("ChildEnteredCare", "1")));

        assertThatThrownBy(() -> new CaseEventCodec().payload(newer))
                .isInstanceOf(CaseEventUpcasters.UnknownRevision.class)
                .hasMessageContaining("ChildEnteredCare revision 2");
    }

    @Test
    void anOlderRevisionIsReadAsTheCurrentOneThroughItsUpcaster() {
        // as if revision 0 had called the date of entry "startedOn": the step renames it
        String golden = GoldenFiles.read(GoldenFiles.caseEvent("ChildEnteredCare", "1"));
        ObjectNode old = (ObjectNode) json.readTree(golden);
        ObjectNode payload = (ObjectNode) old.get("payload");
        payload.set("startedOn", payload.remove("enteredCareOn"));
        CaseEventCodec codec = new CaseEventCodec(new CaseEventUpcasters(List.of(new CaseEventUpcasters.Step(
                "ChildEnteredCare", "0", "1", event -> {
                    event.set("enteredCareOn", event.remove("startedOn"));
                    return event;
                }))));

        assertThat(codec.payload(at("0", json.writeValueAsString(old))))
                .isEqualTo(new CaseEventCodec().payload(new CaseEventCodec().read(golden)));
    }

    private CaseEventEnvelope at(String revision, String message) {
        ObjectNode envelope = (ObjectNode) json.readTree(message);
        envelope.put("revision", revision);
        return new CaseEventCodec().read(json.writeValueAsString(envelope));
    }
}
