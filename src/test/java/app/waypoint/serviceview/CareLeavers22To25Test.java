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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Care leavers aged 22 to 25 in a collection year: who is counted, who requested and received support (a personal adviser in
 * the year), their accommodation on their birthday, and who may see them.
 */
@QuarkusTest
class CareLeavers22To25Test {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    PeopleFixtures people;
    @Inject
    ServiceViewFixtures records;
    @Inject
    Ssda903CareLeavers oc3;

    @Test
    void shouldCountFormerRelevantCareLeaversWithA22ndTo25thBirthdayInTheYearByWhetherTheyAskedForAndGotSupport() {
        // given the last complete collection year and a team's former relevant care leavers of 21 to 25 in it
        TeamFixture team = people.team();
        int year = oc3.lastCompleteYear();
        LocalDate first = LocalDate.of(year - 1, 4, 1);
        LocalDate last = LocalDate.of(year, 3, 31);
        UUID supportedAt22 = formerRelevant(team, first.plusMonths(3).minusYears(22));
        records.adviser(supportedAt22, team.adviser().id(), first.plusDays(10), first.plusDays(100));
        records.accommodation(supportedAt22, "U", false, first.minusYears(1));
        records.accommodation(supportedAt22, "U", true, first.plusMonths(2));
        UUID adviserEndedBeforeTheYear = formerRelevant(team, last.minusYears(23));
        records.adviser(adviserEndedBeforeTheYear, team.adviser().id(), first.minusYears(2), first.minusDays(1));
        UUID notInTouchAt24 = formerRelevant(team, first.plusMonths(7).minusYears(24));
        records.accommodation(notInTouchAt24, "U", true, first.minusYears(2));
        UUID supportedUntil25 = formerRelevant(team, first.minusYears(25));
        records.adviser(supportedUntil25, team.adviser().id(), first.minusYears(3), null);
        UUID died = formerRelevant(team, first.plusMonths(5).minusYears(23));
        records.coded(died, "IN_TOUCH", "DIED", first.plusMonths(1));
        UUID qualifying = people.youngPerson(team, first.plusMonths(4).minusYears(22), false, List.of(new CareEpisodeInput(
                first.plusMonths(4).minusYears(6), first.plusMonths(5).minusYears(6), LegalBasis.CARE_ORDER)));
        UUID twentyOne = formerRelevant(team, first.plusMonths(2).minusYears(21));
        UUID twentyFiveTheDayBefore = formerRelevant(team, first.minusDays(1).minusYears(25));
        UUID otherTeams = formerRelevant(people.team(), first.plusMonths(3).minusYears(22));

        // when their manager asks for the year's figures
        JsonPath report = given().header("Authorization", team.managerToken())
                .get("/api/service-view/ssda903/care-leavers-22-to-25?year={year}", year).then().statusCode(200).extract().jsonPath();

        // then each former relevant care leaver with a 22nd to 25th birthday in the year is counted at that age, as supported when
        // a personal adviser was allocated on some day of the year, and the one who died, the qualifying care leaver, the
        // 21-year-old, the one who turned 25 the day before the year and another team's are not
        assertThat(report.getList("youngPeople.youngPersonId", String.class)).containsExactlyInAnyOrder(supportedAt22.toString(),
                adviserEndedBeforeTheYear.toString(), notInTouchAt24.toString(), supportedUntil25.toString())
                .doesNotContain(died.toString(), qualifying.toString(), twentyOne.toString(), twentyFiveTheDayBefore.toString(),
                        otherTeams.toString());
        assertThat(report.getList("ages.age", String.class)).containsExactly("22", "23", "24", "25");
        assertThat(report.getList("ages.receivedSupport", Integer.class)).containsExactly(1, 0, 0, 1);
        assertThat(report.getList("ages.notInTouch", Integer.class)).containsExactly(0, 1, 1, 0);
        assertThat(report.getInt("total.total")).isEqualTo(4);
        assertThat(report.getInt("total.receivedSupport")).isEqualTo(2);
        assertThat(report.getString("from")).isEqualTo(first.toString());
        assertThat(report.getString("to")).isEqualTo(last.toString());

        // and the accommodation as at the day they asked (their adviser's first day, else the year's) is given for those
        // supported only: not yet judged suitable then for the 22-year-old, none recorded for the 25-year-old
        String supported = "youngPeople.find { it.youngPersonId == '" + supportedAt22 + "' }.";
        assertThat(report.getString(supported + "asAt")).isEqualTo(first.plusDays(10).toString());
        assertThat(report.getString(supported + "accommodation")).isEqualTo("U2");
        assertThat(report.getString("youngPeople.find { it.youngPersonId == '" + supportedUntil25 + "' }.asAt")).isEqualTo(first.toString());
        assertThat(report.getString("youngPeople.find { it.youngPersonId == '" + notInTouchAt24 + "' }.accommodation")).isEmpty();
        assertThat(report.getList("accommodation.code", String.class)).containsExactly("", "U2");
        assertThat(report.getList("accommodation.description", String.class)).containsExactly("Not recorded",
                "Independent living (independent tenancy of a flat, house or bedsit, including local authority or housing association), not suitable");
        assertThat(report.getList("activity.count", Integer.class)).containsExactly(2);
    }

    @Test
    void shouldDownloadTheYoungPeopleAsCsvAuditedAndOnlyForManagers() {
        // given a care leaver of 23 in the year with a personal adviser
        TeamFixture team = people.team();
        int year = oc3.lastCompleteYear();
        LocalDate born = LocalDate.of(year - 1, 9, 1).minusYears(23);
        UUID person = formerRelevant(team, born);
        records.adviser(person, team.adviser().id(), LocalDate.of(year - 1, 5, 1), null);
        records.accommodation(person, "U", true, LocalDate.of(year - 2, 1, 1));
        records.coded(person, "ACTIVITY", "F1", LocalDate.of(year - 2, 1, 1));

        // when
        List<String> lines = given().header("Authorization", team.managerToken())
                .get("/api/service-view/ssda903/care-leavers-22-to-25.csv?year={year}", year).then().statusCode(200)
                .contentType("text/csv").extract().asString().lines().toList();

        // then a header in words and their line, and their record's audit shows the manager's read
        String localId = given().header("Authorization", team.managerToken()).get("/api/young-people/{id}", person).then().statusCode(200)
                .extract().path("localId");
        assertThat(lines).containsExactly("Local id,Date of birth,Age on their birthday in the year,Requested and received support,"
                + "Support asked for (as at),Activity (SSDA903 code),Accommodation (SSDA903 code)",
                localId + "," + DAY.format(born) + ",23,Yes,01/05/" + (year - 1) + ",F1,U1");
        given().header("Authorization", Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", person).then().statusCode(200)
                .body("items.find { it.route.contains('22-to-25') }.username", equalTo(team.manager().username()));
        given().header("Authorization", team.workerToken()).get("/api/service-view/ssda903/care-leavers-22-to-25?year={year}", year)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", team.managerToken()).get("/api/service-view/ssda903/care-leavers-22-to-25.csv?year=1999").then()
                .statusCode(400).contentType("application/problem+json");
    }

    /** In care from 14 to 18: former relevant from 18 to 25. */
    private UUID formerRelevant(TeamFixture team, LocalDate born) {
        return people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 14),
                Birthdays.anniversary(born, 18), LegalBasis.CARE_ORDER)));
    }
}
