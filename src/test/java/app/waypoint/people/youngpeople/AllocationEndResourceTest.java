package app.waypoint.people.youngpeople;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ending an allocation over HTTP: on a day, with the reason, by a manager of the young person's team; once. */
@QuarkusTest
class AllocationEndResourceTest {

    private static final String END = "/api/young-people/{id}/allocations/{allocationId}/end";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID careLeaver;
    private String iroAllocation;
    private LocalDate today;

    @BeforeEach
    void careLeaverWithAnIro() {
        team = people.team();
        today = clock.today();
        careLeaver = people.careLeaver(team, today, 19);
        iroAllocation = as(team.managerToken()).get("/api/young-people/{id}/allocations", careLeaver).then().statusCode(200)
                .extract().path("find { it.kind == 'IRO' }.id");
    }

    @Test
    void shouldEndTheAllocationOnTheDayWithTheReasonAndKeepItInTheHistoryWhenTheTeamManagerEndsIt() {
        // when the manager ends the IRO's allocation today, the care leaver no longer being looked after
        as(team.managerToken()).body(Map.of("endedOn", today.toString(), "reason", "No longer looked after"))
                .post(END, careLeaver, iroAllocation).then().statusCode(200)
                .body("endedOn", equalTo(today.toString())).body("endReason", equalTo("No longer looked after"))
                .body("endedBy", equalTo(team.manager().username()));

        // then the history keeps it, ended, with the reason, and the IRO no longer sees the young person
        as(team.managerToken()).get("/api/young-people/{id}/allocations", careLeaver).then().statusCode(200)
                .body("find { it.kind == 'IRO' }.endReason", equalTo("No longer looked after"))
                .body("find { it.kind == 'SOCIAL_WORKER' }.endedOn", nullValue());
        as(team.iroToken()).get("/api/young-people/{id}", careLeaver).then().spec(problem(404));

        // and ending it again is a conflict
        as(team.managerToken()).body(Map.of("endedOn", today.toString(), "reason", "Again"))
                .post(END, careLeaver, iroAllocation).then().spec(problem(409, "allocation-already-ended"));
    }

    @Test
    void shouldRefuseADayToComeADayBeforeItBeganOrNoReasonAndLeaveTheAllocationCurrent() {
        as(team.managerToken()).body(Map.of("endedOn", today.plusDays(1).toString(), "reason", "Moving"))
                .post(END, careLeaver, iroAllocation).then().spec(problem(422, "allocation-end-in-future"))
                .body("errors.field", hasItem("endedOn"));
        as(team.managerToken()).body(Map.of("endedOn", today.minusYears(1).toString(), "reason", "Moving"))
                .post(END, careLeaver, iroAllocation).then().spec(problem(422, "allocation-end-before-start"));
        as(team.managerToken()).body(Map.of("endedOn", today.toString())).post(END, careLeaver, iroAllocation).then().spec(problem(400));

        as(team.managerToken()).get("/api/young-people/{id}/allocations", careLeaver).then().statusCode(200)
                .body("find { it.kind == 'IRO' }.endedOn", nullValue());
    }

    @Test
    void shouldRefuseAWorkerAManagerOfAnotherTeamAndAnAllocationOfSomeoneElse() {
        Map<String, String> body = Map.of("endedOn", today.toString(), "reason", "Moving");
        as(team.workerToken()).body(body).post(END, careLeaver, iroAllocation).then().spec(problem(403));
        as(people.team().managerToken()).body(body).post(END, careLeaver, iroAllocation).then().spec(problem(404));

        UUID someoneElse = people.careLeaver(team, today, 20);
        as(team.managerToken()).body(body).post(END, someoneElse, iroAllocation).then().spec(problem(404));
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }
}
