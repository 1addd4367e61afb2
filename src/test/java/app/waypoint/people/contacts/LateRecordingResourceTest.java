package app.waypoint.people.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Problems;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A contact recorded late needs a reason; the report counts late recording per member of staff and team, for their managers. */
@QuarkusTest
class LateRecordingResourceTest {

    private static final String REPORT = "/api/reports/late-recording";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    @Test
    void shouldAskForAReasonWhenAContactIsRecordedAfterTheThreshold() {
        // given a care leaver phoned ten days ago (more than 2 working days, whatever today is)
        TeamFixture team = people.team();
        UUID id = people.careLeaver(team, clock.today(), 19);
        LocalDate tenDaysAgo = clock.today().minusDays(10);

        // when it is recorded with no reason, then it is refused beside the reason's field
        post(team, id, tenDaysAgo, null).then().spec(Problems.problem(422, "late-recording-reason"))
                .body("errors.field", hasItem("lateReason"));

        // when it is recorded with a reason, then it is kept, late, with the reason and the working days it took
        post(team, id, tenDaysAgo, "Off sick last week").then().statusCode(201).body("recordedLate", equalTo(true))
                .body("lateReason", equalTo("Off sick last week"))
                .body("recordedAfterWorkingDays", equalTo(calendar.workingDaysBetween(tenDaysAgo, clock.today())));
    }

    @Test
    void shouldNotAskForAReasonWhenAContactIsRecordedTheSameDay() {
        TeamFixture team = people.team();
        UUID id = people.careLeaver(team, clock.today(), 19);
        post(team, id, clock.today(), null).then().statusCode(201).body("recordedLate", equalTo(false))
                .body("recordedAfterWorkingDays", equalTo(0));
    }

    @Test
    void shouldCountLateRecordingPerMemberOfStaffAndTeamWhenTheManagerAsks() {
        // given the worker records one contact the same day and one ten days late
        TeamFixture team = people.team();
        UUID id = people.careLeaver(team, clock.today(), 19);
        LocalDate today = clock.today();
        int late = calendar.workingDaysBetween(today.minusDays(10), today);
        post(team, id, today, null).then().statusCode(201);
        post(team, id, today.minusDays(10), "Court all week").then().statusCode(201);

        // when their manager asks for today's report
        JsonPath report = given().header("Authorization", team.managerToken()).queryParam("from", today.toString())
                .queryParam("to", today.toString()).get(REPORT).then().statusCode(200).extract().jsonPath();

        // then the team and the worker show 1 late of those recorded, with the median and longest delay
        assertThat(report.getInt("thresholdWorkingDays")).isEqualTo(2);
        assertThat(report.getList("teams.teamId", String.class)).containsExactly(team.id().toString());
        String worker = "workers.find { it.username == '" + team.worker().username() + "' }.";
        assertThat(report.getInt(worker + "recorded")).isEqualTo(2);
        assertThat(report.getInt(worker + "late")).isEqualTo(1);
        assertThat(report.getInt(worker + "maxWorkingDays")).isEqualTo(late);
        assertThat(report.getDouble(worker + "medianWorkingDays")).isEqualTo(late / 2.0);
        assertThat(report.getInt("teams[0].recorded")).isEqualTo(2);
        assertThat(report.getInt("teams[0].late")).isEqualTo(1);

        // and the contacts behind the worker's figure are the late one, with its reason
        given().header("Authorization", team.managerToken()).queryParam("from", today.toString()).queryParam("to", today.toString())
                .queryParam("worker", team.worker().username()).get(REPORT + "/contacts").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].lateReason", equalTo("Court all week")).body("[0].youngPersonId", equalTo(id.toString()));
    }

    @Test
    void shouldShowATeamOnlyToItsManagersAndTheManagersAboveIt() {
        // given a contact recorded late in one team
        TeamFixture team = people.team();
        TeamFixture other = people.team();
        PeopleFixtures.SeniorManagers seniors = people.seniorManagersOf(team);
        UUID id = people.careLeaver(team, clock.today(), 19);
        post(team, id, clock.today().minusDays(10), "Court all week").then().statusCode(201);

        // then the head of service above it sees the team, another team's manager does not (and may not ask for it)
        given().header("Authorization", Tokens.bearer(seniors.headOfService())).get(REPORT).then().statusCode(200)
                .body("teams.teamId", hasItem(team.id().toString()));
        JsonPath others = given().header("Authorization", other.managerToken()).get(REPORT).then().statusCode(200).extract().jsonPath();
        assertThat(others.getList("teams.teamId", String.class)).doesNotContain(team.id().toString());
        given().header("Authorization", other.managerToken()).queryParam("teamId", team.id().toString()).get(REPORT).then()
                .spec(Problems.problem(404));
        given().header("Authorization", other.managerToken()).queryParam("worker", team.worker().username()).get(REPORT + "/contacts")
                .then().statusCode(200).body("size()", equalTo(0));

        // and a worker may not see the report at all
        given().header("Authorization", team.workerToken()).get(REPORT).then().spec(Problems.problem(403));
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts() {
        TeamFixture team = people.team();
        given().header("Authorization", team.managerToken()).queryParam("from", clock.today().toString())
                .queryParam("to", clock.today().minusDays(1).toString()).get(REPORT).then().spec(Problems.problem(400))
                .body("errors.field", hasItem("from"));
    }

    private static io.restassured.response.Response post(TeamFixture team, UUID id, LocalDate on, String lateReason) {
        Map<String, String> body = new HashMap<>(Map.of("contactOn", on.toString(), "kind", "PHONE"));
        if (lateReason != null) {
            body.put("lateReason", lateReason);
        }
        return given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(body)
                .post("/api/young-people/{id}/contacts", id);
    }
}
