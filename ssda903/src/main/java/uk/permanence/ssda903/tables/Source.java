package uk.permanence.ssda903.tables;

/** Where a row came from: the file, its line (the header is line 1) and the collection year it was returned for. */
public record Source(String file, int line, String collectionYear) {

    @Override
    public String toString() {
        return file + " line " + line;
    }
}
