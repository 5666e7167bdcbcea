package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks it against the services' own
 * configuration: every service, port, health check and environment variable it names must match.
 */
class DockerComposeTest {

    private static final List<String> SERVICES = List.of("case-service", "tracking-service", "reporting-service",
            "gateway");
    /** Set only from the environment, by design: secrets and the identity provider's addresses. */
    private static final Set<String> ENVIRONMENT_ONLY = Set.of("spring.datasource.password",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.audiences");

    private static Map<String, Map<String, Object>> compose;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        compose = (Map<String, Map<String, Object>>) (Map<?, ?>) RepositoryFiles.yaml("docker-compose.yml")
                .get("services");
    }

    @Test
    void declaresTheInfrastructureAndEveryService() {
        assertThat(compose).containsKeys("postgres", "kafka").containsKeys(SERVICES.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "tracking-service", "reporting-service", "gateway"})
    @SuppressWarnings("unchecked")
    void eachServiceMatchesItsConfiguration(String name) throws IOException {
        Map<String, Object> service = compose.get(name);
        Map<String, Object> properties = RepositoryFiles.serviceProperties(name);

        Map<String, Object> build = (Map<String, Object>) service.get("build");
        assertThat(((Map<String, Object>) build.get("args")).get("SERVICE")).isEqualTo(name);
        assertThat(service).containsKeys("mem_limit", "healthcheck");

        String healthPort = String.valueOf(properties.getOrDefault("management.server.port",
                properties.get("server.port")));
        assertThat(String.valueOf(((Map<String, Object>) service.get("healthcheck")).get("test")))
                .contains("localhost:" + healthPort + "/actuator/health");

        Map<String, Object> environment = (Map<String, Object>) service.get("environment");
        environment.forEach((variable, value) -> {
            String property = properties.keySet().stream()
                    .filter(key -> environmentName(key).equals(variable))
                    .findFirst()
                    .orElseGet(() -> ENVIRONMENT_ONLY.stream()
                            .filter(key -> environmentName(key).equals(variable)).findFirst()
                            .orElse(null));
            assertThat(property).as("%s in %s names no property of its application.yml", variable, name)
                    .isNotNull();
        });

        Map<String, Object> dependsOn = (Map<String, Object>) service.get("depends_on");
        dependsOn.values().forEach(condition ->
                assertThat(((Map<String, Object>) condition).get("condition")).isEqualTo("service_healthy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGatewayReachesEachServiceOnItsConfiguredPort() throws IOException {
        Map<String, Object> environment = (Map<String, Object>) compose.get("gateway").get("environment");
        for (String service : List.of("case-service", "tracking-service", "reporting-service")) {
            Object port = RepositoryFiles.serviceProperties(service).get("server.port");
            assertThat(environment.get(environmentName("permanence.services." + service)))
                    .isEqualTo("http://" + service + ":" + port);
            assertThat(RepositoryFiles.serviceProperties("gateway"))
                    .containsKey("permanence.services." + service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "tracking-service", "reporting-service"})
    @SuppressWarnings("unchecked")
    void eachServiceUsesItsOwnDatabase(String name) throws IOException {
        Map<String, Object> environment = (Map<String, Object>) compose.get(name).get("environment");
        String localUrl = (String) RepositoryFiles.serviceProperties(name).get("spring.datasource.url");
        String database = localUrl.substring(localUrl.lastIndexOf('/') + 1);

        assertThat(database).isEqualTo(name.replace('-', '_'));
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        assertThat(RepositoryFiles.serviceProperties(name).get("spring.datasource.username")).isEqualTo(database);
    }

    @Test
    @SuppressWarnings("unchecked")
    void namedVolumesAreDeclared() throws IOException {
        assertThat(((Map<String, Object>) RepositoryFiles.yaml("docker-compose.yml").get("volumes")).keySet())
                .contains("postgres-data", "kafka-data");
    }

    /** Spring's relaxed binding: {@code permanence.services.case-service} is {@code PERMANENCE_SERVICES_CASE_SERVICE}. */
    private static String environmentName(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase();
    }
}
