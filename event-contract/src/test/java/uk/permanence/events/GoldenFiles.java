package uk.permanence.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The golden files that fix each published topic's JSON, for the contract's own tests and for each consumer's
 * contract test (this module's test jar).
 */
public final class GoldenFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GoldenFiles() {
    }

    public static String caseEvent(String type, String revision) {
        return "/golden/%s.v%s.json".formatted(type, revision);
    }

    public static String alert(String type, String revision) {
        return "/golden/alerts/%s.v%s.json".formatted(type, revision);
    }

    public static String caseRead(String revision) {
        return "/golden/audit/CaseRead.v%s.json".formatted(revision);
    }

    /**
     * The golden JSON of every case event type at its current revision, as one case's stream: the case id is
     * {@code caseId}'s and the sequences run from 0, entry to care first, corrections and voids last.
     */
    public static List<String> everyCaseEventAsOneCase(String caseId) {
        List<String> types = StreamSupport.stream(CaseEventTypes.wireNames().spliterator(), false)
                .sorted(Comparator.comparing((String type) -> !type.equals("ChildEnteredCare"))
                        .thenComparing(type -> type.startsWith("Event"))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> stream = new ArrayList<>();
        for (String type : types) {
            ObjectNode event = (ObjectNode) JSON.readTree(read(caseEvent(type,
                    CaseEventTypes.revisionOf(CaseEventTypes.classOf(type).orElseThrow()))));
            event.put("eventId", UUID.randomUUID().toString());
            event.put("caseId", caseId);
            event.put("sequence", stream.size());
            ((ObjectNode) event.get("payload")).put("caseId", caseId);
            stream.add(JSON.writeValueAsString(event));
        }
        return stream;
    }

    public static String read(String name) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
