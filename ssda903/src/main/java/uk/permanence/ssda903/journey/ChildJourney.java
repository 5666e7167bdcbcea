package uk.permanence.ssda903.journey;

import java.time.LocalDate;
import java.util.List;

/** A child of the return with their journey's milestones in date order, ready to import. */
public record ChildJourney(String child, LocalDate dateOfBirth, String sex, String ethnicity,
                           List<Milestone> milestones) {
}
