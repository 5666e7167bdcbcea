package uk.permanence.cases.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.TestTokens;
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
                TestTokens.signWithUnpublishedKey(TestTokens.claims("825", "team-manager").build()),
                TestTokens.signedWithRetiredDevelopmentKey(TestTokens.claims("825", "team-manager").build()),
                TestTokens.token("someone-else", TestTokens.AUDIENCE, later, "825", "team-manager"),
                TestTokens.token(TestTokens.ISSUER, "another-api", later, "825", "team-manager"),
                TestTokens.token(TestTokens.ISSUER, TestTokens.AUDIENCE,
                        Instant.now().minusSeconds(600), "825", "team-manager")}) {
            mvc.perform(get("/api/cases").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void aTokenWithoutExpirySubjectOrIssueTimeOrLivingTooLongIsUnauthorisedWithAProblem() throws Exception {
        Instant now = Instant.now();
        for (JWTClaimsSet.Builder claims : List.of(
                TestTokens.claims("825", "team-manager").expirationTime(null),
                TestTokens.claims("825", "team-manager").subject(null),
                TestTokens.claims("825", "team-manager").issueTime(null),
                TestTokens.claims("825", "team-manager").expirationTime(Date.from(now.plus(Duration.ofHours(8)))),
                TestTokens.claims("825", "team-manager").issueTime(Date.from(now.plusSeconds(600))))) {
            mvc.perform(get("/api/cases").header("Authorization", "Bearer " + TestTokens.sign(claims.build())))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void theRoleTableIsEnforcedHereAsAtTheGateway() throws Exception {
        mvc.perform(post("/api/cases/c-1/vaa-shares").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Authorization", "Bearer " + TestTokens.token("825", "family-finder")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        for (String role : List.of("ops", "admin")) {
            mvc.perform(get("/api/cases").header("Authorization", "Bearer " + TestTokens.token("825", role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/audit").header("Authorization", "Bearer " + TestTokens.token("825", "team-manager")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnacceptableCorrelationIdIsReplacedAsAtTheGateway() throws Exception {
        String offered = "x".repeat(2000);
        String answered = mvc.perform(get("/api/cases").header("X-Correlation-Id", offered))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("X-Correlation-Id");
        assertThat(answered).matches("[0-9a-f-]{36}");
        mvc.perform(get("/api/cases").header("X-Correlation-Id", "board-paper-7"))
                .andExpect(header().string("X-Correlation-Id", "board-paper-7"));
    }

    @Test
    void operationsNeedTheAdminOrOpsRoleAndHealthIsOpen() throws Exception {
        mvc.perform(post("/admin/republish").param("fromGlobalIndex", "0")
                        .header("Authorization", "Bearer " + TestTokens.token("825", "team-manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").header("Authorization", "")).andExpect(status().isOk());
    }
}
