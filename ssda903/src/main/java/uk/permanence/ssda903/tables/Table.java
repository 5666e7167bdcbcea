package uk.permanence.ssda903.tables;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The SSDA903 tables this platform reads, each recognised by its columns (councils name their files as they
 * like). Other tables of the return (OC2, OC3, Missing, UASC, ...) are accepted and ignored.
 */
public enum Table {
    HEADER(List.of("CHILD", "SEX", "DOB", "ETHNIC")),
    EPISODES(List.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC")),
    REVIEWS(List.of("CHILD", "REVIEW", "REVIEW_CODE")),
    AD1(List.of("CHILD", "DATE_INT", "DATE_MATCH", "FOSTER_CARE")),
    PLACED_ADOPTION(List.of("CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));

    private final List<String> columns;

    Table(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    /** The table whose columns the header line holds, if it is one this platform reads. */
    public static Optional<Table> recognise(Set<String> header) {
        return Stream.of(values()).filter(table -> header.containsAll(table.columns)).findFirst();
    }
}
