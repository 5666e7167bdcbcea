package uk.permanence.cases.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.permanence.cases.casefile.CaseCommand;
import uk.permanence.cases.casefile.FieldError;

/**
 * Turns a request body into a command. The server, never the client, sets whose case, who records and when, and
 * the expected version (from {@code If-Match}); every wrong field is reported at once.
 */
@Component
class CommandReader {

    private static final Set<String> SERVER_OWNED = Set.of("caseId", "expectedVersion", "recordedAt", "recordedBy");

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final Validator validator;

    CommandReader(Validator validator) {
        this.validator = validator;
    }

    <C extends CaseCommand> C read(Class<C> type, JsonNode body, String caseId, Long expectedVersion, String user,
                                   Instant now) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequest(List.of(new FieldError("body", "must be a JSON object")));
        }
        ObjectNode fields = ((ObjectNode) body).deepCopy();
        SERVER_OWNED.forEach(fields::remove);
        fields.put("caseId", caseId);
        fields.put("recordedAt", now.toString());
        fields.put("recordedBy", user);
        if (expectedVersion != null) {
            fields.put("expectedVersion", expectedVersion);
        }
        C command;
        try {
            command = json.treeToValue(fields, type);
        } catch (JacksonException e) {
            throw new InvalidRequest(List.of(new FieldError(fieldOf(e), "cannot be read as the expected type")));
        }
        Set<ConstraintViolation<C>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            Map<String, String> messages = violations.stream().collect(Collectors.groupingBy(
                    violation -> violation.getPropertyPath().toString(), TreeMap::new,
                    Collectors.mapping(ConstraintViolation::getMessage, Collectors.joining("; "))));
            throw new InvalidRequest(messages.entrySet().stream()
                    .map(entry -> new FieldError(entry.getKey(), entry.getValue())).toList());
        }
        return command;
    }

    private static String fieldOf(JacksonException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }
}
