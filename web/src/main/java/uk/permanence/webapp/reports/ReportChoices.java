package uk.permanence.webapp.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import uk.permanence.councils.Councils;
import uk.permanence.webapp.Wording;
import uk.permanence.webapp.api.Caller;

/**
 * The councils and RAA a person may choose a report for, from their access token's tenancy claims ({@link Caller}: the
 * councils; the RAA, whose members today they see): a council user's councils; an RAA lead's RAA (all
 * its members) and each member council. Only what to offer: the API decides what they may see.
 */
record ReportChoices(List<Choice> choices) {

    /** One option: {@code value} as the form sends it ({@code la-825}, {@code raa-adopt-thames-valley}). */
    record Choice(String value, String label, String la, String raa) {

        boolean isRaa() {
            return raa != null;
        }
    }

    static ReportChoices of(Caller.Claims claims, Councils councils, LocalDate today, Wording wording) {
        List<Choice> choices = new ArrayList<>();
        String raa = claims.raa();
        if (raa != null && councils.isRaa(raa)) {
            choices.add(new Choice("raa-" + raa, councils.raas().get(raa).name() + " (all member councils)", null,
                    raa));
            for (String member : new TreeSet<>(councils.ofRaa(raa, today))) {
                choices.add(council(member, wording));
            }
        }
        new TreeSet<>(claims.councils()).forEach(la -> choices.add(council(la, wording)));
        return new ReportChoices(List.copyOf(choices));
    }

    private static Choice council(String la, Wording wording) {
        return new Choice("la-" + la, wording.council(la), la, null);
    }

    /** The choices a report offers: councils only for a report of one council. */
    ReportChoices forReport(Report report) {
        return report.forRaa ? this : new ReportChoices(choices.stream().filter(choice -> !choice.isRaa()).toList());
    }

    Optional<Choice> find(String value) {
        return choices.stream().filter(choice -> choice.value().equals(value)).findFirst();
    }

    boolean isEmpty() {
        return choices.isEmpty();
    }
}
