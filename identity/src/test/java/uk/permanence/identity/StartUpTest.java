package uk.permanence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class StartUpTest extends IdentityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsHealthyWithItsTablesMigrated() throws Exception {
        var health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class)).contains("oauth2_registered_client", "oauth2_authorization");
    }
}
