package uk.permanence.demo.region;

import static uk.permanence.demo.region.Draw.w;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Draws one council's children: who starts to be looked after on each day, how old, which way each period of care
 * goes and how long each step takes. The times are log-normal (a median and a spread, a long right tail) with medians
 * from the national figures in docs/ssda903.md ("Demo region"); the times the council controls are multiplied by its
 * pace on the day.
 */
final class Simulation {

    private static final Set<String> KIN = Set.of("U1", "U2", "U3");

    private final Draw draw;
    private final Council council;
    private final LocalDate historyEnds;
    private final LocalDate today;
    private final List<ChildHistory> children = new ArrayList<>();
    private int serial = 1000;

    Simulation(Draw draw, Council council, LocalDate historyEnds, LocalDate today) {
        this.draw = draw;
        this.council = council;
        this.historyEnds = historyEnds;
        this.today = today;
    }

    /** Every child who started to be looked after from {@code firstEntry} to today, siblings after each other. */
    List<ChildHistory> run(LocalDate firstEntry) {
        double perDay = council.entriesPerYear() / 365.25;
        for (LocalDate day = firstEntry; !day.isAfter(today); day = day.plusDays(1)) {
            if (draw.chance(perDay)) {
                child(day);
            }
        }
        return children;
    }

    private void child(LocalDate entered) {
        int ageGroup = draw.pick(w(14, 0), w(12, 1), w(22, 2), w(19, 3), w(28, 4), w(5, 5));
        long ageDays = switch (ageGroup) {
            case 0 -> draw.between(0, 6);
            case 1 -> draw.between(30, 364);
            case 2 -> draw.between(365, 5 * 365 - 1);
            case 3 -> draw.between(5 * 365, 10 * 365 - 1);
            case 4 -> draw.between(10 * 365, 16 * 365 - 1);
            default -> draw.between(16 * 365, 18 * 365 - 10);
        };
        ChildHistory child = newChild(entered.minusDays(ageDays));
        Route route = route(ageDays, true);
        period(child, entered, route);
        ChildHistory.Episode left = child.leaving();
        if (route == Route.RETURN_HOME && ageDays < 14 * 365 && draw.chance(0.2)) {
            LocalDate back = left.end.plusDays(draw.days(300, 0.6, 40));
            long ageThen = back.toEpochDay() - child.born.toEpochDay();
            if (!back.isAfter(today) && ageThen < 17 * 365) {
                period(child, back, route(ageThen, false));
            }
        }
        children.add(child);
        if (ageDays >= 365 && ageDays < 9 * 365 && SIBLING_ROUTES.contains(child.routes.get(0))
                && child.routes.size() == 1 && draw.chance(0.18)) {
            List<ChildHistory> group = new ArrayList<>(List.of(child));
            int more = draw.chance(0.75) ? 1 : 2;
            for (int i = 0; i < more; i++) {
                group.add(sibling(child, draw.between(400, 1500)));
            }
            children.addAll(group.subList(1, group.size()));
            for (ChildHistory member : group) {
                group.stream().filter(other -> other != member).forEach(member.siblings::add);
            }
        }
    }

    private static final Set<Route> SIBLING_ROUTES = Set.of(Route.ADOPTION, Route.SPECIAL_GUARDIANSHIP,
            Route.RETURN_HOME, Route.REVERSED_BY_COURT, Route.REVERSED_NO_ADOPTERS);

    private ChildHistory newChild(LocalDate born) {
        serial++;
        String ethnicity = draw.pick(w(60, "WBRI"), w(2, "WIRI"), w(1, "WIRT"), w(7, "WOTH"), w(1, "WROM"),
                w(4, "MWBC"), w(1, "MWBA"), w(2, "MWAS"), w(4, "MOTH"), w(1.5, "AIND"), w(2, "APKN"),
                w(0.5, "ABAN"), w(1, "AOTH"), w(2, "BAFR"), w(1.5, "BCRB"), w(3.5, "BOTH"), w(0.3, "CHNE"),
                w(4, "OOTH"), w(0.7, "REFU"), w(0.5, "NOBT"));
        String need = draw.pick(w(63, "N1"), w(3, "N2"), w(3, "N3"), w(8, "N4"), w(14, "N5"), w(1, "N6"),
                w(0.5, "N7"), w(7.5, "N8"));
        String upn = (char) ('A' + draw.between(0, 25)) + String.format("%06d%06d", draw.between(0, 999_999),
                draw.between(0, 999_999));
        return new ChildHistory(council.prefix() + "-" + serial, council, born, draw.chance(0.52) ? "1" : "2",
                ethnicity, upn, need, draw.chance(0.05));
    }

