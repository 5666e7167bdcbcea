package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks it against the services' own
 * configuration: every service, port, health check and environment variable it names must match.
 */
class DockerComposeTest {

    private static final List<String> SERVICES = List.of("identity", "case-service", "tracking-service",
            "reporting-service", "web", "gateway");
    /** Set only from the environment, by design: secrets. */
    private static final Set<String> ENVIRONMENT_ONLY = Set.of("spring.datasource.password",
            "permanence.kafka.password");
    /** One line of ops/kafka/start-broker.sh granting a principal operations on a topic or group. */
    private static final Pattern GRANT = Pattern.compile(
            "^grant (\\S+) ((?:--operation \\S+ )+)--(topic|group) (\\S+)$", Pattern.MULTILINE);

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
    @ValueSource(strings = {"identity", "case-service", "tracking-service", "reporting-service", "web", "gateway"})
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
        for (String service : List.of("identity", "case-service", "tracking-service", "reporting-service", "web")) {
            Object port = RepositoryFiles.serviceProperties(service).get("server.port");
            assertThat(environment.get(environmentName("permanence.services." + service)))
                    .isEqualTo("http://" + service + ":" + port);
            assertThat(RepositoryFiles.serviceProperties("gateway"))
                    .containsKey("permanence.services." + service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "case-service", "tracking-service", "reporting-service"})
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

    @Test
    void onlyTheGatewaysPortIsPublished() {
        compose.forEach((name, service) -> {
            if (!name.equals("gateway")) {
                assertThat(service).as(name + " publishes a port").doesNotContainKey("ports");
            }
        });
        assertThat(compose.get("gateway").get("ports")).isEqualTo(List.of("8080:8080"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "case-service", "tracking-service", "reporting-service", "web"})
    @SuppressWarnings("unchecked")
    void servicesListenOnTheComposeNetworkOnly(String name) {
        assertThat(((Map<String, Object>) compose.get(name).get("environment")).get("SERVER_ADDRESS"))
                .isEqualTo("0.0.0.0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaRequiresSigningInWithAPasswordThatHasNoDefault() {
        Map<String, Object> environment = (Map<String, Object>) compose.get("grafana").get("environment");
        assertThat(String.valueOf(environment.get("GF_SECURITY_ADMIN_PASSWORD")))
                .as("taken from the environment, refusing to start without it")
                .matches("\\$\\{[A-Z_]+:\\?[^}]*}");
        assertThat(environment.get("GF_AUTH_ANONYMOUS_ENABLED")).isEqualTo("false");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrokerRequiresScramAndRefusesWhatIsNotGranted() throws IOException {
        Map<String, Object> kafka = compose.get("kafka");
        assertThat(String.valueOf(kafka.get("entrypoint"))).contains("/opt/permanence/start-broker.sh");
        assertThat((List<String>) kafka.get("volumes"))
                .contains("./ops/kafka/start-broker.sh:/opt/permanence/start-broker.sh:ro");
        String broker = RepositoryFiles.read("ops/kafka/start-broker.sh");
        assertThat(broker).contains("listeners=SASL_PLAINTEXT://:9092,CONTROLLER://localhost:9093",
                "sasl.enabled.mechanisms=SCRAM-SHA-512", "allow.everyone.if.no.acl.found=false",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(broker).as("no password in the repository").containsPattern("password=\"?\\$")
                .doesNotContainPattern("password=\"?[^$\"\\s]");
        ((Map<String, Object>) kafka.get("environment")).forEach((variable, value) ->
                assertThat(String.valueOf(value)).as(variable)
                        .isEqualTo("${" + variable + ":?set " + variable + "}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "tracking-service", "reporting-service"})
    @SuppressWarnings("unchecked")
    void eachServiceSignsInToTheBrokerAsItself(String name) throws IOException {
        Map<String, Object> environment = (Map<String, Object>) compose.get(name).get("environment");
        Map<String, Object> properties = RepositoryFiles.serviceProperties(name);
        String secret = "KAFKA_" + environmentName(name) + "_PASSWORD";
        assertThat(environment.get("SPRING_KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_PLAINTEXT");
        assertThat(environment.get("PERMANENCE_KAFKA_PASSWORD")).isEqualTo("${" + secret + ":?set " + secret + "}");
        assertThat(properties.get("spring.kafka.security.protocol")).as("off by default for local runs")
                .isEqualTo("PLAINTEXT");
        assertThat(properties.get("spring.kafka.properties.sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat(String.valueOf(properties.get("spring.kafka.properties.sasl.jaas.config")))
                .contains("username=\"${spring.application.name}\"", "password=\"${permanence.kafka.password:}\"");
        assertThat(properties.get("spring.application.name")).isEqualTo(name);
        assertThat(RepositoryFiles.read("ops/kafka/start-broker.sh")).contains("--entity-name \"$service\"")
                .contains("for service in case-service tracking-service reporting-service; do");
    }

    @Test
    void onlyCaseServiceWritesCaseEventsAndEachConsumerReadsOnlyItsTopicInItsOwnGroup() throws IOException {
        List<Grant> grants = new ArrayList<>();
        Matcher line = GRANT.matcher(RepositoryFiles.read("ops/kafka/start-broker.sh"));
        while (line.find()) {
            grants.add(new Grant(line.group(1), Set.of(line.group(2).replace("--operation", "").trim().split("\\s+")),
                    line.group(3), line.group(4)));
        }
        assertThat(writers(grants, "permanence.case-events.v1")).containsExactly("case-service");
        assertThat(writers(grants, "permanence.alerts.v1")).containsExactly("tracking-service");
        assertThat(grants).filteredOn(grant -> grant.operations().contains("Read") && grant.kind().equals("topic"))
                .extracting(grant -> grant.principal() + " reads " + grant.resource())
                .containsExactlyInAnyOrder("case-service reads permanence.audit.v1",
                        "tracking-service reads permanence.case-events.v1",
                        "reporting-service reads permanence.case-events.v1");
        assertThat(grants).filteredOn(grant -> grant.kind().equals("group"))
                .extracting(grant -> grant.principal() + " in " + grant.resource())
                .containsExactlyInAnyOrder("case-service in case-service-audit", "tracking-service in tracking-service",
                        "reporting-service in reporting-service");
        assertThat(grants).extracting(Grant::resource).doesNotContain("*");
    }

    private record Grant(String principal, Set<String> operations, String kind, String resource) {
    }

    private static List<String> writers(List<Grant> grants, String topic) {
        return grants.stream().filter(grant -> grant.kind().equals("topic") && grant.resource().equals(topic))
                .filter(grant -> grant.operations().contains("Write")).map(Grant::principal).toList();
    }

    /** Spring's relaxed binding: {@code permanence.services.case-service} is {@code PERMANENCE_SERVICES_CASE_SERVICE}. */
    private static String environmentName(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase();
    }
}
