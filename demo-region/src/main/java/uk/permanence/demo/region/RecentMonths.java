package uk.permanence.demo.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The months after the history's end, up to the day, as the calls a council's people make through the API: new
 * children and children coming back into care, every milestone of those months on its legal date, and what the
 * return does not hold: allocations to social workers, teams and family-finders, characteristics, sibling links,
 * unborn children, and the matches of children matched or placed but not yet adopted (the return's AD1 holds a
 * match only once the child is adopted).
 */
final class RecentMonths {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ADOPTIVE = Set.of("A3", "A4", "A5", "A6");
    private static final Map<String, String> LEAVING = Map.of("E7", "Moved into independent living",
            "E8", "Care ceased for another reason", "E17", "Aged 18, staying put with the foster carers");

    /** One call: the council whose team manager makes it, its legal date, the path and the body. */
    record Call(String la, String caseReference, LocalDate on, int priority, int sequence, String path,
                String idempotencyKey, ObjectNode body) {

        String line() {
            ObjectNode line = JSON.createObjectNode();
            line.put("la", la);
            line.put("on", on.toString());
            line.put("path", path);
            line.put("idempotencyKey", idempotencyKey);
            line.set("body", body);
            return JSON.writeValueAsString(line);
        }
    }

    private final Council council;
    private final LocalDate historyEnds;
    private final LocalDate today;
    private final Draw draw;
    private final List<Call> calls = new ArrayList<>();
    private ChildHistory child;
    private int sequence;

    private RecentMonths(Council council, LocalDate historyEnds, LocalDate today, Draw draw) {
        this.council = council;
        this.historyEnds = historyEnds;
        this.today = today;
        this.draw = draw;
    }

    static List<Call> calls(Council council, List<ChildHistory> children, LocalDate historyEnds, LocalDate today,
                            Draw draw) {
        RecentMonths recent = new RecentMonths(council, historyEnds, today, draw);
        children.forEach(recent::child);
        recent.unborn();
        recent.calls.sort(Comparator.comparing(Call::on).thenComparing(Call::priority)
                .thenComparing(Call::caseReference).thenComparing(Call::sequence));
        return recent.calls;
    }