    /** A brother or sister, older by some days, who came into care with the child and went the same way. */
    private ChildHistory sibling(ChildHistory child, int olderBy) {
        ChildHistory sibling = newChild(child.born.minusDays(olderBy));
        sibling.routes.addAll(child.routes);
        for (ChildHistory.Episode episode : child.episodes) {
            ChildHistory.Episode copy = new ChildHistory.Episode(episode.start, episode.reasonNew,
                    episode.legalStatus, episode.placement, episode.provider, episode.postcode, episode.urn);
            copy.end = episode.end;
            copy.reasonEnded = episode.reasonEnded;
            copy.placeChangeReason = episode.placeChangeReason;
            sibling.episodes.add(copy);
        }
        sibling.reviews.addAll(child.reviews);
        sibling.matches.addAll(child.matches);
        sibling.decidedOn = child.decidedOn;
        sibling.ceasedOn = child.ceasedOn;
        sibling.ceasedReason = child.ceasedReason;
        sibling.adopters = child.adopters;
        staff(sibling);
        sibling.homePostcode = child.homePostcode;
        return sibling;
    }

    /** The national shape: the young mostly adopted or home, the older mostly home or in long-term care. */
    private Route route(long ageDays, boolean firstPeriod) {
        double ep = firstPeriod ? council.earlyPermanence() : 0;
        if (ageDays < 60) {
            return draw.pick(w(16 * ep, Route.EARLY_PERMANENCE), w(2 * ep, Route.EARLY_PERMANENCE_REVERSED),
                    w(30, Route.ADOPTION), w(6, Route.ADOPTION_WITH_CONSENT), w(3.5, Route.DISRUPTION_THEN_ADOPTION),
                    w(1.2, Route.DISRUPTION_THEN_PLAN_CHANGED), w(7, Route.REVERSED_BY_COURT),
                    w(3, Route.REVERSED_OTHER), w(14, Route.SPECIAL_GUARDIANSHIP), w(18, Route.RETURN_HOME));
        }
        if (ageDays < 365) {
            return draw.pick(w(30, Route.ADOPTION), w(5, Route.ADOPTION_WITH_CONSENT),
                    w(3.5, Route.DISRUPTION_THEN_ADOPTION), w(1.2, Route.DISRUPTION_THEN_PLAN_CHANGED),
                    w(6, Route.REVERSED_BY_COURT), w(3, Route.REVERSED_NEEDS_CHANGED), w(3, Route.REVERSED_OTHER),
                    w(20, Route.SPECIAL_GUARDIANSHIP), w(33, Route.RETURN_HOME));
        }
        if (ageDays < 5 * 365) {
            return draw.pick(w(20, Route.ADOPTION), w(3, Route.DISRUPTION_THEN_ADOPTION),
                    w(1.5, Route.DISRUPTION_THEN_PLAN_CHANGED), w(5, Route.REVERSED_BY_COURT),
                    w(3, Route.REVERSED_NEEDS_CHANGED), w(3, Route.REVERSED_NO_ADOPTERS), w(2, Route.REVERSED_OTHER),
                    w(20, Route.SPECIAL_GUARDIANSHIP), w(34, Route.RETURN_HOME), w(12, Route.LONG_TERM_FOSTERING));
        }
        if (ageDays < 10 * 365) {
            return draw.pick(w(6, Route.ADOPTION), w(6, Route.REVERSED_NO_ADOPTERS),
                    w(2, Route.REVERSED_NEEDS_CHANGED), w(15, Route.SPECIAL_GUARDIANSHIP), w(40, Route.RETURN_HOME),
                    w(33, Route.LONG_TERM_FOSTERING));
        }
        if (ageDays < 16 * 365) {
            return draw.pick(w(6, Route.SPECIAL_GUARDIANSHIP), w(46, Route.RETURN_HOME),
                    w(48, Route.LONG_TERM_FOSTERING));
        }
        return draw.pick(w(35, Route.RETURN_HOME), w(65, Route.INDEPENDENCE));
    }

