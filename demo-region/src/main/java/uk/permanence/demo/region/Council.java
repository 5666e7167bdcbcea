package uk.permanence.demo.region;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A council of the demo region and how its practice differs from the others': how many children start to be looked
 * after a year, its pace (a multiplier of the times the council itself controls: entry to the ADM decision, order to
 * match) four years before the history ends and at its end, so that one council is fast, one drifts and one
 * improves; how much it uses early permanence (a multiplier of the national share); and the share of its reviews
 * held late, then and now.
 */
public record Council(String code, String name, String prefix, int entriesPerYear, double paceBefore,
                      double paceNow, double earlyPermanence, double lateReviewsBefore, double lateReviewsNow,
                      String postcodeArea) {

    /** Five councils of Adopt Thames Valley (event-contract's councils.yml), each with a character of its own. */
    public static final List<Council> REGION = List.of(
            new Council("825", "Buckinghamshire", "BUC", 64, 1.0, 1.0, 1.0, 0.12, 0.12, "HP"),
            new Council("826", "Milton Keynes", "MK", 52, 0.78, 0.76, 1.0, 0.06, 0.05, "MK"),
            new Council("931", "Oxfordshire", "OXF", 70, 0.85, 1.8, 0.8, 0.10, 0.30, "OX"),
            new Council("867", "Bracknell Forest", "BF", 34, 1.3, 0.88, 1.0, 0.25, 0.08, "RG"),
            new Council("870", "Reading", "RDG", 46, 1.1, 1.12, 2.2, 0.15, 0.15, "RG"));

    /** The pace on a date: steady until four years before the history ends, then moving to the end's. */
    double pace(LocalDate on, LocalDate historyEnds) {
        return between(paceBefore, paceNow, on, historyEnds);
    }

    double lateReviews(LocalDate on, LocalDate historyEnds) {
        return between(lateReviewsBefore, lateReviewsNow, on, historyEnds);
    }

    private static double between(double then, double now, LocalDate on, LocalDate historyEnds) {
        double yearsBefore = ChronoUnit.DAYS.between(on, historyEnds) / 365.25;
        double share = Math.max(0, Math.min(1, (4 - yearsBefore) / 4));
        return then + (now - then) * share;
    }
}
