package uk.permanence.reporting.proceedings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.permanence.events.ProceedingsDelayReason;
import uk.permanence.reporting.scope.ReportedScope;

/**
 * Care proceedings concluded in a period, by council: how many concluded within 26 weeks of issue (Children Act
 * 1989 s32(1)(a)(ii), extensions aside), and for those that did not, the reasons given for the court's extensions.
 * Every figure carries the number of children behind it.
 */
record ProceedingsReport(ReportedScope scope, Instant asOf, LocalDate from, LocalDate to,
                         List<CouncilProceedings> councils, CouncilProceedings total) {

    /** Proceedings concluded later without any extension recorded. */
    static final String NO_EXTENSION_RECORDED = "NO_EXTENSION_RECORDED";

    /** @param proceedings sets of proceedings; {@code children} the distinct children they concern */
    record Figure(int proceedings, int children) {

        static Figure of(Collection<Concluded> concluded) {
            return new Figure(concluded.size(), (int) concluded.stream().map(Concluded::caseId).distinct().count());
        }
    }

    /**
     * @param percentWithin26Weeks of the proceedings concluded, to a whole percent (halves up); null when none
     *                             concluded
     * @param laterReasons         each coded reason with the late proceedings that gave it (one set of proceedings
     *                             may give several, so these can add up to more than {@code later})
     */
    record CouncilProceedings(String laCode, Figure concluded, Figure within26Weeks, Integer percentWithin26Weeks,
                              Figure later, List<ReasonFigure> laterReasons) {
    }

    record ReasonFigure(String reason, int proceedings, int children) {
    }

    /** One set of proceedings concluded in the period. */
    record Concluded(String caseId, String laCode, boolean withinTwentySixWeeks, Set<String> delayReasons) {
    }

    static CouncilProceedings council(String laCode, List<Concluded> concluded) {
        List<Concluded> within = concluded.stream().filter(Concluded::withinTwentySixWeeks).toList();
        List<Concluded> later = concluded.stream().filter(Predicate.not(Concluded::withinTwentySixWeeks)).toList();
        List<ReasonFigure> reasons = new ArrayList<>();
        Stream.concat(Stream.of(ProceedingsDelayReason.values()).map(Enum::name), Stream.of(NO_EXTENSION_RECORDED))
                .forEach(reason -> {
                    Figure figure = Figure.of(later.stream().filter(proceedings -> reasonsOf(proceedings)
                            .contains(reason)).toList());
                    reasons.add(new ReasonFigure(reason, figure.proceedings(), figure.children()));
                });
        Integer percent = concluded.isEmpty() ? null
                : (int) Math.floor(within.size() * 100.0 / concluded.size() + 0.5);
        return new CouncilProceedings(laCode, Figure.of(concluded), Figure.of(within), percent, Figure.of(later),
                reasons);
    }

    static ProceedingsReport of(ReportedScope scope, Instant asOf, LocalDate from, LocalDate to, Set<String> councils,
                                List<Concluded> concluded) {
        List<CouncilProceedings> byCouncil = new TreeSet<>(councils).stream()
                .map(la -> council(la, concluded.stream().filter(c -> c.laCode().equals(la)).toList()))
                .toList();
        return new ProceedingsReport(scope, asOf, from, to, byCouncil, council(null, concluded));
    }

    private static Set<String> reasonsOf(Concluded proceedings) {
        return proceedings.delayReasons().isEmpty() ? Set.of(NO_EXTENSION_RECORDED) : proceedings.delayReasons();
    }
}
