package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the README promises a newcomer must exist: its commands, its folders and its ports. */
class ReadmeTest {

    @Test
    void showsExactlyTheTwoSetUpCommandsAndCiRunsTheSecond() throws IOException {
        String readme = RepositoryFiles.read("README.md");
        String setUp = readme.substring(readme.indexOf("## Set up on a fresh machine"));
        String block = setUp.substring(setUp.indexOf("```sh") + 5, setUp.indexOf("```", setUp.indexOf("```sh") + 5));

        assertThat(block.lines().filter(line -> !line.isBlank()).map(line -> line.split("#")[0].trim()))
                .containsExactly("./permanence up", "./permanence test");
        assertThat(RepositoryFiles.read(".ci/run")).contains("./permanence test");
    }

    @Test
    void everyLauncherCommandItNamesExists() throws IOException {
        String launcher = RepositoryFiles.read("permanence");
        Matcher commands = Pattern.compile("\\./permanence (\\w+)").matcher(RepositoryFiles.read("README.md"));
        while (commands.find()) {
            assertThat(launcher).as("./permanence %s", commands.group(1)).contains("  " + commands.group(1) + ")");
        }
    }

    @Test
    void everyPlaceInTheWhereIsTableExists() throws IOException {
        String readme = RepositoryFiles.read("README.md");
        String table = readme.substring(readme.indexOf("## Where is X"), readme.indexOf("## Demo walkthrough"));
        int checked = 0;
        for (String row : table.lines().filter(line -> line.startsWith("| ")).skip(1).toList()) {
            String where = row.substring(row.lastIndexOf('|', row.length() - 2));
            Matcher paths = Pattern.compile("`([^`]+)`").matcher(where);
            while (paths.find()) {
                String path = paths.group(1);
                if (!path.startsWith("../") && !path.contains(" ")) {
                    assertThat(Files.exists(RepositoryFiles.ROOT.resolve(path))).as(path).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void theComponentPortsAreTheConfiguredOnes() throws IOException {
        String readme = RepositoryFiles.read("README.md");
        for (String service : List.of("gateway", "case-service", "tracking-service", "reporting-service")) {
            Map<String, Object> properties = RepositoryFiles.serviceProperties(service);
            assertThat(readme).contains("| " + service + " | " + properties.get("server.port") + " |");
        }
        assertThat(readme).contains("management port " + RepositoryFiles.serviceProperties("gateway")
                .get("management.server.port"));
    }
}
