package uk.permanence.demo.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes a council's SSDA903 return for every collection year of its history, each as known at the end of the
 * year (the last one, still running, at the end of the history): the CSV tables in the layout of the DfE's format
 * samples, one file per table and year, named as councils export them ({@code episodes_2024-25.csv}), so that the
 * import reads the collection year from the name.
 */
final class ReturnFiles {

    static final List<String> TABLES = List.of("header", "episodes", "reviews", "ad1", "placed_for_adoption");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<String> ADOPTED = Set.of("E11", "E12");

    private ReturnFiles() {
    }

    /** The collection year a day falls in: 1 April to 31 March, written 2024-25. */
    static String collectionYear(LocalDate day) {
        int first = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }

    /** Writes every year's tables into the folder and answers the files written, oldest year first. */
    static List<Path> write(Path folder, List<ChildHistory> children, LocalDate historyEnds) {
        LocalDate firstEntry = children.stream().map(child -> child.episodes.get(0).start)
                .min(Comparator.naturalOrder()).orElse(historyEnds);
        List<Path> written = new ArrayList<>();
        int firstYear = Integer.parseInt(collectionYear(firstEntry).substring(0, 4));
        int lastYear = Integer.parseInt(collectionYear(historyEnds).substring(0, 4));
        try {
            Files.createDirectories(folder);
            for (int year = firstYear; year <= lastYear; year++) {
                LocalDate start = LocalDate.of(year, 4, 1);
                LocalDate end = LocalDate.of(year + 1, 3, 31);
                written.addAll(year(folder, children, start, end.isAfter(historyEnds) ? historyEnds : end));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the return into " + folder, e);
        }
        return written;
    }

    private static List<Path> year(Path folder, List<ChildHistory> children, LocalDate start, LocalDate asOf)
            throws IOException {
        String year = collectionYear(start);
        Table header = new Table("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
        Table episodes = new Table("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
                + "PL_POST,URN");
        Table reviews = new Table("CHILD,DOB,REVIEW,REVIEW_CODE");
        Table ad1 = new Table("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
        Table placed = new Table("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");
        for (ChildHistory child : children) {
            List<ChildHistory.Episode> inYear = child.episodes.stream().filter(episode -> !episode.start.isAfter(asOf)
                    && (episode.end == null || !episode.end.isBefore(start))).toList();
            if (inYear.isEmpty()) {
                continue;
            }
            String dob = date(child.born);
            header.row(child.id, child.sex, dob, child.ethnicity, child.upn, "", "");
            for (ChildHistory.Episode episode : inYear) {
                boolean ended = episode.end != null && !episode.end.isAfter(asOf);
                episodes.row(child.id, date(episode.start), episode.reasonNew, episode.legalStatus, child.need,
                        episode.placement, episode.provider, ended ? date(episode.end) : "",
                        ended ? episode.reasonEnded : "", ended && episode.placeChangeReason != null
                                ? episode.placeChangeReason : "", child.homePostcode, episode.postcode, episode.urn);
            }
            child.reviews.stream().filter(review -> within(review.heldOn(), start, asOf)).forEach(review ->
                    reviews.row(child.id, dob, date(review.heldOn()), reviewCode(child, review.heldOn())));
            ChildHistory.Episode left = child.leaving();
            if (left != null && ADOPTED.contains(left.reasonEnded) && within(left.end, start, asOf)) {
                ChildHistory.Match match = child.matches.get(child.matches.size() - 1);
                String[] adopters = child.adopters.split(",");
                ad1.row(child.id, dob, date(child.decidedOn), date(match.matchedOn()),
                        child.episodes.stream().anyMatch(episode -> "A5".equals(episode.placement)
                                || "A3".equals(episode.placement)) ? "1" : "0", adopters[0], adopters[1], adopters[2]);
            }
            if (child.decidedOn != null && !child.decidedOn.isAfter(asOf)) {
                boolean ceased = child.ceasedOn != null && !child.ceasedOn.isAfter(asOf);
                placed.row(child.id, dob, date(child.decidedOn), ceased ? date(child.ceasedOn) : "",
                        ceased ? child.ceasedReason : "");
            }
        }
        List<Path> written = new ArrayList<>();
        for (String table : TABLES) {
            Table rows = switch (table) {
                case "header" -> header;
                case "episodes" -> episodes;
                case "reviews" -> reviews;
                case "ad1" -> ad1;
                default -> placed;
            };
            Path file = folder.resolve(table + "_" + year + ".csv");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(rows.text());
            }
            written.add(file);
        }
        return written;
    }

    /** PN1 to PN7: how the child took part in the review; the youngest cannot (PN0). */
    private static String reviewCode(ChildHistory child, LocalDate heldOn) {
        if (heldOn.isBefore(child.born.plusYears(4))) {
            return "PN0";
        }
        return "PN" + (1 + Math.floorMod(child.id.hashCode() + heldOn.getDayOfYear(), 7));
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate asOf) {
        return !day.isBefore(start) && !day.isAfter(asOf);
    }

    private static String date(LocalDate day) {
        return day.format(DATE);
    }

    /** One table's lines: the header, then a row per line; no value the generator writes holds a comma. */
    private static final class Table {

        private final StringBuilder text = new StringBuilder();

        Table(String header) {
            text.append(header).append('\n');
        }

        void row(String... values) {
            text.append(String.join(",", values)).append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