    /** One period of care from the day the child starts to be looked after, as the route has it go. */
    private void period(ChildHistory child, LocalDate entered, Route route) {
        child.routes.add(route);
        if (child.socialWorker == null) {
            staff(child);
        }
        long age = entered.toEpochDay() - child.born.toEpochDay();
        Stay stay = new Stay(child);
        String legalStatus = switch (route) {
            case EARLY_PERMANENCE, EARLY_PERMANENCE_REVERSED -> draw.pick(w(7, "C1"), w(2, "V2"), w(1, "L2"));
            case ADOPTION_WITH_CONSENT, INDEPENDENCE -> "V2";
            case RETURN_HOME -> draw.pick(w(55, "V2"), w(25, "C1"), w(12, "L1"), w(8, "L2"));
            default -> draw.pick(w(55, "C1"), w(20, "V2"), w(10, "L1"), w(8, "L2"), w(7, "C2"));
        };
        String placement;
        if (route == Route.EARLY_PERMANENCE || route == Route.EARLY_PERMANENCE_REVERSED) {
            placement = draw.chance(0.95) ? "U5" : "U2";
            child.earlyPermanenceType = draw.chance(0.75) ? "FOSTERING_FOR_ADOPTION" : "CONCURRENT_PLANNING";
        } else if (route == Route.INDEPENDENCE) {
            placement = "H5";
        } else if (age >= 12 * 365) {
            placement = draw.pick(w(25, "K2"), w(60, "U6"), w(15, "U3"));
        } else {
            placement = draw.pick(w(70, "U6"), w(30, "U3"));
        }
        stay.begin(entered, legalStatus, placement);
        if (legalStatus.startsWith("L")) {
            stay.legal(entered.plusDays(draw.between(1, 8)), "C1");
        }
        boolean proceedings = route != Route.ADOPTION_WITH_CONSENT && route != Route.INDEPENDENCE
                && !(route == Route.RETURN_HOME && draw.chance(0.6))
                && !(route == Route.LONG_TERM_FOSTERING && draw.chance(0.4));
        if ("V2".equals(stay.legalStatus()) && proceedings) {
            stay.legal(entered.plusDays(draw.days(50, 0.6, 7)), "C1");
        }
        LocalDate adult = child.born.plusYears(18);
        switch (route) {
            case ADOPTION, DISRUPTION_THEN_ADOPTION, DISRUPTION_THEN_PLAN_CHANGED -> adoption(child, stay, route);
            case ADOPTION_WITH_CONSENT -> {
                LocalDate decided = paced(entered, 120, 0.45, 20);
                child.decidedOn = decided;
                child.consentedOn = decided.plusDays(draw.days(25, 0.5, 3));
                LocalDate matched = paced(child.consentedOn, 100, 0.5, 10);
                LocalDate placed = match(child, matched).plusDays(draw.days(14, 0.5, 2));
                stay.place(placed, "A4", "CARPL");
                stay.leave(placed.plusDays(draw.days(230, 0.35, 84)), adopted(child));
            }
            case EARLY_PERMANENCE -> {
                LocalDate decided = paced(entered, 100, 0.4, 20);
                child.decidedOn = decided;
                LocalDate order = decided.plusDays(draw.days(120, 0.4, 30));
                match(child, later(decided.plusDays(1), order.minusDays(draw.between(3, 25))));
                stay.change(order, "E1", "A5", true, "PLACE");
                stay.leave(order.plusDays(draw.days(190, 0.35, 84)), adopted(child));
            }
            case EARLY_PERMANENCE_REVERSED -> {
                LocalDate decided = paced(entered, 100, 0.4, 20);
                child.decidedOn = decided;
                LocalDate hearing = decided.plusDays(draw.days(120, 0.4, 30));
                ceased(child, hearing, "RD2");
                stay.leave(hearing.plusDays(draw.between(1, 30)), draw.chance(0.6) ? "E47" : "E4A");
            }
            case REVERSED_BY_COURT -> {
                LocalDate decided = paced(stay.last(), 200, 0.45, 40);
                child.decidedOn = decided;
                LocalDate hearing = decided.plusDays(draw.days(80, 0.5, 14));
                ceased(child, hearing, "RD2");
                int outcome = draw.pick(w(50, 0), w(30, 1), w(20, 2));
                if (outcome == 0) {
                    stay.leave(hearing.plusDays(draw.between(1, 45)), sgo(stay.placement()));
                } else if (outcome == 1) {
                    stay.leave(hearing.plusDays(draw.between(1, 30)), "E4A");
                } else {
                    stay.legal(hearing, "C2");
                    longTerm(stay, adult, hearing, false);
                }
            }
            case REVERSED_NEEDS_CHANGED, REVERSED_NO_ADOPTERS -> {
                LocalDate decided = paced(stay.last(), 200, 0.45, 40);
                child.decidedOn = decided;
                LocalDate order = decided.plusDays(draw.days(75, 0.5, 14));
                stay.legal(order, "E1");
                LocalDate ceased = route == Route.REVERSED_NO_ADOPTERS ? paced(order, 430, 0.35, 200)
                        : order.plusDays(draw.days(200, 0.5, 30));
                ceased(child, ceased, route == Route.REVERSED_NO_ADOPTERS ? "RD3" : "RD1");
                longTerm(stay, adult, ceased, true);
            }
            case REVERSED_OTHER -> {
                LocalDate decided = paced(stay.last(), 200, 0.45, 40);
                child.decidedOn = decided;
                LocalDate ceased = decided.plusDays(draw.days(110, 0.5, 20));
                ceased(child, ceased, "RD4");
                if (draw.chance(0.5)) {
                    stay.leave(ceased.plusDays(draw.days(40, 0.6, 3)), "E4A");
                } else {
                    stay.leave(ceased.plusDays(draw.days(90, 0.5, 7)), sgo(stay.placement()));
                }
            }
            case SPECIAL_GUARDIANSHIP -> {
                if (!KIN.contains(stay.placement()) && draw.chance(0.5)) {
                    stay.place(stay.last().plusDays(draw.days(60, 0.6, 7)), "U3", "CARPL");
                }
                stay.leave(paced(entered, 330, 0.4, 60), sgo(stay.placement()));
            }
            case RETURN_HOME -> stay.leave(entered.plusDays(draw.days(150, 0.95, 3)), draw.chance(0.8) ? "E4A"
                    : "E4B");
            case LONG_TERM_FOSTERING -> {
                if (!"V2".equals(stay.legalStatus())) {
                    stay.legal(stay.last().plusDays(draw.days(200, 0.4, 60)), "C2");
                }
                longTerm(stay, adult, stay.last(), false);
            }
            case INDEPENDENCE -> stay.leave(later(adult, entered.plusDays(30)), draw.chance(0.6) ? "E7" : "E8");
        }
        reviews(child, entered, child.leaving() == null ? null : child.leaving().end);
    }

