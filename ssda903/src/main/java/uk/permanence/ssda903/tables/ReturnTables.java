package uk.permanence.ssda903.tables;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.permanence.ssda903.Problem;

/**
 * Every row of the tables read so far, from any number of files and collection years, and the problems found in
 * reading them: a date not written dd/mm/yyyy, a row without a child id, an XML return that cannot be read. Rows are
 * kept as returned; merging the years is the journey's work.
 */
public final class ReturnTables {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final List<Rows.Child> children = new ArrayList<>();
    private final List<Rows.Episode> episodes = new ArrayList<>();
    private final List<Rows.Review> reviews = new ArrayList<>();
    private final List<Rows.Adoption> adoptions = new ArrayList<>();
    private final List<Rows.AdoptionDecision> decisions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Reads one file of the return for a collection year (for example "2024-25"): a CSV table, recognised by its
     * columns, or the whole return as one XML file ({@code EXPSSDA903}, recognised by its markup), every table of
     * which is read. Answers the table read (for the XML return {@link Table#HEADER}, the table each of its children
     * opens with), or empty for a CSV table this platform does not read. An XML return that cannot be read is one
     * problem of the file, and none of its rows is kept.
     */
    public Optional<Table> read(String fileName, String collectionYear, Reader file) {
        try (PushbackReader input = new PushbackReader(file, 1)) {
            int blankLines = skipBlankStart(input);
            if (blankLines < 0) {
                return readCsv(fileName, collectionYear, input);
            }
            try {
                XmlReturn.read(input).forEach(row -> row(row.table(), row.fields(),
                        new Source(fileName, blankLines + row.line(), collectionYear)));
            } catch (XmlReturn.Unreadable e) {
                problems.add(new Problem(null, new Source(fileName, blankLines + e.line(), collectionYear), null,
                        null, e.getMessage()));
            }
            return Optional.of(Table.HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + fileName, e);
        }
    }

    /**
     * Skips a byte-order mark and white space: when the file then opens with markup ({@code <}), answers the number
     * of lines skipped, else -1.
     */
    private static int skipBlankStart(PushbackReader input) throws IOException {
        int lines = 0;
        int next = input.read();
        while (next == BYTE_ORDER_MARK || next != -1 && Character.isWhitespace(next)) {
            lines += next == '\n' ? 1 : 0;
            next = input.read();
        }
        if (next != -1) {
            input.unread(next);
        }
        return next == '<' ? lines : -1;
    }

    private Optional<Table> readCsv(String fileName, String collectionYear, Reader csv) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMAT).get()) {
            Optional<Table> table = Table.recognise(new HashSet<>(parser.getHeaderNames()));
            table.ifPresent(recognised -> {
                for (CSVRecord record : parser) {
                    row(recognised, record.toMap(), new Source(fileName, (int) record.getRecordNumber() + 1,
                            collectionYear));
                }
            });
            return table;
        }
    }

    private void row(Table table, Map<String, String> values, Source source) {
        Fields fields = new Fields(values, source);
        if (fields.child() == null) {
            problems.add(new Problem(null, source, "CHILD", null, "The row has no child id (CHILD)."));
            return;
        }
        switch (table) {
            case HEADER -> children.add(new Rows.Child(fields.child(), fields.text("SEX"), fields.date("DOB"),
                    fields.text("ETHNIC"), source));
            case EPISODES -> episodes.add(new Rows.Episode(fields.child(), fields.date("DECOM"), fields.text("RNE"),
                    fields.text("LS"), fields.text("PLACE"), fields.date("DEC"), fields.text("REC"), source));
            case REVIEWS -> reviews.add(new Rows.Review(fields.child(), fields.date("REVIEW"), source));
            case AD1 -> adoptions.add(new Rows.Adoption(fields.child(), fields.date("DATE_INT"),
                    fields.date("DATE_MATCH"), fields.text("FOSTER_CARE"), source));
            case PLACED_ADOPTION -> decisions.add(new Rows.AdoptionDecision(fields.child(),
                    fields.date("DATE_PLACED"), fields.date("DATE_PLACED_CEASED"), fields.text("REASON_PLACED_CEASED"),
                    source));
        }
    }

    /** One row's fields by column: blank is absent, and a date that cannot be read is a problem (and absent). */
    private final class Fields {

        private final Map<String, String> values;
        private final Source source;

        Fields(Map<String, String> values, Source source) {
            this.values = values;
            this.source = source;
        }

        String child() {
            return text("CHILD");
        }

        String text(String column) {
            String value = values.get(column);
            if (value == null) {
                return null;
            }
            value = value.strip();
            return value.isEmpty() ? null : value;
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, DATE);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(child(), source, column, null,
                        column + " \"" + value + "\" is not a real date written dd/mm/yyyy."));
                return null;
            }
        }
    }

    public List<Rows.Child> children() {
        return children;
    }

    public List<Rows.Episode> episodes() {
        return episodes;
    }

    public List<Rows.Review> reviews() {
        return reviews;
    }

    public List<Rows.Adoption> adoptions() {
        return adoptions;
    }

    public List<Rows.AdoptionDecision> decisions() {
        return decisions;
    }

    public List<Problem> problems() {
        return problems;
    }
}
