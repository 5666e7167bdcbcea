package uk.permanence.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every published event type is documented in this module's README. */
class ContractReadmeTest {

    @Test
    void theReadmeDocumentsEveryWireType() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String type : CaseEventTypes.wireNames()) {
            assertThat(readme).as(type).contains("| `" + type + "` |");
        }
    }
}
