package uk.permanence.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API's OpenAPI document ({@code openapi.yaml}, kept beside the routes it describes), served without a
 * token at {@code /v3/api-docs} (JSON) and {@code /v3/api-docs.yaml}, and browsable at {@code /docs/api.html}.
 */
@Configuration
class ApiDocs {

    static final String DOCUMENT = "openapi.yaml";

    @Bean
    RouterFunction<ServerResponse> apiDocumentRoutes() throws IOException {
        String yaml;
        try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> document = new Yaml().load(yaml);
        String json = JsonMapper.builder().build().writeValueAsString(document);
        return RouterFunctions.route()
                .GET("/v3/api-docs", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(json))
                .GET("/v3/api-docs.yaml", request -> ServerResponse.ok()
                        .contentType(MediaType.parseMediaType("application/yaml")).bodyValue(yaml))
                .build();
    }
}
