package uk.permanence.cases.councils;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.permanence.councils.Councils;

/** {@code GET /api/councils}: every council by code and every RAA with its dated memberships, in code and id order. */
record CouncilList(List<Council> councils, List<Raa> raas) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Council(String code, String name, LocalDate startedOn, LocalDate endedOn) {
    }

    record Raa(String id, String name, List<Member> members) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Member(String council, LocalDate from, LocalDate to) {
    }

    static CouncilList of(Councils platform) {
        List<Council> councils = platform.councils().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new Council(entry.getKey(), entry.getValue().name(), entry.getValue().startedOn(),
                        entry.getValue().endedOn()))
                .toList();
        List<Raa> raas = platform.raas().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new Raa(entry.getKey(), entry.getValue().name(), entry.getValue().members().stream()
                        .sorted(Comparator.comparing(Councils.Membership::council)
                                .thenComparing(Councils.Membership::from))
                        .map(member -> new Member(member.council(), member.from(), member.to()))
                        .toList()))
                .toList();
        return new CouncilList(councils, raas);
    }
}
