package uk.permanence.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.permanence.events.AdopterAgency;
import uk.permanence.events.AdoptersLinked;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.CareProceedingsConcluded;
import uk.permanence.events.CareProceedingsIssued;
import uk.permanence.events.CaseAllocated;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildCharacteristicsRecorded;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.EthnicityGroup;
import uk.permanence.events.EventCorrected;
import uk.permanence.events.FamilyFinderAllocated;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.ProceedingsOutcome;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.StatutoryReviewHeld;

/**
 * A national-scale synthetic population: children spread over 150 councils (codes 600 to 749, clear of real
 * ones), entering care over six years, about 30 events each (reviews every six months, proceedings, and for most
 * an adoption decision, an order, a match, a placement and an adoption order; a few corrections), each recorded a
 * few days after its legal date. Deterministic for a seed, so two runs load the same data.
 */
final class SyntheticJourneys {

    /** The case ids of the tracking benchmark's children ({@code TrackingLoad}), removed with the synthetic ones. */
    static final String LOAD_PREFIX = "LOAD-";
    static final int COUNCILS = 150;
    static final int FIRST_COUNCIL = 600;

    private static final LocalDate FIRST_ENTRY = LocalDate.of(2019, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private SyntheticJourneys() {
    }

    static String council(int index) {
        return Integer.toString(FIRST_COUNCIL + index % COUNCILS);
    }

    static List<CaseEvent> child(int index) {
        return new Child(index).events();
    }

    /** One child's journey, recorded in order: each event a few days after its legal date, never before the last. */
    private static final class Child {

        private final SplittableRandom random;
        private final String id;
        private final String la;
        private final List<CaseEvent> events = new ArrayList<>();
        private Instant lastRecorded = Instant.MIN;

        Child(int index) {
            random = new SplittableRandom(index * 7919L + 17);
            id = "NAT-" + index;
            la = council(index);
        }

        List<CaseEvent> events() {
            LocalDate entered = FIRST_ENTRY.plusDays(random.nextInt(6 * 365));
            LocalDate born = entered.minusDays(random.nextInt(6 * 365));
            events.add(new ChildEnteredCare(id, la, "REF-" + id, born, entered, LegalStatus.C2, recorded(entered),
                    "synthetic", null));
            events.add(new CaseAllocated(id, la, entered.plusDays(2), "worker-" + random.nextInt(40),
                    "team-" + random.nextInt(6), recorded(entered.plusDays(2)), "synthetic", null));
            events.add(new ChildCharacteristicsRecorded(id, la, entered.plusDays(20), random.nextInt(4) == 0, null,
                    random.nextInt(8) == 0, EthnicityGroup.values()[random.nextInt(EthnicityGroup.values().length)],
                    recorded(entered.plusDays(20)), "synthetic", null));
            events.add(new CareProceedingsIssued(id, la, entered.plusDays(10), recorded(entered.plusDays(10)),
                    "synthetic", null));
            boolean adoption = random.nextInt(10) < 7;
            LocalDate decided = entered.plusDays(90 + random.nextInt(200));
            LocalDate ordered = decided.plusDays(60 + random.nextInt(120));
            LocalDate matched = ordered.plusDays(60 + random.nextInt(300));
            LocalDate placed = matched.plusDays(10 + random.nextInt(40));
            LocalDate adopted = placed.plusDays(120 + random.nextInt(200));
            LocalDate lastReview = adopted.isBefore(TODAY) ? adopted : TODAY;
            Milestone next = adoption ? Milestone.DECISION : Milestone.NONE;
            long sequenceOfMatch = -1;
            for (LocalDate review = entered.plusDays(28); !review.isAfter(lastReview) && events.size() < 45;
                 review = review.plusWeeks(6)) {
                events.add(new StatutoryReviewHeld(id, la, review, events.size() < 5 ? ReviewKind.FIRST
                        : ReviewKind.SUBSEQUENT, adoption ? PermanencePlan.ADOPTION
                        : PermanencePlan.LONG_TERM_FOSTERING, null, recorded(review), "synthetic", null));
                if (next == Milestone.DECISION && !decided.isAfter(review)) {
                    events.add(new AdoptionDecisionMade(id, la, decided, recorded(decided), "synthetic", null));
                    events.add(new FamilyFinderAllocated(id, la, decided.plusDays(3), "finder-" + random.nextInt(10),
                            recorded(decided.plusDays(3)), "synthetic", null));
                    next = Milestone.ORDER;
                }
                if (next == Milestone.ORDER && !ordered.isAfter(review)) {
                    events.add(new CareProceedingsConcluded(id, la, ordered, ProceedingsOutcome.PLACEMENT_ORDER,
                            recorded(ordered), "synthetic", null));
                    events.add(new PlacementOrderGranted(id, la, ordered, recorded(ordered), "synthetic", null));
                    next = Milestone.MATCH;
                }
                if (next == Milestone.MATCH && !matched.isAfter(review)) {
                    events.add(new AdoptersLinked(id, la, matched.minusDays(30), "L-" + id, AdopterAgency.RAA, null,
                            recorded(matched.minusDays(30)), "synthetic", null));
                    sequenceOfMatch = events.size();
                    events.add(new ChildMatched(id, la, matched, matched.minusDays(7), "L-" + id, recorded(matched),
                            "synthetic", null));
                    next = Milestone.NONE;
                }
            }
            if (sequenceOfMatch >= 0 && random.nextInt(20) == 0) {
                events.add(new EventCorrected(id, la, matched.plusDays(30), sequenceOfMatch, "matchedOn",
                        matched.minusDays(5).toString(), "panel date misread", recorded(matched.plusDays(30)),
                        "synthetic", null));
            }
            if (sequenceOfMatch >= 0 && !placed.isAfter(TODAY)) {
                events.add(new ChildPlacedForAdoption(id, la, placed, false, null, recorded(placed), "synthetic",
                        null));
                if (!adopted.isAfter(TODAY)) {
                    events.add(new AdoptionOrderGranted(id, la, adopted, recorded(adopted), "synthetic", null));
                }
            }
            return events;
        }

        private Instant recorded(LocalDate date) {
            Instant at = date.plusDays(random.nextInt(15)).atTime(9 + random.nextInt(8), random.nextInt(60))
                    .toInstant(ZoneOffset.UTC);
            lastRecorded = at.isAfter(lastRecorded) ? at : lastRecorded.plusSeconds(60);
            return lastRecorded;
        }
    }

    private enum Milestone { DECISION, ORDER, MATCH, NONE }
}
