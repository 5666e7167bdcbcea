package uk.permanence.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which councils make up an RAA on a day, over a period, and for a caller acting for it. */
class CouncilsTest {

    static final LocalDate JOINED = LocalDate.of(2024, 4, 1);

    final Councils platform = new Councils(
            Map.of("825", new Councils.Council("Buckinghamshire", null, null),
                    "931", new Councils.Council("Oxfordshire", null, null),
                    "909", new Councils.Council("Cumbria", null, LocalDate.of(2023, 3, 31))),
            Map.of("an-raa", new Councils.Raa("An RAA", List.of(
                    new Councils.Membership("825", LocalDate.of(2017, 12, 1), null),
                    new Councils.Membership("909", LocalDate.of(2017, 12, 1), LocalDate.of(2023, 3, 31)),
                    new Councils.Membership("931", JOINED, null)))));

    @Test
    void aMembershipCountsFromItsFirstDayToItsLastBothIncluded() {
        assertThat(platform.ofRaa("an-raa", JOINED.minusDays(1))).containsExactlyInAnyOrder("825");
        assertThat(platform.ofRaa("an-raa", JOINED)).containsExactlyInAnyOrder("825", "931");
        assertThat(platform.ofRaa("an-raa", LocalDate.of(2023, 3, 31))).containsExactlyInAnyOrder("825", "909");
        assertThat(platform.ofRaa("an-raa", LocalDate.of(2017, 11, 30))).isEmpty();
        assertThat(platform.ofRaa("elsewhere", JOINED)).isEmpty();
    }

    @Test
    void aPeriodReportCountsTheMembersOnThePeriodsLastDay() {
        assertThat(platform.ofRaaOverPeriod("an-raa", LocalDate.of(2024, 3, 31))).containsExactlyInAnyOrder("825");
        assertThat(platform.ofRaaOverPeriod("an-raa", LocalDate.of(2025, 3, 31)))
                .containsExactlyInAnyOrder("825", "931");
    }

    @Test
    void anRaaCallerSeesTodaysMembersAndActsForTheRaa() {
        Tenant before = Tenant.of("u", "raa-lead", null, "an-raa", null, platform, JOINED.minusDays(1));
        Tenant after = Tenant.of("u", "raa-lead", null, "an-raa", null, platform, JOINED);

        assertThat(before.canSee("931")).isFalse();
        assertThat(after.canSee("931")).isTrue();
        assertThat(after.canSee("909")).isFalse();
        assertThat(after.actsFor("an-raa")).isTrue();
        assertThat(Tenant.of("u", "team-manager", List.of("825"), null, null, platform, JOINED).actsFor("an-raa"))
                .isFalse();
    }
}
