package uk.permanence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

class StartUpTest extends IdentityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScheduledTaskHolder scheduled;

    @Test
    void startsHealthyWithItsTablesMigrated() throws Exception {
        var health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class)).contains("oauth2_registered_client", "oauth2_authorization", "signing_key", "users",
                "admin_audit");
    }

    @Test
    void checksForADueSigningKeyEveryMinute() {
        assertThat(scheduled.getScheduledTasks()).anySatisfy(task -> {
            assertThat(task.getTask().getRunnable().toString()).contains("KeyRotation.rotate");
            assertThat(((FixedDelayTask) task.getTask()).getIntervalDuration()).isEqualTo(Duration.ofMinutes(1));
        });
    }
}
