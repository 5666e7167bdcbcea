package uk.permanence.cases.councils;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;

/** {@code GET /api/councils} answers without a token, as typed JSON that a cache may keep. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class CouncilListTest {

    @Autowired
    WebApplicationContext context;

    /** Without test-support's default token (SignedMockMvc): only the application's own filters. */
    MockMvc mvc;

    @BeforeEach
    void unsignedRequests() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    @Test
    void listsEveryCouncilAndRaaWithoutAToken() throws Exception {
        mvc.perform(get("/api/councils"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "max-age=3600, public"))
                .andExpect(jsonPath("$.councils[?(@.code == '825')].name").value("Buckinghamshire"))
                .andExpect(jsonPath("$.councils[?(@.code == '825')].endedOn").doesNotExist())
                .andExpect(jsonPath("$.councils[?(@.code == '909')].endedOn").value("2023-03-31"))
                .andExpect(jsonPath("$.councils[?(@.code == '942')].startedOn").value("2023-04-01"))
                .andExpect(jsonPath("$.raas[?(@.id == 'adopt-thames-valley')].name").value("Adopt Thames Valley"))
                .andExpect(jsonPath("$.raas[?(@.id == 'adopt-thames-valley')].members[*].council",
                        hasItem("825")))
                .andExpect(jsonPath("$.raas[?(@.id == 'adopt-south-west')].members[?(@.council == '908')].from")
                        .value("2024-04-01"))
                .andExpect(jsonPath("$.raas[?(@.id == 'adopt-coast-to-coast')].members[?(@.council == '909')].to")
                        .value("2023-03-31"))
                .andExpect(jsonPath("$.councils[0].code").value("201"))
                .andExpect(jsonPath("$.councils[*].raa").doesNotExist())
                .andExpect(jsonPath("$.raas[*].id", not(hasItem("adopt_thames_valley"))))
                .andExpect(jsonPath("$.raas[0].members", not(hasSize(0))));
    }

    @Test
    void onlyReadingIsOpen() throws Exception {
        mvc.perform(post("/api/councils").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/cases")).andExpect(status().isUnauthorized());
    }
}
