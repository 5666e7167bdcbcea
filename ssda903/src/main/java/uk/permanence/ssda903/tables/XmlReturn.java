package uk.permanence.ssda903.tables;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The SSDA903 return as one XML file, read into the rows of the same tables as the CSV set. Its layout, as the DfE's
 * schema and the public 903 validator (data-to-insight/csc-validator-be-903, {@code lac_validator/ingress.py}) read
 * it:
 * <pre>
 * EXPSSDA903
 *   CHILD*
 *     HEADER      CHILDID, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB, ...; when the child was adopted in the year the
 *                 AD1 fields DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR
 *       AREVIEW*  REVIEW, REVIEW_CODE                                   (Reviews)
 *       AD_PLACED* DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED (PlacedAdoption)
 *       OC2, AMISSING, PERMANENCE, ...                                  (not read)
 *     EPISODE*    DECOM, RNE, LS, CIN, PL, PLACE_PROVIDER, DEC, REC, ...  (Episodes; PL is the CSV's PLACE)
 * </pre>
 * Each row gets the CSV's column names (CHILDID is CHILD, PL is PLACE), and the Reviews and PlacedAdoption rows the
 * child's CHILD and DOB as their CSV rows carry them. Document types are refused and no external entity is ever
 * resolved: the file is the council's, read on the platform's servers.
 */
final class XmlReturn {

    /** One row of a table: its fields by CSV column name, and the line of the XML element it came from. */
    record Row(Table table, Map<String, String> fields, int line) {
    }

    /** The file cannot be read as the XML return; {@code line} is where reading stopped. */
    static final class Unreadable extends Exception {

        private final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final String ROOT = "EXPSSDA903";
    private static final Map<String, String> CSV_NAMES = Map.of("CHILDID", "CHILD", "PL", "PLACE");
    private static final Set<String> AD1_FIELDS = Set.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE");
    private static final XMLInputFactory FACTORY = secureFactory();

    private XmlReturn() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** Every row of the file, in the order of its children; nothing if any of it cannot be read. */
    static List<Row> read(Reader xml) throws Unreadable {
        XMLStreamReader reader;
        try {
            reader = FACTORY.createXMLStreamReader(xml);
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
        try {
            return rows(reader);
        } catch (XMLStreamException e) {
            throw unreadable(e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the rows are read, or reading already failed; the caller closes the underlying file
            }
        }
    }

    private static List<Row> rows(XMLStreamReader reader) throws XMLStreamException, Unreadable {
        List<Row> rows = new ArrayList<>();
        List<String> path = new ArrayList<>();
        Child child = null;
        Record record = null;
        StringBuilder text = new StringBuilder();
        boolean leaf = false;
        while (reader.hasNext()) {
            int event = reader.next();
            int line = reader.getLocation().getLineNumber();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new Unreadable(line, "The XML return declares a document type "
                        + "(DOCTYPE), which the SSDA903 return never has: the file is refused.");
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    if (path.isEmpty() && !ROOT.equals(name)) {
                        throw new Unreadable(line, "The XML file is not an SSDA903 return: its root element is <"
                                + name + ">, not <" + ROOT + ">.");
                    }
                    path.add(name);
                    String where = String.join("/", path);
                    switch (where) {
                        case ROOT + "/CHILD" -> child = new Child();
                        case ROOT + "/CHILD/HEADER" -> child.headerLine = line;
                        case ROOT + "/CHILD/HEADER/AREVIEW" -> record = child.add(Table.REVIEWS, line);
                        case ROOT + "/CHILD/HEADER/AD_PLACED" -> record = child.add(Table.PLACED_ADOPTION, line);
                        case ROOT + "/CHILD/EPISODE" -> record = child.add(Table.EPISODES, line);
                        default -> {
                        }
                    }
                    text.setLength(0);
                    leaf = true;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = path.remove(path.size() - 1);
                    String parent = String.join("/", path);
                    if (leaf) {
                        String column = CSV_NAMES.getOrDefault(name, name);
                        if (parent.equals(ROOT + "/CHILD/HEADER")) {
                            child.header.put(column, text.toString());
                        } else if (record != null && (parent.equals(ROOT + "/CHILD/HEADER/AREVIEW")
                                || parent.equals(ROOT + "/CHILD/HEADER/AD_PLACED")
                                || parent.equals(ROOT + "/CHILD/EPISODE"))) {
                            record.fields.put(column, text.toString());
                        }
                    }
                    if (parent.equals(ROOT) && name.equals("CHILD")) {
                        child.rows(rows);
                        child = null;
                    }
                    leaf = false;
                }
                default -> {
                }
            }
        }
        return rows;
    }

    private static Unreadable unreadable(XMLStreamException e) {
        int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
        return new Unreadable(line, "The XML return cannot be read at line " + line + ": " + e.getMessage());
    }

    private record Record(Table table, Map<String, String> fields, int line) {
    }

    /** One CHILD element: its HEADER's fields and the rows of the tables nested in it. */
    private static final class Child {

        private final Map<String, String> header = new HashMap<>();
        private final List<Record> records = new ArrayList<>();
        private int headerLine;

        Record add(Table table, int line) {
            Record record = new Record(table, new HashMap<>(), line);
            records.add(record);
            return record;
        }

        void rows(List<Row> rows) {
            rows.add(new Row(Table.HEADER, header, headerLine));
            if (AD1_FIELDS.stream().anyMatch(field -> !header.getOrDefault(field, "").isBlank())) {
                rows.add(new Row(Table.AD1, header, headerLine));
            }
            for (Record record : records) {
                Map<String, String> fields = new HashMap<>(record.fields());
                fields.put("CHILD", header.get("CHILD"));
                if (record.table() != Table.EPISODES) {
                    fields.put("DOB", header.get("DOB"));
                }
                rows.add(new Row(record.table(), fields, record.line()));
            }
        }
    }
}
