package uk.permanence.councils;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The councils on this platform, by 3-digit DfE code, with the regional adoption agency each belongs to. Bound from
 * {@code permanence.councils} in {@code councils.yml}, which every service imports.
 */
public record Councils(Map<String, Council> councils) {

    public record Council(String name, String raa) {
    }

    public boolean isKnown(String laCode) {
        return councils != null && councils.containsKey(laCode);
    }

    /** The codes of the councils that make up an RAA; empty for an unknown RAA. */
    public Set<String> ofRaa(String raa) {
        return councils == null ? Set.of() : councils.entrySet().stream()
                .filter(entry -> entry.getValue().raa().equals(raa))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
