package uk.permanence.reporting.exports;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tables of the SSDA903 return the export answers, by the name a request gives, with the DfE's columns. */
enum Ssda903Table {
    AD1("ad1", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
            "LS_ADOPTR")),
    PLACED_ADOPTION("placed-adoption", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED")),
    HEADER("header", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")),
    EPISODES("episodes", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"));

    private final String name;
    private final List<String> columns;

    Ssda903Table(String name, List<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    static Optional<Ssda903Table> named(String name) {
        return Stream.of(values()).filter(table -> table.name.equals(name.strip())).findFirst();
    }

    static String names() {
        return Stream.of(values()).map(table -> table.name).collect(Collectors.joining(", "));
    }

    String title() {
        return name;
    }

    List<String> columns() {
        return columns;
    }
}