    private void adoption(ChildHistory child, Stay stay, Route route) {
        LocalDate decided = paced(stay.last(), 200, 0.45, 40);
        child.decidedOn = decided;
        LocalDate order = decided.plusDays(draw.days(75, 0.5, 14));
        if (draw.chance(0.25)) {
            stay.place(stay.last().plusDays(draw.between(1, (int) Math.max(2, order.toEpochDay()
                    - stay.last().toEpochDay() - 1))), "U6", draw.pick(w(3, "CARPL"), w(1, "CREQO"), w(1, "STAND")));
        }
        stay.legal(order, "E1");
        LocalDate placed = match(child, paced(stay.last(), 205, 0.6, 10)).plusDays(draw.days(18, 0.5, 2));
        stay.place(placed, "A6", "CARPL");
        if (route == Route.ADOPTION) {
            stay.leave(placed.plusDays(draw.days(260, 0.35, 84)), adopted(child));
            return;
        }
        LocalDate disrupted = placed.plusDays(draw.days(110, 0.6, 14));
        child.disruptedOn = disrupted;
        stay.place(disrupted, "U6", draw.pick(w(2, "CREQB"), w(2, "CREQO"), w(1, "ALLEG")));
        if (route == Route.DISRUPTION_THEN_ADOPTION) {
            LocalDate again = match(child, paced(disrupted, 200, 0.5, 30)).plusDays(draw.days(18, 0.5, 2));
            stay.place(again, "A6", "CARPL");
            stay.leave(again.plusDays(draw.days(270, 0.35, 84)), adopted(child));
        } else {
            LocalDate ceased = disrupted.plusDays(draw.days(90, 0.5, 14));
            ceased(child, ceased, "RD1");
            longTerm(stay, child.born.plusYears(18), ceased, true);
        }
    }

