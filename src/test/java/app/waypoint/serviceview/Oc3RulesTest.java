package app.waypoint.serviceview;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.record.returns.ReturnCodes;
import app.waypoint.serviceview.domain.Oc3Failure;
import app.waypoint.serviceview.domain.Oc3Line;
import app.waypoint.serviceview.domain.Oc3Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DfE's OC3 validation rules, each with a line that fails it and one that passes it, in the collection year 1 April 2025
 * to 31 March 2026.
 */
class Oc3RulesTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);
    private static final Oc3Rules RULES = Oc3Rules.read();

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("131", List.of(line("C1", "15/09/2005", "YESS", "F2", "U1")), List.of(line("C1", "15/09/2005", "yes", "F2", "U1"))),
                Arguments.of("131", List.of(line("C1", "15/09/2005", "", "", "")), List.of(line("C1", "15/09/2005", "REFU", "F2", "U1"))),
                Arguments.of("132", List.of(line("C1", "15/09/2005", "YES", "F3", "U1")), List.of(line("C1", "15/09/2005", "YES", "F5", "U1"))),
                Arguments.of("133", List.of(line("C1", "15/09/2005", "YES", "F2", "S1")), List.of(line("C1", "15/09/2005", "YES", "F2", "S2"))),
                Arguments.of("153", List.of(line("C1", "15/09/2005", "YES", "", "U1")), List.of(line("C1", "15/09/2005", "", "", ""))),
                Arguments.of("344", List.of(line("C1", "15/09/2005", "RHOM", "F2", "U1")), List.of(line("C1", "15/09/2005", "RHOM", "0", "0"))),
                Arguments.of("345", List.of(line("C1", "15/09/2005", "YES", "0", "U1")), List.of(line("C1", "15/09/2005", "NO", "0", "U1"))),
                Arguments.of("347", List.of(line("C1", "01/06/2007", "YES", "F5", "T1")), List.of(line("C1", "01/03/2007", "YES", "F5", "T1"))),
                Arguments.of("391", List.of(line("C1", "01/05/2009", "YES", "F2", "B1")), List.of(line("C1", "31/03/2009", "YES", "F2", "B1"))),
                Arguments.of("3001", List.of(line("C1", "01/06/2008", "YES", "F2", "Z1")), List.of(line("C1", "01/06/2007", "YES", "F2", "Z1"))),
                Arguments.of("INT34", List.of(line("C1", "15/09/2005", "YES", "F2", "U1"), line("C1", "15/09/2005", "YES", "F2", "U1")),
                        List.of(line("C1", "15/09/2005", "YES", "F2", "U1"), line("C2", "15/09/2005", "YES", "F2", "U1"))),
                Arguments.of("102", List.of(line("C1", "31/02/2005", "YES", "F2", "U1")), List.of(line("C1", "28/02/2005", "YES", "F2", "U1"))),
                Arguments.of("301", List.of(line("C1", "01/04/2026", "", "", "")), List.of(line("C1", "31/03/2026", "", "", ""))),
                Arguments.of("351", List.of(line("C1", "31/03/2000", "YES", "F2", "U1")), List.of(line("C1", "01/04/2000", "YES", "F2", "U1"))));
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("rules")
    void shouldFailTheFirstLinesAndPassTheSecondWhenTheRuleIsApplied(String rule, List<Oc3Line> failing, List<Oc3Line> passing) {
        // when
        List<Oc3Failure> failures = RULES.check(failing, START, END);
        List<Oc3Failure> none = RULES.check(passing, START, END);

        // then
        assertThat(failures).filteredOn(failure -> failure.rule().equals(rule)).isNotEmpty()
                .allSatisfy(failure -> assertThat(failure.localId()).isEqualTo("C1"));
        assertThat(none).extracting(Oc3Failure::rule).doesNotContain(rule);
    }

    @Test
    void shouldPassAFullyCodedLineOfA20thBirthdayWithNoFailureAtAll() {
        assertThat(RULES.check(List.of(line("C1", "15/09/2005", "YES", "F2", "U1")), START, END)).isEmpty();
    }

    @Test
    void shouldKeepEveryRuleOfTheTableWithTheDfesNumberAndMessage() {
        assertThat(RULES.all()).extracting(Oc3Rules.Rule::code)
                .containsExactly("131", "132", "133", "153", "344", "345", "347", "391", "3001", "INT34", "102", "301", "351");
        assertThat(RULES.all()).filteredOn(rule -> rule.code().equals("345")).singleElement().satisfies(rule -> {
            assertThat(rule.message()).isEqualTo("The data collection record shows the local authority is in touch with this young "
                    + "person, but activity and/or accommodation data items are zero.");
            assertThat(rule.fields()).containsExactly("IN_TOUCH", "ACTIV", "ACCOM");
        });
    }

    @Test
    void shouldAcceptEveryActivityAndInTouchCodeWaypointCanRecordWhenTheReturnIsChecked() {
        // given a line for every activity code and every in-touch code Waypoint offers
        List<String> activities = ReturnCodes.read("returns/ssda903-activity.csv").all().stream().map(ReturnCodes.Code::code).toList();
        List<String> inTouch = ReturnCodes.read("returns/ssda903-in-touch.csv").all().stream().map(ReturnCodes.Code::code).toList();

        // when
        List<Oc3Failure> failures = Stream.concat(activities.stream().map(code -> line("A-" + code, "15/09/2005", "NO", code, "U1")),
                        inTouch.stream().map(code -> line("T-" + code, "15/09/2005", code, "0", "0")))
                .flatMap(line -> RULES.check(List.of(line), START, END).stream()).toList();

        // then no code is refused by rules 131 or 132
        assertThat(failures).extracting(Oc3Failure::rule).doesNotContain("131", "132");
    }

    private static Oc3Line line(String child, String dob, String inTouch, String activity, String accommodation) {
        return new Oc3Line(UUID.randomUUID(), "Young Person", child, dob, inTouch, activity, accommodation);
    }
}
