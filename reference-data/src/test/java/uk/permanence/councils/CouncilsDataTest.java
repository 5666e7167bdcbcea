package uk.permanence.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** {@code councils.yml} as every service binds it: codes, RAA ids and dated memberships that hold together. */
class CouncilsDataTest {

    static final Councils PLATFORM = load();

    @Test
    void everyCouncilHasAUniqueThreeDigitCodeAndAName() throws IOException {
        List<String> written = new ArrayList<>();
        try (InputStream file = new ClassPathResource("councils.yml").getInputStream()) {
            Matcher code = Pattern.compile("(?m)^    \"([^\"]*)\":").matcher(
                    new String(file.readAllBytes(), StandardCharsets.UTF_8));
            while (code.find()) {
                written.add(code.group(1));
            }
        }
        assertThat(written).allMatch(code -> code.matches("\\d{3}")).doesNotHaveDuplicates()
                .hasSize(PLATFORM.councils().size());
        assertThat(PLATFORM.councils().values()).allSatisfy(council -> assertThat(council.name()).isNotBlank());
        assertThat(PLATFORM.councils().values()).filteredOn(council -> council.endedOn() == null)
                .as("current councils with children's services").hasSizeGreaterThan(150);
    }

    @Test
    void everyRaaHasAKebabCaseIdANameAndMembersThatAreKnownCouncils() {
        assertThat(PLATFORM.raas()).isNotEmpty().allSatisfy((id, raa) -> {
            assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(raa.name()).isNotBlank();
            assertThat(raa.members()).isNotEmpty().allSatisfy(member -> {
                assertThat(PLATFORM.isKnown(member.council())).as(id + " member " + member.council()).isTrue();
                assertThat(member.from()).as(id + " member " + member.council()).isNotNull();
                if (member.to() != null) {
                    assertThat(member.to()).as(id + " member " + member.council()).isAfterOrEqualTo(member.from());
                }
            });
        });
    }

    @Test
    void noCouncilIsInTwoRaasOnTheSameDay() {
        List<Map.Entry<String, Councils.Membership>> memberships = new ArrayList<>();
        PLATFORM.raas().forEach((id, raa) -> raa.members().forEach(member -> memberships.add(Map.entry(id, member))));
        for (int i = 0; i < memberships.size(); i++) {
            for (int j = i + 1; j < memberships.size(); j++) {
                Councils.Membership a = memberships.get(i).getValue();
                Councils.Membership b = memberships.get(j).getValue();
                if (a.council().equals(b.council())) {
                    assertThat(overlap(a, b)).as("council %s in %s and %s", a.council(), memberships.get(i).getKey(),
                            memberships.get(j).getKey()).isFalse();
                }
            }
        }
    }

    @Test
    void everyMembershipLiesWithinItsCouncilsLife() {
        PLATFORM.raas().forEach((id, raa) -> raa.members().forEach(member -> {
            Councils.Council council = PLATFORM.councils().get(member.council());
            String what = id + " member " + member.council();
            if (council.startedOn() != null) {
                assertThat(member.from()).as(what).isAfterOrEqualTo(council.startedOn());
            }
            if (council.endedOn() != null) {
                assertThat(member.to()).as(what + " ends when the council does").isNotNull()
                        .isBeforeOrEqualTo(council.endedOn());
            }
        }));
    }

    @Test
    void theDemoCouncilsAreMembersOfAdoptThamesValleyToday() {
        assertThat(PLATFORM.ofRaa("adopt-thames-valley", LocalDate.now()))
                .contains("825", "826", "931", "867", "870");
    }

    @Test
    void reorganisedCouncilsEndAndTheirSuccessorsBegin() {
        assertThat(PLATFORM.councils().get("909").endedOn()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(PLATFORM.councils().get("942").startedOn()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(PLATFORM.councils().get("928").endedOn()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(PLATFORM.ofRaa("adopt-coast-to-coast", LocalDate.of(2023, 3, 31))).contains("909")
                .doesNotContain("942", "943");
        assertThat(PLATFORM.ofRaa("adopt-coast-to-coast", LocalDate.of(2023, 4, 1))).contains("942", "943")
                .doesNotContain("909");
    }

    private static boolean overlap(Councils.Membership a, Councils.Membership b) {
        LocalDate aEnd = a.to() == null ? LocalDate.MAX : a.to();
        LocalDate bEnd = b.to() == null ? LocalDate.MAX : b.to();
        return !a.from().isAfter(bEnd) && !b.from().isAfter(aEnd);
    }

    private static Councils load() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("councils.yml", new ClassPathResource("councils.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment).bind("permanence", Councils.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
