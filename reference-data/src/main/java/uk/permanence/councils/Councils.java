package uk.permanence.councils;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every council by its 3-digit DfE code and every regional adoption agency with its dated memberships. Bound from
 * {@code permanence.councils} and {@code permanence.raas} in {@code councils.yml}, which every service imports.
 *
 * <p>Which councils make up an RAA depends on the day: {@link #ofRaa(String, LocalDate)}. A report of an RAA over
 * a period counts the councils that were members on the period's last day ({@link #ofRaaOverPeriod}), so that a
 * council that moved from one RAA to another during a period is counted once, in the RAA it had joined by the end;
 * alerts, case access and other views of now use today's members.
 */
public record Councils(Map<String, Council> councils, Map<String, Raa> raas) {

    /** A council; {@code startedOn} only for one created since the DfE's list began, {@code endedOn} its last day. */
    public record Council(String name, LocalDate startedOn, LocalDate endedOn) {
    }

    public record Raa(String name, List<Membership> members) {

        public Raa {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** A council's membership of an RAA from {@code from} to {@code to}, both included; no {@code to} while it lasts. */
    public record Membership(String council, LocalDate from, LocalDate to) {

        public boolean inForceOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    public Councils {
        councils = councils == null ? Map.of() : Map.copyOf(councils);
        raas = raas == null ? Map.of() : Map.copyOf(raas);
    }

    public boolean isKnown(String laCode) {
        return laCode != null && councils.containsKey(laCode);
    }

    public boolean isRaa(String raa) {
        return raa != null && raas.containsKey(raa);
    }

    /** The codes of the councils that were members of an RAA on a date; empty for an unknown RAA. */
    public Set<String> ofRaa(String raa, LocalDate on) {
        Raa agency = raa == null ? null : raas.get(raa);
        return agency == null ? Set.of() : agency.members().stream()
                .filter(membership -> membership.inForceOn(on))
                .map(Membership::council)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The councils an RAA's report over a period covers: its members on the period's last day. */
    public Set<String> ofRaaOverPeriod(String raa, LocalDate periodEnd) {
        return ofRaa(raa, periodEnd);
    }
}
