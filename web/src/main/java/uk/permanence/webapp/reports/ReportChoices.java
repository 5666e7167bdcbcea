package uk.permanence.webapp.reports;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import uk.permanence.councils.Councils;
import uk.permanence.webapp.Wording;

/**
 * The councils and RAA a person may choose a report for, from their access token's tenancy claims ({@code la}, the
 * councils; {@code raa}, the RAA, whose members today they see): a council user's councils; an RAA lead's RAA (all
 * its members) and each member council. Only what to offer: the API decides what they may see.
 */
record ReportChoices(List<Choice> choices) {

    /** One option: {@code value} as the form sends it ({@code la-825}, {@code raa-adopt-thames-valley}). */
    record Choice(String value, String label, String la, String raa) {

        boolean isRaa() {
            return raa != null;
        }
    }

    static ReportChoices of(String accessToken, Councils councils, LocalDate today, Wording wording) {
        List<Choice> choices = new ArrayList<>();
        claims(accessToken).ifPresent(claims -> {
            try {
                String raa = claims.getStringClaim("raa");
                if (raa != null && councils.isRaa(raa)) {
                    choices.add(new Choice("raa-" + raa, councils.raas().get(raa).name() + " (all member councils)",
                            null, raa));
                    for (String member : new TreeSet<>(councils.ofRaa(raa, today))) {
                        choices.add(council(member, wording));
                    }
                }
                List<String> own = claims.getStringListClaim("la");
                if (own != null) {
                    new TreeSet<>(own).forEach(la -> choices.add(council(la, wording)));
                }
            } catch (ParseException e) {
                // a claim of another shape offers nothing
            }
        });
        return new ReportChoices(List.copyOf(choices));
    }

    private static Choice council(String la, Wording wording) {
        return new Choice("la-" + la, wording.council(la), la, null);
    }

    /** The identity service's access tokens are JWTs; anything else carries no tenancy the page can read. */
    private static Optional<JWTClaimsSet> claims(String accessToken) {
        try {
            return Optional.of(JWTParser.parse(accessToken).getJWTClaimsSet());
        } catch (ParseException e) {
            return Optional.empty();
        }
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
