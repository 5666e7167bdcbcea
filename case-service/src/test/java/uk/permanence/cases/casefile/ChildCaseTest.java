package uk.permanence.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;

class ChildCaseTest {

    private static final String CASE_ID = "case-1";
    private static final Instant RECORDED_AT = Instant.parse("2025-01-12T09:30:00Z");

    private FixtureConfiguration<ChildCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildCase.class);
    }

    @Test
    void aChildEntersCare() {
        fixture.givenNoPriorActivity()
                .when(entersCareOn(LocalDate.of(2025, 1, 10)))
                .expectEvents(new ChildEnteredCare(CASE_ID, "825", "DEMO-0001", LocalDate.of(2024, 5, 1),
                        LocalDate.of(2025, 1, 10), LegalStatus.C2, RECORDED_AT, "sw@825"));
    }

    @Test
    void aChildCannotEnterCareBeforeBirth() {
        fixture.givenNoPriorActivity()
                .when(entersCareOn(LocalDate.of(2024, 4, 30)))
                .expectException(CaseRuleViolation.class)
                .expectNoEvents();
    }

    private static RecordEntryToCare entersCareOn(LocalDate date) {
        return new RecordEntryToCare(CASE_ID, "825", "DEMO-0001", LocalDate.of(2024, 5, 1), date, LegalStatus.C2,
                RECORDED_AT, "sw@825");
    }
}
