package uk.permanence.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One child's journey drawn at random but in order, as the API calls a council would make: entry to care (or an
 * unborn child tracked first), reviews, proceedings and their extensions, the ADM decision, an order (or its refusal,
 * or the parents' consent instead), early permanence, links, matches, placements that disrupt and are made again,
 * statutory visits, applications, orders and the other endings, coming back into care after one, plan changes by
 * court and council, revocations, and corrections and voids of what was recorded. Dates only move
 * forward and never pass {@code today}; a step the aggregate finds implausible is sent again with an override
 * reason, as a worker would, so histories recorded before a rule existed are generated too.
 */
record GeneratedJourney(String laCode, String caseReference, List<Step> steps) {

    /** {@code milestone} is a path below {@code /api/cases/{caseId}/}; {@code open} and {@code unborn} open the case. */
    record Step(String milestone, Map<String, Object> body) {

        boolean correctsOrVoids() {
            return milestone.equals("corrections") || milestone.equals("voids");
        }
    }

    static final List<String> COUNCILS = List.of("825", "826", "931", "867", "870");

    static GeneratedJourney draw(Random random, String caseReference, LocalDate today) {
        return new Builder(random, today).build(COUNCILS.get(random.nextInt(COUNCILS.size())), caseReference);
    }

    private static final class Builder {

        private final Random random;
        private final LocalDate today;
        private final List<Step> steps = new ArrayList<>();
        private LocalDate on;
        private int links;
        private boolean ended;

        Builder(Random random, LocalDate today) {
            this.random = random;
            this.today = today;
        }

        GeneratedJourney build(String laCode, String caseReference) {
            on = today.minusDays(30 + random.nextInt(9 * 365));
            LocalDate born = on.minusDays(random.nextInt(8 * 365));
            if (random.nextInt(8) == 0) {
                LocalDate expected = on.plusDays(random.nextInt(120));
                steps.add(new Step("unborn", body("laCode", laCode, "trackedOn", on, "caseReference", caseReference,
                        "expectedDateOfBirth", expected)));
                if (chance(4)) {
                    later(60);
                    step("proceedings-issued", "issuedOn");
                }
                on = later(expected, 20);
                if (ended) {
                    return new GeneratedJourney(laCode, caseReference, steps);
                }
                born = on;
            }
            steps.add(new Step("open", body("laCode", laCode, "enteredCareOn", on, "caseReference", caseReference,
                    "dateOfBirth", born, "legalStatus", pick("V2", "C1", "C2", "L1", "L2"))));
            if (chance(2)) {
                step("characteristics", "assessedOn", "siblingGroup", false, "disability", chance(5),
                        "ethnicityGroup", pick("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER"));
            }
            if (chance(2)) {
                step("allocation", "allocatedOn", "socialWorker", "sw-" + random.nextInt(20), "team",
                        "team-" + random.nextInt(4));
            }
            later(40);
            step("reviews", "heldOn", "kind", "FIRST", "permanencePlan", pick("ADOPTION", "ADOPTION",
                    "RETURN_HOME", "SPECIAL_GUARDIANSHIP", "LONG_TERM_FOSTERING"));
            if (chance(3)) {
                later(60);
                step("proceedings-issued", "issuedOn");
                if (chance(3)) {
                    later(150, 182);
                    step("proceedings-extension", "extendedOn", "weeks", 1 + random.nextInt(8), "reason",
                            pick("PARENTING_ASSESSMENT", "EXPERT_EVIDENCE", "COURT_AVAILABILITY", "OTHER"));
                }
            }
            if (chance(4)) {
                later(120);
                step("reviews", "heldOn", "kind", "SECOND", "permanencePlan", "ADOPTION");
            }
            if (!chance(6)) {
                adoptionRoute();
            } else {
                otherEnding();
                if (chance(3)) {
                    later(400);
                    step("open", "enteredCareOn", "laCode", laCode, "caseReference", caseReference,
                            "dateOfBirth", born, "legalStatus", pick("C1", "C2"));
                    later(40);
                    step("reviews", "heldOn", "kind", "FIRST", "permanencePlan", "ADOPTION");
                    adoptionRoute();
                }
            }
            int fixes = random.nextInt(3);
            for (int i = 0; i < fixes; i++) {
                steps.add(new Step(chance(2) ? "corrections" : "voids", body()));
            }
            return new GeneratedJourney(laCode, caseReference, steps);
        }

        private void adoptionRoute() {
            boolean earlyPermanence = chance(5);
            if (earlyPermanence) {
                later(30);
                step("early-permanence-placement", "startedOn", "type",
                        pick("FOSTERING_FOR_ADOPTION", "CONCURRENT_PLANNING"));
            }
            later(150);
            step("adoption-decision", "decidedOn");
            if (chance(8)) {
                later(200);
                step("proceedings-concluded", "concludedOn", "outcome", "NO_ORDER");
                step("placement-order-refusal", "refusedOn");
                planChange("RD2", "COURT");
                return;
            }
            later(200);
            if (chance(6)) {
                step("placement-consent", "consentedOn", "kind", pick("PLACEMENT", "PLACEMENT_WITH_ADVANCE_CONSENT"));
            } else {
                step("placement-order", "grantedOn");
                if (chance(4)) {
                    step("proceedings-concluded", "concludedOn", "outcome", "PLACEMENT_ORDER");
                }
            }
            if (chance(10)) {
                later(300);
                planChange(pick("RD1", "RD3", "RD4"), "COUNCIL");
                if (chance(2)) {
                    step("placement-order-revocation", "revokedOn");
                }
                return;
            }
            int placements = 1 + (chance(5) ? 1 : 0);
            for (int placement = 0; placement < placements && !ended; placement++) {
                String linkId = null;
                if (chance(3) || earlyPermanence && placement == 0) {
                    later(120);
                    linkId = "link-" + ++links;
                    step("adopter-links", "linkedOn", "linkId", linkId, "agency",
                            pick("OWN_COUNCIL", "OTHER_COUNCIL", "RAA"), "agencyId", "agency-" + random.nextInt(5));
                }
                if (earlyPermanence && placement == 0 ? chance(2) : !chance(8)) {
                    LocalDate matched = later(200);
                    step("match", "matchedOn", "panelRecommendedOn", matched.minusDays(random.nextInt(20)),
                            "linkId", linkId);
                }
                if (chance(6)) {
                    return;
                }
                later(40);
                boolean sameCarers = earlyPermanence && placement == 0;
                step("placement-for-adoption", "placedOn", "withCurrentFosterCarers", sameCarers);
                int visits = random.nextInt(3);
                for (int visit = 0; visit < visits; visit++) {
                    later(1, 10);
                    step("visits", "visitedOn", "seenAlone", chance(2));
                }
                if (placement + 1 < placements) {
                    later(120);
                    step("disruption", "disruptedOn", "reason", "the placement broke down");
                }
            }
            if (chance(3)) {
                return;
            }
            later(70, 200);
            step("adoption-application", "appliedOn");
            if (!chance(4)) {
                later(150);
                step("adoption-order", "grantedOn");
            }
        }

        private void otherEnding() {
            later(300);
            switch (random.nextInt(4)) {
                case 0 -> step("special-guardianship-order", "grantedOn");
                case 1 -> step("child-arrangements-order", "grantedOn");
                case 2 -> step("return-home", "returnedOn");
                default -> step("leaving-care", "leftOn", "reason", "turned 18");
            }
        }

        private void planChange(String reason, String decidedBy) {
            step("adoption-plan-change", "changedOn", "reason", reason, "decidedBy", decidedBy, "newPlan",
                    pick("RETURN_HOME", "SPECIAL_GUARDIANSHIP", "LONG_TERM_FOSTERING"));
        }

        /** Adds a milestone dated {@code on}, unless the journey has already reached today. */
        private void step(String milestone, String dateField, Object... fields) {
            if (ended) {
                return;
            }
            Map<String, Object> body = body(fields);
            body.put(dateField, on);
            steps.add(new Step(milestone, body));
        }

        private LocalDate later(int atMostDays) {
            return later(0, atMostDays);
        }

        private LocalDate later(int atLeastDays, int atMostDays) {
            on = later(on.plusDays(atLeastDays), atMostDays - atLeastDays);
            return on;
        }

        private LocalDate later(LocalDate from, int atMostDays) {
            LocalDate next = from.plusDays(random.nextInt(Math.max(1, atMostDays) + 1));
            if (next.isAfter(today)) {
                ended = true;
                return today;
            }
            return next;
        }

        private boolean chance(int oneIn) {
            return random.nextInt(oneIn) == 0;
        }

        private String pick(String... values) {
            return values[random.nextInt(values.length)];
        }

        private static Map<String, Object> body(Object... fields) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i += 2) {
                if (fields[i + 1] != null) {
                    body.put((String) fields[i], fields[i + 1]);
                }
            }
            return body;
        }
    }
}