    /** Long-term foster care to 18 (then staying put, independence or another ending), or an SGO to the carers. */
    private void longTerm(Stay stay, LocalDate adult, LocalDate from, boolean mayBecomeSpecialGuardians) {
        LocalDate move = later(from, stay.last()).plusDays(draw.days(120, 0.6, 7));
        if (move.isBefore(adult.minusDays(30))) {
            stay.place(move, draw.chance(0.85) ? "U4" : "K2", "CARPL");
        }
        if (mayBecomeSpecialGuardians && draw.chance(0.3)) {
            LocalDate order = stay.last().plusDays(draw.days(450, 0.5, 90));
            if (order.isBefore(adult)) {
                stay.leave(order, "E46");
                return;
            }
        }
        stay.leave(later(adult, stay.last().plusDays(1)), draw.pick(w(40, "E17"), w(35, "E7"), w(25, "E8")));
    }

    /** Statutory reviews: 20 working days after entry, 3 months later, then every 6 months; some late. */
    private void reviews(ChildHistory child, LocalDate entered, LocalDate left) {
        LocalDate end = left == null || left.isAfter(today) ? today : left;
        LocalDate due = workingDaysAfter(entered, 20);
        String kind = "FIRST";
        LocalDate previous = entered;
        while (due.isBefore(end)) {
            boolean late = draw.chance(council.lateReviews(due, historyEnds));
            LocalDate held = late ? due.plusDays(draw.days(14, 0.7, 1))
                    : due.minusDays(draw.between(0, "FIRST".equals(kind) ? 8 : 20));
            held = later(held, previous.plusDays(1));
            if (!held.isBefore(end)) {
                break;
            }
            child.reviews.add(new ChildHistory.Review(held, kind, plan(child, held, kind)));
            previous = held;
            due = held.plusMonths("FIRST".equals(kind) ? 3 : 6);
            kind = "FIRST".equals(kind) ? "SECOND" : "SUBSEQUENT";
        }
    }

    private static String plan(ChildHistory child, LocalDate on, String kind) {
        Route route = child.route();
        boolean decided = child.decidedOn != null && !child.decidedOn.isAfter(on);
        boolean ceased = child.ceasedOn != null && !child.ceasedOn.isAfter(on);
        if (ceased) {
            return "LONG_TERM_FOSTERING";
        }
        if (decided || route.adoptionDecided() && !"FIRST".equals(kind)) {
            return "ADOPTION";
        }
        if ("FIRST".equals(kind)) {
            return route == Route.INDEPENDENCE ? "INDEPENDENCE" : "RETURN_HOME";
        }
        return switch (route) {
            case SPECIAL_GUARDIANSHIP -> "SPECIAL_GUARDIANSHIP";
            case LONG_TERM_FOSTERING -> "LONG_TERM_FOSTERING";
            case INDEPENDENCE -> "INDEPENDENCE";
            default -> "RETURN_HOME";
        };
    }

