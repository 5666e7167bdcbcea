package uk.permanence.cases.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.DevTokens;
import uk.permanence.testing.RealInfrastructure;

/** The service verifies tokens itself: a call that got past the gateway, or around it, still needs a valid one. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class TokenVerificationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aCallWithoutATokenIsUnauthorisedWhateverIdentityHeadersItCarries() throws Exception {
        mvc.perform(get("/api/cases").header("Authorization", "")
                        .header("X-Permanence-User", "someone").header("X-Permanence-La", "825"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenThatFailsVerificationIsUnauthorised() throws Exception {
        Instant later = Instant.now().plusSeconds(3600);
        for (String token : new String[] {
                DevTokens.token("another-key-of-sufficient-length-0123456789abcdef", DevTokens.ISSUER,
                        DevTokens.AUDIENCE, later, "825", "team-manager"),
                DevTokens.token(DevTokens.SIGNING_KEY, "someone-else", DevTokens.AUDIENCE, later, "825", "team-manager"),
                DevTokens.token(DevTokens.SIGNING_KEY, DevTokens.ISSUER, "another-api", later, "825", "team-manager"),
                DevTokens.token(DevTokens.SIGNING_KEY, DevTokens.ISSUER, DevTokens.AUDIENCE,
                        Instant.now().minusSeconds(600), "825", "team-manager")}) {
            mvc.perform(get("/api/cases").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void operationsNeedTheAdminOrOpsRoleAndHealthIsOpen() throws Exception {
        mvc.perform(post("/admin/republish").param("fromGlobalIndex", "0")
                        .header("Authorization", "Bearer " + DevTokens.token("825", "team-manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").header("Authorization", "")).andExpect(status().isOk());
    }
}
