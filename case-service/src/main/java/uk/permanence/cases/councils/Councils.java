package uk.permanence.cases.councils;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The councils on this platform, by 3-digit DfE code, with the RAA each belongs to. */
@ConfigurationProperties("permanence")
public record Councils(Map<String, Council> councils) {

    public record Council(String name, String raa) {
    }

    public boolean isKnown(String laCode) {
        return councils != null && councils.containsKey(laCode);
    }
}
