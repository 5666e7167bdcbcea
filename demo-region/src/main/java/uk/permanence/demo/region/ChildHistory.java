package uk.permanence.demo.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One child's whole simulated history, past the day the region is generated for: the periods of care as SSDA903
 * episodes, the reviews, the adoption decision and its reversal, the matches, and what only the platform's API holds
 * (allocation, characteristics, siblings). The return is written from it as known at the end of the history and the
 * recent months' API calls from what happened after that, up to the day; the rest is the child's future and unseen.
 */
final class ChildHistory {

    /** An SSDA903 episode; the next one starts the day this one ends. */
    static final class Episode {
        final LocalDate start;
        final String reasonNew;
        final String legalStatus;
        final String placement;
        final String provider;
        final String postcode;
        final String urn;
        LocalDate end;
        String reasonEnded;
        String placeChangeReason;

        Episode(LocalDate start, String reasonNew, String legalStatus, String placement, String provider,
                String postcode, String urn) {
            this.start = start;
            this.reasonNew = reasonNew;
            this.legalStatus = legalStatus;
            this.placement = placement;
            this.provider = provider;
            this.postcode = postcode;
            this.urn = urn;
        }

        /** This episode with the carers (provider, postcode, URN) of the one before it. */
        Episode sameCarersAs(Episode before) {
            return new Episode(start, reasonNew, legalStatus, placement, before.provider, before.postcode,
                    before.urn);
        }

        boolean endsThePeriod() {
            return end != null && !"X1".equals(reasonEnded);
        }
    }

    record Review(LocalDate heldOn, String kind, String permanencePlan) {
    }

    /** A match with adopters: the link, the panel's recommendation and the ADM's decision. */
    record Match(LocalDate linkedOn, LocalDate panelOn, LocalDate matchedOn, String agency) {
    }

    final String id;
    final Council council;
    final LocalDate born;
    final String sex;
    final String ethnicity;
    final String upn;
    final String need;
    final boolean disabled;
    final List<Route> routes = new ArrayList<>();
    final List<Episode> episodes = new ArrayList<>();
    final List<Review> reviews = new ArrayList<>();
    final List<Match> matches = new ArrayList<>();
    final List<ChildHistory> siblings = new ArrayList<>();
    LocalDate decidedOn;
    LocalDate ceasedOn;
    String ceasedReason;
    LocalDate consentedOn;
    LocalDate disruptedOn;
    String earlyPermanenceType;
    /** AD1's NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR, comma-separated. */
    String adopters;
    String socialWorker;
    String team;
    String familyFinder;
    String homePostcode;

    ChildHistory(String id, Council council, LocalDate born, String sex, String ethnicity, String upn, String need,
                 boolean disabled) {
        this.id = id;
        this.council = council;
        this.born = born;
        this.sex = sex;
        this.ethnicity = ethnicity;
        this.upn = upn;
        this.need = need;
        this.disabled = disabled;
    }

    Episode current() {
        return episodes.get(episodes.size() - 1);
    }

    /** The first day of each period of care. */
    List<LocalDate> entries() {
        List<LocalDate> entries = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            if (i == 0 || episodes.get(i - 1).endsThePeriod()) {
                entries.add(episodes.get(i).start);
            }
        }
        return entries;
    }

    /** Whether the child was looked after at the end of the day. */
    boolean lookedAfterOn(LocalDate day) {
        return episodes.stream().anyMatch(episode -> !episode.start.isAfter(day)
                && (episode.end == null || episode.end.isAfter(day)));
    }

    /** The last episode, if it ended the child's care: the day and the reason. */
    Episode leaving() {
        Episode last = current();
        return last.endsThePeriod() ? last : null;
    }

    Route route() {
        return routes.get(routes.size() - 1);
    }
}