    static void write(Path file, List<Call> calls) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Call call : calls) {
                writer.write(call.line());
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** The id the case-service gives a council's case reference (CaseIds: a name-based UUID). */
    static String caseId(String la, String reference) {
        return UUID.nameUUIDFromBytes((la + "/" + reference).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private boolean recent(LocalDate day) {
        return day != null && day.isAfter(historyEnds) && !day.isAfter(today);
    }

    private void child(ChildHistory history) {
        child = history;
        sequence = 0;
        List<ChildHistory.Episode> episodes = child.episodes;
        boolean imported = !episodes.get(0).start.isAfter(historyEnds);
        backfilledMatch(imported);
        for (int i = 0; i < episodes.size(); i++) {
            ChildHistory.Episode episode = episodes.get(i);
            boolean entry = i == 0 || episodes.get(i - 1).endsThePeriod();
            if (recent(episode.start)) {
                if (entry) {
                    ObjectNode body = body().put("laCode", council.code()).put("caseReference", child.id)
                            .put("dateOfBirth", child.born.toString()).put("enteredCareOn", episode.start.toString())
                            .put("legalStatus", episode.legalStatus);
                    calls.add(new Call(council.code(), child.id, episode.start, 0, sequence++, "/api/cases",
                            key("entry", episode.start), body));
                    if (episode.placement.equals("U5") || episode.placement.equals("U2")) {
                        milestone("early-permanence-placement", episode.start, body().put("startedOn",
                                episode.start.toString()).put("type", child.earlyPermanenceType));
                    }
                } else {
                    change(episodes.get(i - 1), episode, entryOf(i));
                }
            }
            if (episode.endsThePeriod() && recent(episode.end)) {
                leaving(episode);
            }
        }
        decisions();
        child.reviews.stream().filter(review -> recent(review.heldOn())).forEach(review ->
                milestone("reviews", review.heldOn(), body().put("heldOn", review.heldOn().toString())
                        .put("kind", review.kind()).put("permanencePlan", review.permanencePlan())));
        if (child.lookedAfterOn(today)) {
            people();
        }
    }

    private LocalDate entryOf(int index) {
        LocalDate entry = child.episodes.get(0).start;
        for (int i = 1; i <= index; i++) {
            if (child.episodes.get(i - 1).endsThePeriod()) {
                entry = child.episodes.get(i).start;
            }
        }
        return entry;
    }

    private void change(ChildHistory.Episode before, ChildHistory.Episode episode, LocalDate periodStart) {
        LocalDate on = episode.start;
        if ("E1".equals(episode.legalStatus) && !"E1".equals(before.legalStatus)) {
            milestone("placement-order", on, body().put("grantedOn", on.toString()));
        }
        boolean adoptive = ADOPTIVE.contains(episode.placement);
        if (adoptive && !ADOPTIVE.contains(before.placement)) {
            boolean withFosterCarers = "A3".equals(episode.placement) || "A5".equals(episode.placement);
            ObjectNode body = body().put("placedOn", on.toString()).put("withCurrentFosterCarers", withFosterCarers);
            if (withFosterCarers) {
                body.put("fosterPlacementStartedOn", periodStart.toString());
            }
            milestone("placement-for-adoption", on, body);
        }
        if (!adoptive && ADOPTIVE.contains(before.placement)) {
            milestone("disruption", on, body().put("disruptedOn", on.toString()).put("reason",
                    "The placement ended before the adoption order (" + before.placeChangeReason + ")."));
        }
    }

    private void decisions() {
        if (recent(child.decidedOn)) {
            milestone("adoption-decision", child.decidedOn, body().put("decidedOn", child.decidedOn.toString()));
        }
        if (recent(child.consentedOn)) {
            milestone("placement-consent", child.consentedOn, body().put("consentedOn",
                    child.consentedOn.toString()).put("kind", "PLACEMENT"));
        }
        int link = 0;
        for (ChildHistory.Match match : child.matches) {
            link++;
            if (!recent(match.matchedOn())) {
                continue;
            }
            ObjectNode body = body().put("matchedOn", match.matchedOn().toString())
                    .put("panelRecommendedOn", match.panelOn().toString());
            if (recent(match.linkedOn())) {
                String linkId = "L" + link;
                milestone("adopter-links", match.linkedOn(), agency(body().put("linkedOn",
                        match.linkedOn().toString()).put("linkId", linkId), match.agency()));
                body.put("linkId", linkId);
            }
            milestone("match", match.matchedOn(), body);
        }
        if (recent(child.ceasedOn)) {
            String reason = child.ceasedReason;
            ChildHistory.Episode left = child.leaving();
            String newPlan = left == null ? "LONG_TERM_FOSTERING" : switch (left.reasonEnded) {
                case "E4A", "E4B" -> "RETURN_HOME";
                case "E45", "E46", "E47", "E48" -> "SPECIAL_GUARDIANSHIP";
                default -> "LONG_TERM_FOSTERING";
            };
            milestone("adoption-plan-change", child.ceasedOn, body().put("changedOn", child.ceasedOn.toString())
                    .put("reason", reason).put("decidedBy", "RD2".equals(reason) ? "COURT" : "COUNCIL")
                    .put("newPlan", newPlan));
        }
    }

    /** A match made before the history's end of a child not yet adopted then: the return cannot hold it. */
    private void backfilledMatch(boolean imported) {
        if (!imported || !child.lookedAfterOn(historyEnds)) {
            return;
        }
        child.matches.stream().filter(match -> !match.matchedOn().isAfter(historyEnds))
                .reduce((first, second) -> second)
                .filter(match -> child.disruptedOn == null || child.disruptedOn.isBefore(match.matchedOn())
                        || child.disruptedOn.isAfter(historyEnds))
                .ifPresent(match -> milestone("match", match.matchedOn(), body().put("matchedOn",
                        match.matchedOn().toString()).put("panelRecommendedOn", match.panelOn().toString())));
    }

    private void leaving(ChildHistory.Episode episode) {
        String code = episode.reasonEnded;
        LocalDate on = episode.end;
        switch (code) {
            case "E11", "E12" -> milestone("adoption-order", on, body().put("grantedOn", on.toString()));
            case "E45", "E46", "E47", "E48" -> milestone("special-guardianship-order", on,
                    body().put("grantedOn", on.toString()));
            case "E4A", "E4B" -> milestone("return-home", on, body().put("returnedOn", on.toString()));
            default -> milestone("leaving-care", on, body().put("leftOn", on.toString())
                    .put("reason", LEAVING.getOrDefault(code, "Care ceased (" + code + ")")));
        }
    }

    /** Who holds the child now, what the return does not say about them, and their brothers and sisters. */
    private void people() {
        List<LocalDate> entries = child.entries();
        LocalDate entered = entries.get(entries.size() - 1);
        LocalDate allocated = later(entered, today.minusDays(draw.between(5, 80)));
        milestone("allocation", allocated, body().put("allocatedOn", allocated.toString())
                .put("socialWorker", child.socialWorker).put("team", child.team));
        boolean placedForAdoption = child.episodes.stream().anyMatch(episode -> ADOPTIVE.contains(episode.placement)
                && !episode.start.isAfter(today));
        if (child.decidedOn != null && !child.decidedOn.isAfter(today) && !placedForAdoption
                && (child.ceasedOn == null || child.ceasedOn.isAfter(today))) {
            LocalDate ffAllocated = later(child.decidedOn, today.minusDays(draw.between(5, 80)));
            milestone("family-finder-allocation", ffAllocated, body().put("allocatedOn", ffAllocated.toString())
                    .put("familyFinder", child.familyFinder));
        }
        LocalDate assessed = later(entered, today.minusDays(draw.between(3, 60)));
        ObjectNode characteristics = body().put("assessedOn", assessed.toString())
                .put("siblingGroup", !child.siblings.isEmpty()).put("disability", child.disabled)
                .put("ethnicityGroup", ethnicityGroup(child.ethnicity));
        if (!child.siblings.isEmpty()) {
            characteristics.put("siblingGroupSize", child.siblings.size() + 1);
        }
        milestone("characteristics", assessed, characteristics);
        for (ChildHistory sibling : child.siblings) {
            if (sibling.id.compareTo(child.id) > 0 && sibling.lookedAfterOn(today)) {
                milestone("sibling-links", assessed, body().put("linkedOn", assessed.toString())
                        .put("siblingCaseId", caseId(council.code(), sibling.id)));
            }
        }
    }

    /** A few children expected in the coming months whom the council plans for before birth. */
    private void unborn() {
        int count = Math.max(2, council.entriesPerYear() / 20);
        for (int i = 1; i <= count; i++) {
            String reference = council.prefix() + "-U" + i;
            LocalDate tracked = today.minusDays(draw.between(5, 60));
            ObjectNode body = JSON.createObjectNode().put("laCode", council.code()).put("trackedOn", tracked.toString())
                    .put("caseReference", reference)
                    .put("expectedDateOfBirth", today.plusDays(draw.between(10, 120)).toString());
            calls.add(new Call(council.code(), reference, tracked, 0, 0, "/api/cases/unborn",
                    "demo-" + reference + "-unborn", body));
        }
    }

    private ObjectNode agency(ObjectNode body, String agency) {
        body.put("agency", agency);
        switch (agency) {
            case "VAA" -> body.put("agencyId", "vaa-family-futures");
            case "RAA" -> body.put("agencyId", "adopt-thames-valley");
            case "OTHER_COUNCIL" -> body.put("agencyId", "868");
            default -> body.put("agencyId", council.code());
        }
        return body;
    }

    private static String ethnicityGroup(String code) {
        return switch (code.charAt(0)) {
            case 'W' -> "WHITE";
            case 'M' -> "MIXED";
            case 'A', 'C' -> "ASIAN";
            case 'B' -> "BLACK";
            case 'O' -> "OTHER";
            default -> "NOT_RECORDED";
        };
    }

    private void milestone(String milestone, LocalDate on, ObjectNode body) {
        calls.add(new Call(council.code(), child.id, on, 1, sequence++,
                "/api/cases/" + caseId(council.code(), child.id) + "/" + milestone,
                key(milestone, on), body));
    }

    private String key(String what, LocalDate on) {
        return "demo-" + child.id + "-" + what + "-" + on + "-" + sequence;
    }

    private static ObjectNode body() {
        return JSON.createObjectNode();
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
