package uk.permanence.reporting.scorecard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.events.ChildCharacteristicsRecorded;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.SiblingLinked;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.journey.CarePeriod;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;
import uk.permanence.reporting.knowledge.KnownVersions;
import uk.permanence.reporting.knowledge.VersionedTable;

/**
 * Keeps each case's scorecard dates and split characteristics as known over time, recomputed from the case's
 * whole history, so corrections and voids change the measures they touch from when they were recorded.
 */
@Component
class AdoptionJourneys implements RecomputedProjection {

    private record Journey(String laCode, LocalDate enteredCareOn, LocalDate placementOrderOn, LocalDate matchedOn,
                           LocalDate placedOn, LocalDate a10StopOn, LocalDate adoptedOn, LocalDate dateOfBirth,
                           boolean siblingGroup, boolean disability, String ethnicityGroup,
                           boolean earlyPermanence) {
    }

    private final VersionedTable table;

    AdoptionJourneys(JdbcTemplate jdbc) {
        this.table = new VersionedTable(jdbc, "adoption_journey", List.of("case_id", "la_code", "entered_care_on",
                "placement_order_on", "matched_on", "placed_on", "a10_stop_on", "adopted_on", "date_of_birth",
                "sibling_group", "disability", "ethnicity_group", "early_permanence"));
    }

    @Override
    public List<String> tables() {
        return List.of("adoption_journey");
    }

    @Override
    public void recompute(List<CaseHistory> histories) {
        table.replace(histories, history -> KnownVersions.of(history, AdoptionJourneys::journey, row -> ""),
                row -> Arrays.asList(row.laCode(), row.enteredCareOn(), row.placementOrderOn(), row.matchedOn(),
                        row.placedOn(), row.a10StopOn(), row.adoptedOn(), row.dateOfBirth(), row.siblingGroup(),
                        row.disability(), row.ethnicityGroup(), row.earlyPermanence()));
    }

    private static List<Journey> journey(CaseHistory history) {
        CaseJourney journey = history.journey();
        if (journey.laCode() == null) {
            return List.of();
        }
        List<RecordedCaseEvent> effective = CaseJourney.effective(history.events());
        // a child who came back into care after an adoption is measured in the period that ended in adoption
        CarePeriod period = journey.periodEndedInAdoption().orElse(journey.currentPeriod());
        Optional<ChildCharacteristicsRecorded> characteristics = effective.stream()
                .map(RecordedCaseEvent::event).filter(ChildCharacteristicsRecorded.class::isInstance)
                .map(ChildCharacteristicsRecorded.class::cast).reduce((earlier, later) -> later);
        boolean siblingGroup = characteristics.map(ChildCharacteristicsRecorded::siblingGroup).orElse(false)
                || effective.stream().anyMatch(recorded -> recorded.event() instanceof SiblingLinked);
        boolean earlyPermanence = effective.stream()
                .anyMatch(recorded -> recorded.event() instanceof EarlyPermanencePlacementStarted);
        return List.of(new Journey(journey.laCode(), period.enteredCareOn(), period.placementOrderOn(),
                period.matchedOn(), period.placedOn(),
                period.fosterPlacementStartedOn() != null ? period.fosterPlacementStartedOn() : period.placedOn(),
                period.endedInAdoption() ? period.closedOn() : null, journey.dateOfBirth(), siblingGroup,
                characteristics.map(ChildCharacteristicsRecorded::disability).orElse(false),
                characteristics.map(recorded -> recorded.ethnicityGroup().name()).orElse(null), earlyPermanence));
    }
}
