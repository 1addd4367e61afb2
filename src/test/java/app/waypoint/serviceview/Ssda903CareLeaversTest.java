package app.waypoint.serviceview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.serviceview.domain.Ssda903CareLeavers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SSDA903 care-leaver table (OC3): who is in it for a collection year, the codes as on their birthday, and who may have it. */
@QuarkusTest
class Ssda903CareLeaversTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    PeopleFixtures people;
    @Inject
    ServiceViewFixtures records;
    @Inject
    Ssda903CareLeavers oc3;

    @Test
    void shouldListCareLeaversWithA17thTo21stBirthdayInTheCollectionYearOnlyWhenAManagerDownloadsIt() {
        // given the last complete collection year, and care leavers at the edges of its days and of the ages 17 to 21
        TeamFixture team = people.team();
        int year = oc3.lastCompleteYear();
        LocalDate first = LocalDate.of(year - 1, 4, 1);
        LocalDate last = LocalDate.of(year, 3, 31);
        UUID seventeenOnTheFirstDay = relevant(team, first.minusYears(17));
        UUID twentyOneOnTheLastDay = formerRelevant(team, last.minusYears(21));
        UUID twentyTwoOnTheFirstDay = formerRelevant(team, first.minusYears(22));
        UUID seventeenOnTheLastDay = relevant(team, last.minusYears(17));
        UUID seventeenTheDayAfter = relevant(team, last.plusDays(1).minusYears(17));
        UUID lookedAfterOnTheir17thBirthday = formerRelevant(team, first.plusDays(10).minusYears(17));

        // when
        List<String> lines = download(team, year);

        // then the DfE's five columns in order, and a line for each young person with a birthday of 17 to 21 in the year who was
        // not looked after on it (DfE rules 1007 and 1016)
        assertThat(lines.get(0)).isEqualTo("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",", -1)[0])
                .containsExactlyInAnyOrder(localId(team, seventeenOnTheFirstDay), localId(team, twentyOneOnTheLastDay),
                        localId(team, seventeenOnTheLastDay))
                .doesNotContain(localId(team, twentyTwoOnTheFirstDay), localId(team, seventeenTheDayAfter),
                        localId(team, lookedAfterOnTheir17thBirthday));
        assertThat(lines).anyMatch(line -> line.contains("," + DAY.format(first.minusYears(17)) + ","));
    }

    @Test
    void shouldGiveTheCodesInForceOnTheirBirthdayInTheYearRatherThanToday() {
        // given a care leaver whose 19th birthday falls in the year, with codes changed before and after it
        TeamFixture team = people.team();
        int year = oc3.lastCompleteYear();
        LocalDate birthday = LocalDate.of(year - 1, 9, 15);
        UUID person = formerRelevant(team, birthday.minusYears(19));
        records.coded(person, "IN_TOUCH", "YES", birthday.minusMonths(6));
        records.coded(person, "IN_TOUCH", "NO", birthday.plusDays(1));
        records.coded(person, "ACTIVITY", "G6", birthday.minusYears(1));
        records.coded(person, "ACTIVITY", "F2", birthday);
        records.accommodation(person, "U", false, birthday.minusMonths(2));
        records.accommodation(person, "U", true, birthday.plusMonths(1));

        // when
        List<String> lines = download(team, year);

        // then the codes are those of the birthday: in touch, activity from that day, accommodation judged not suitable then
        assertThat(lines).containsExactly("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
                localId(team, person) + "," + DAY.format(birthday.minusYears(19)) + ",YES,F2,U2");
    }

    @Test
    void shouldGive0ForActivityAndAccommodationOfAYoungPersonWhoReturnedHome() {
        // given a care leaver who left care before 17, recorded as returned home before their 18th birthday in the year
        TeamFixture team = people.team();
        int year = oc3.lastCompleteYear();
        LocalDate birthday = LocalDate.of(year - 1, 12, 1);
        UUID person = relevant(team, birthday.minusYears(18));
        records.coded(person, "IN_TOUCH", "RHOM", birthday.minusMonths(1));
        records.coded(person, "ACTIVITY", "F1", birthday.minusMonths(3));

        // when / then
        assertThat(download(team, year)).contains(localId(team, person) + "," + DAY.format(birthday.minusYears(18)) + ",RHOM,0,0");
    }

    @Test
    void shouldListEachFailureOfTheDfesRulesAgainstTheYoungPersonWhenAManagerChecksTheReturn() {
        // given a care leaver with nothing recorded by their 20th birthday in the year, and one coded in full
        TeamFixture team = people.team();
        int year = oc3.lastCompleteYear();
        LocalDate birthday = LocalDate.of(year - 1, 10, 20);
        UUID unrecorded = formerRelevant(team, birthday.minusYears(20));
        UUID recorded = formerRelevant(team, birthday.minusYears(20).plusDays(1));
        records.coded(recorded, "IN_TOUCH", "YES", birthday.minusYears(2));
        records.coded(recorded, "ACTIVITY", "F5", birthday.minusYears(2));
        records.accommodation(recorded, "U", true, birthday.minusYears(2));

        // when
        var validation = given().header("Authorization", team.managerToken())
                .get("/api/service-view/ssda903/oc3/validation?year={year}", year).then().statusCode(200).extract().jsonPath();

        // then the blank codes fail rules 131, 132 and 133 against the young person with nothing recorded, and nothing else fails
        assertThat(validation.getInt("lines")).isEqualTo(2);
        assertThat(validation.getList("failures.rule", String.class)).containsExactly("131", "132", "133");
        assertThat(validation.getList("failures.youngPersonId", String.class)).containsOnly(unrecorded.toString());
        assertThat(validation.getList("failures.localId", String.class)).containsOnly(localId(team, unrecorded));
        assertThat(validation.getString("failures[0].message")).isEqualTo("Data entry for being in touch after leaving care is invalid.");
        assertThat(validation.getList("failures[0].fields", String.class)).containsExactly("IN_TOUCH");
        given().header("Authorization", Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", recorded).then().statusCode(200)
                .body("items.find { it.route.contains('validation') }.username", equalTo(team.manager().username()));
        given().header("Authorization", team.workerToken()).get("/api/service-view/ssda903/oc3/validation?year={year}", year).then()
                .statusCode(403);
        given().header("Authorization", team.managerToken()).get("/api/service-view/ssda903/oc3/validation?year=1999").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldAuditTheYoungPeopleInTheReturnAndRefuseWorkersAndABadYear() {
        // given
        TeamFixture team = people.team();
        int year = oc3.lastCompleteYear();
        UUID person = formerRelevant(team, LocalDate.of(year - 1, 6, 1).minusYears(20));

        // when
        download(team, year);

        // then
        given().header("Authorization", Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", person).then().statusCode(200)
                .body("items.find { it.route.contains('ssda903') }.username", equalTo(team.manager().username()));
        given().header("Authorization", team.workerToken()).get("/api/service-view/ssda903/oc3?year={year}", year).then().statusCode(403);
        given().header("Authorization", team.managerToken()).get("/api/service-view/ssda903/oc3?year=1999").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", team.managerToken()).get("/api/service-view/ssda903/oc3?year=last").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", team.managerToken()).get("/api/service-view/ssda903/oc3?year={year}", year + 2).then()
                .statusCode(400).contentType("application/problem+json");
    }

    private List<String> download(TeamFixture team, int year) {
        return given().header("Authorization", team.managerToken()).get("/api/service-view/ssda903/oc3?year={year}", year).then()
                .statusCode(200).contentType("text/csv").extract().asString().lines().toList();
    }

    /** In care from 14 to 18: former relevant once 18. */
    private UUID formerRelevant(TeamFixture team, LocalDate born) {
        return people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 14),
                Birthdays.anniversary(born, 18), LegalBasis.CARE_ORDER)));
    }

    /** In care from 14 until a month before 17: relevant until 18. */
    private UUID relevant(TeamFixture team, LocalDate born) {
        return people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 14),
                Birthdays.anniversary(born, 17).minusMonths(1), LegalBasis.CARE_ORDER)));
    }

    private static String localId(TeamFixture team, UUID person) {
        return given().header("Authorization", team.managerToken()).get("/api/young-people/{id}", person).then().statusCode(200)
                .extract().path("localId");
    }
}
