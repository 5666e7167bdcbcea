package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prometheus's own checker accepts the scrape configurations and the rules (./permanence test installs it). */
class PrometheusFilesTest {

    @Test
    void theScrapeConfigurationsAreValid() throws Exception {
        assertAccepted("promtool", "check", "config", "ops/prometheus/prometheus.yml");
        assertAccepted("promtool", "check", "config", "ops/prometheus/prometheus-compose.yml");
    }

    @Test
    void theAlertingRulesAreValidAndEachHasARunbookParagraph() throws Exception {
        assertAccepted("promtool", "check", "rules", "ops/prometheus/rules/platform.yml");
        String rules = RepositoryFiles.read("ops/prometheus/rules/platform.yml");
        String runbook = RepositoryFiles.read("docs/runbook.md");
        rules.lines().map(String::trim).filter(line -> line.startsWith("- alert: "))
                .map(line -> line.substring("- alert: ".length()))
                .forEach(alert -> assertThat(runbook).as(alert).contains("## " + alert + "\n"));
    }

    private static void assertAccepted(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(RepositoryFiles.ROOT.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
