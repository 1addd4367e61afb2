package app.waypoint.tasks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Problems;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A team's managers see each member's load and move all of one member's open tasks to another in one call. */
@QuarkusTest
class TeamTaskResourceTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    TestClock clock;

    @Test
    void shouldMoveEveryOpenTaskOfOneWorkerToAnotherWhenTheirManagerReassigns() {
        // given a worker with two open tasks, one overdue
        TeamFixture team = people.team();
        UUID late = openTransition(team, 16, 5);
        UUID notDue = openTransition(team, 15, 10);
        given().header("Authorization", team.managerToken()).get("/api/teams/{id}/workload", team.id())
                .then().statusCode(200)
                .body("find { it.username == '" + team.worker().username() + "' }.open", equalTo(2))
                .body("find { it.username == '" + team.worker().username() + "' }.overdue", equalTo(1));

        // when the manager moves them to a colleague
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("from", team.worker().username(), "to", team.adviser().username()))
                .post("/api/teams/{id}/reassignments", team.id())
                .then().statusCode(200).body("reassigned", equalTo(2));

        // then the colleague has both, and the worker none
        given().header("Authorization", team.adviserToken()).queryParam("scope", "mine").get("/api/tasks")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.youngPersonId", containsInAnyOrder(late.toString(), notDue.toString()));
        given().header("Authorization", team.workerToken()).queryParam("scope", "mine").get("/api/tasks")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseReassignmentByAWorkerOrAnotherTeamsManagerAndToSomeoneOfAnotherRole() {
        TeamFixture team = people.team();
        TeamFixture other = people.team();
        openTransition(team, 16, 5);
        Map<String, String> move = Map.of("from", team.worker().username(), "to", team.adviser().username());

        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(move)
                .post("/api/teams/{id}/reassignments", team.id()).then().spec(Problems.problem(403));
        given().header("Authorization", other.managerToken()).contentType(ContentType.JSON).body(move)
                .post("/api/teams/{id}/reassignments", team.id()).then().spec(Problems.problem(403));
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("from", team.worker().username(), "to", team.iro().username()))
                .post("/api/teams/{id}/reassignments", team.id()).then().spec(Problems.problem(422)).body("errors.field", hasItem("to"));
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("from", team.worker().username(), "to", other.worker().username()))
                .post("/api/teams/{id}/reassignments", team.id()).then().spec(Problems.problem(422)).body("errors.field", equalTo(List.of("to")));

        // and nothing moved
        given().header("Authorization", team.workerToken()).queryParam("scope", "mine").get("/api/tasks")
                .then().statusCode(200).body("total", equalTo(1));
    }

    private UUID openTransition(TeamFixture team, int years, int months) {
        UUID youngPerson = people.youngPerson(team, clock.today().minusYears(years).minusMonths(months), clock.today().minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
        return youngPerson;
    }
}
