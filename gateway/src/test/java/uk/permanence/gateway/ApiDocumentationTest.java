package uk.permanence.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.testing.TestTokens;

/** The OpenAPI document is served without a token and documents exactly the routes the gateway has. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "permanence.security.issuer=" + TestTokens.ISSUER, "management.server.port=0"})
@AutoConfigureWebTestClient
class ApiDocumentationTest {

    @Autowired
    WebTestClient client;

    @Autowired
    RouteDefinitionLocator routes;

    @Test
    void theDocumentAndItsBrowsablePageAreServedWithoutAToken() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");
        client.get().uri("/v3/api-docs.yaml").exchange().expectStatus().isOk();
        client.get().uri("/docs/api.html").exchange().expectStatus().isOk();
        client.get().uri("/webjars/swagger-ui/5.30.2/swagger-ui-bundle.js").exchange().expectStatus().isOk();
    }

    /** The identity service's routes are OpenID Connect's, described by its discovery document instead. */
    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedPathIsRouted() {
        List<String> documented = documentedPaths();
        List<PathPattern> routed = routedPatterns();

        assertThat(documented).allSatisfy(path -> assertThat(routed)
                .as("a route for " + path).anyMatch(pattern -> pattern.matches(PathContainer.parsePath(example(path)))));
        assertThat(routed).allSatisfy(pattern -> assertThat(documented)
                .as("documentation for " + pattern).anyMatch(path -> pattern.matches(PathContainer.parsePath(example(path)))));
    }

    private List<String> documentedPaths() {
        byte[] body = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        JsonNode document = JsonMapper.builder().build().readTree(body);
        List<String> paths = new ArrayList<>();
        document.path("paths").propertyNames().forEach(paths::add);
        return paths;
    }

    private List<PathPattern> routedPatterns() {
        List<PathPattern> patterns = new ArrayList<>();
        for (RouteDefinition route : routes.getRouteDefinitions().collectList().block()) {
            route.getPredicates().stream().filter(predicate -> predicate.getName().equals("Path"))
                    .flatMap(predicate -> predicate.getArgs().values().stream())
                    .flatMap(value -> List.of(value.split(",")).stream())
                    .filter(pattern -> pattern.trim().startsWith("/api"))
                    .forEach(pattern -> patterns.add(PathPatternParser.defaultInstance.parse(pattern.trim())));
        }
        return patterns;
    }

    /** A concrete path for a documented template: {caseId} becomes an id, {milestone} a milestone. */
    private static String example(String template) {
        String path = template;
        for (Map.Entry<String, String> value : Map.of("{caseId}", "c-1", "{milestone}", "match").entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        return path;
    }
}
