package uk.permanence.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every response a service test receives through MockMvc on a route of the published API document
 * ({@code gateway/src/main/resources/openapi.yaml}) must be one the document promises: its status listed for the
 * operation, its media type listed for that status, and a JSON body valid against the schema there. So the document
 * a VAA builds against cannot drift from what the services send, in any test that reaches a route. Imported by
 * {@code @AutoConfigureMockMvc}; routes the document does not publish (a service's own operations) are not checked.
 * <p>
 * The bodies are checked strictly: an object whose schema lists its {@code properties} may carry no other field
 * (as if the schema said {@code additionalProperties: false}), unless the schema itself says what else it allows.
 * The document stays open for clients, so a later version may add a field without breaking them, but a service
 * cannot send a field the document does not describe.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentConformance {

    private static final Path DOCUMENT = locate(Path.of("").toAbsolutePath());
    private static final JsonNode API = YAMLMapper.builder().build().readTree(DOCUMENT.toFile());
    /** Where the schemas find the document: an id of our own, mapped to the file's text, never fetched. */
    private static final String DOCUMENT_ID = "https://api.permanence.test/openapi.yaml";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
            registry -> registry.schemas(Map.of(DOCUMENT_ID, closed(API.deepCopy()).toString())));
    private static final Map<String, Schema> BY_POINTER = new ConcurrentHashMap<>();
    private static final List<Route> ROUTES = StreamSupport.stream(API.get("paths").propertyNames().spliterator(),
                    false)
            .map(Route::of)
            .sorted(Comparator.comparingInt(Route::variables))
            .toList();

    @Bean
    MockMvcBuilderCustomizer responsesConformToTheApiDocument() {
        return builder -> builder.alwaysDo(ApiDocumentConformance::check);
    }

    /** Throws {@link AssertionError} naming what the document does not promise about this response. */
    public static void check(MvcResult result) {
        problemWith(result.getRequest().getMethod(), result.getRequest().getRequestURI(),
                result.getResponse().getStatus(), result.getResponse().getContentType(),
                result.getResponse().getContentAsByteArray())
                .ifPresent(problem -> {
                    throw new AssertionError(problem);
                });
    }

    /**
     * What the document does not promise about this answer to {@code method path} (a path without its query), or
     * empty when it promises all of it or does not publish the route.
     */
    public static Optional<String> problemWith(String method, String path, int status, String contentType,
                                               byte[] body) {
        String verb = method.toLowerCase();
        Route route = ROUTES.stream().filter(candidate -> candidate.matches(path)).findFirst().orElse(null);
        if (route == null || status == 405) {
            return Optional.empty();
        }
        String where = method.toUpperCase() + " " + path + " answered " + status;
        String operation = "/paths/" + escape(route.template()) + "/" + verb;
        if (API.at(operation).isMissingNode()) {
            return Optional.of(where + ", but the API document has no " + method.toUpperCase() + " "
                    + route.template());
        }
        String response = operation + "/responses/" + status;
        if (API.at(response).isMissingNode()) {
            response = operation + "/responses/default";
        }
        if (API.at(response).isMissingNode()) {
            return Optional.of(where + ", a status the API document does not list for " + method.toUpperCase()
                    + " " + route.template());
        }
        if (API.at(response).has("$ref")) {
            response = API.at(response).get("$ref").asString().substring(1);
        }
        if (body.length == 0 || contentType == null) {
            return Optional.empty();
        }
        MediaType type = MediaType.parseMediaType(contentType);
        String mediaType = type.getType() + "/" + type.getSubtype();
        String content = response + "/content/" + escape(mediaType);
        if (API.at(content).isMissingNode()) {
            return Optional.of(where + " with " + mediaType + ", a media type the API document does not list for "
                    + "that status");
        }
        if (!mediaType.endsWith("json")) {
            return Optional.empty();
        }
        Schema schema = BY_POINTER.computeIfAbsent(content + "/schema", pointer -> SCHEMAS.getSchema(
                SchemaLocation.of(DOCUMENT_ID + "#" + pointer)));
        List<Error> errors = schema.validate(new String(body, StandardCharsets.UTF_8), InputFormat.JSON);
        if (!errors.isEmpty()) {
            return Optional.of(where + " with a body the API document's schema (" + content + "/schema) refuses: "
                    + errors.stream().limit(5).map(Error::toString).toList());
        }
        return Optional.empty();
    }

    private static String escape(String pointerSegment) {
        return pointerSegment.replace("~", "~0").replace("/", "~1");
    }

    /** The document with every schema that lists its properties closed to any other (see the class comment). */
    private static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("properties") instanceof ObjectNode
                && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(ApiDocumentConformance::closed);
        return node;
    }

    private static Path locate(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path document = dir.resolve("gateway/src/main/resources/openapi.yaml");
            if (Files.isRegularFile(document)) {
                return document;
            }
        }
        throw new IllegalStateException("no gateway/src/main/resources/openapi.yaml above " + from);
    }

    private record Route(String template, Pattern pattern, int variables) {

        static Route of(String template) {
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            return new Route(template, Pattern.compile(regex), template.split("\\{", -1).length - 1);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