    private static LocalDate workingDaysAfter(LocalDate start, int days) {
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    /** A match on the day, with the link and the panel before it; answers the day. */
    private LocalDate match(ChildHistory child, LocalDate matched) {
        LocalDate panel = matched.minusDays(draw.between(5, 21));
        LocalDate linked = panel.minusDays(draw.days(45, 0.5, 14));
        child.matches.add(new ChildHistory.Match(linked, panel, matched,
                draw.pick(w(45, "OWN_COUNCIL"), w(25, "RAA"), w(20, "VAA"), w(10, "OTHER_COUNCIL"))));
        return matched;
    }

    private static void ceased(ChildHistory child, LocalDate on, String reason) {
        child.ceasedOn = on;
        child.ceasedReason = reason;
    }

    /** The adoption order's reason for leaving care (E12: the order was contested), and the adopters. */
    private String adopted(ChildHistory child) {
        child.adopters = adopters();
        return draw.chance(0.96) ? "E11" : "E12";
    }

    /** AD1's NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR. */
    private String adopters() {
        if (draw.chance(0.18)) {
            return "1," + (draw.chance(0.85) ? "F1" : "M1") + ",L2";
        }
        String sexes = draw.pick(w(82, "MF"), w(10, "MM"), w(8, "FF"));
        return "2," + sexes + "," + ("MF".equals(sexes) ? draw.pick(w(80, "L0"), w(20, "L12"))
                : draw.pick(w(60, "L11"), w(40, "L12")));
    }

    /** E45: to former foster carers who are family or friends; E46 other former foster carers; E47, E48 others. */
    private String sgo(String placement) {
        if (KIN.contains(placement)) {
            return "E45";
        }
        return draw.pick(w(15, "E46"), w(65, "E47"), w(20, "E48"));
    }

    private LocalDate paced(LocalDate from, double median, double sigma, long least) {
        double pace = council.pace(from, historyEnds);
        return from.plusDays(Math.max(least, Math.round(draw.days(median, sigma, least) * pace)));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private void staff(ChildHistory child) {
        int worker = draw.between(1, 5);
        child.socialWorker = worker == 1 ? "social-worker-" + council.code() : "sw-" + council.code() + "-" + worker;
        child.team = worker <= 3 ? "north" : "south";
        child.familyFinder = draw.chance(0.6) ? "family-finder-" + council.code() : "ff-" + council.code() + "-2";
        child.homePostcode = postcode();
    }

    private String postcode() {
        return council.postcodeArea() + draw.between(1, 40) + " " + draw.between(1, 9)
                + (char) ('A' + draw.between(0, 25)) + (char) ('A' + draw.between(0, 25));
    }

    /** The child's episodes as they are written: each change closes one and opens the next, never on the same day. */
    private final class Stay {

        private final ChildHistory child;

        Stay(ChildHistory child) {
            this.child = child;
        }

        LocalDate last() {
            return child.current().start;
        }

        String legalStatus() {
            return child.current().legalStatus;
        }

        String placement() {
            return child.current().placement;
        }

        void begin(LocalDate on, String legalStatus, String placement) {
            child.episodes.add(episode(on, "S", legalStatus, placement));
        }

        void legal(LocalDate on, String legalStatus) {
            change(on, legalStatus, placement(), true, null);
        }

        void place(LocalDate on, String placement, String reason) {
            change(on, legalStatus(), placement, false, reason);
        }

        void change(LocalDate on, String legalStatus, String placement, boolean sameCarers, String reason) {
            LocalDate day = later(on, last().plusDays(1));
            ChildHistory.Episode current = child.current();
            boolean legalChanged = !legalStatus.equals(current.legalStatus);
            boolean placeChanged = !placement.equals(current.placement);
            String reasonNew = legalChanged && placeChanged ? (sameCarers ? "U" : "T")
                    : legalChanged ? "L" : sameCarers ? "B" : "P";
            current.end = day;
            current.reasonEnded = "X1";
            current.placeChangeReason = placeChanged ? reason : null;
            ChildHistory.Episode next = episode(day, reasonNew, legalStatus, placement);
            child.episodes.add(sameCarers ? next.sameCarersAs(current) : next);
        }

        void leave(LocalDate on, String reason) {
            ChildHistory.Episode current = child.current();
            current.end = later(on, last().plusDays(1));
            current.reasonEnded = reason;
        }

        private ChildHistory.Episode episode(LocalDate on, String reasonNew, String legalStatus, String placement) {
            String provider = switch (placement.substring(0, 1)) {
                case "U" -> KIN.contains(placement) ? "PR1" : draw.chance(0.6) ? "PR1" : "PR4";
                case "A" -> draw.pick(w(55, "PR1"), w(10, "PR2"), w(35, "PR5"));
                case "K" -> draw.chance(0.8) ? "PR4" : "PR1";
                default -> "PR4";
            };
            String urn = placement.startsWith("U") || placement.startsWith("A") ? "XXXXXXX"
                    : "SC" + draw.between(100_000, 999_999);
            return new ChildHistory.Episode(on, reasonNew, legalStatus, placement, provider, postcode(), urn);
        }
    }
}
