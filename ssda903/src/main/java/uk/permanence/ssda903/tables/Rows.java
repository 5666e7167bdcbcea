package uk.permanence.ssda903.tables;

import java.time.LocalDate;

/** The rows of the tables this platform reads, with only the fields the journey needs, each with its source. */
public final class Rows {

    private Rows() {
    }

    /** Header: one per child and collection year. */
    public record Child(String child, String sex, LocalDate dateOfBirth, String ethnicity, Source source) {
    }

    /** Episodes: a period of the child's care with one legal status and one placement. */
    public record Episode(String child, LocalDate started, String reasonNewEpisode, String legalStatus,
                          String placement, LocalDate ended, String reasonEnded, Source source) {

        public boolean open() {
            return ended == null;
        }
    }

    /** Reviews: a statutory review held. */
    public record Review(String child, LocalDate heldOn, Source source) {
    }

    /** AD1: a child adopted in the year, with the decision and match dates. */
    public record Adoption(String child, LocalDate decidedOn, LocalDate matchedOn, String fosterCare,
                           Source source) {
    }

    /** PlacedAdoption: a decision that the child should be placed for adoption, and when and why it ended. */
    public record AdoptionDecision(String child, LocalDate decidedOn, LocalDate ceasedOn, String reasonCeased,
                                   Source source) {
    }
}
