package app.waypoint.testsupport;

import static io.restassured.RestAssured.given;

import app.waypoint.people.status.Birthdays;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A leaving-care transition worked through the API up to a step, for the tests of the pages that do that step. */
@ApplicationScoped
public class TransitionWork {

    private final PeopleFixtures people;
    private final TestClock clock;

    TransitionWork(PeopleFixtures people, TestClock clock) {
        this.people = people;
        this.clock = clock;
    }

    /**
     * A young person of 15 years 10 months of the team, in foster care since 14, whose transition is at "Write pathway plan"
     * (the social worker's task): the personal adviser is appointed and the needs are assessed; no plan is written yet.
     */
    public PlanStep atWritePathwayPlan(TeamFixture team) {
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        UUID youngPersonId = people.youngPerson(team, born, Birthdays.anniversary(born, 14), true);
        given().header("Authorization", team.managerToken()).post("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(201);
        complete(team.managerToken(), task(team, youngPersonId, "Task_AppointPersonalAdviser"),
                Map.of("personalAdviserUsername", team.adviser().username()));
        complete(team.workerToken(), task(team, youngPersonId, "Task_AssessNeeds"),
                Map.of("assessmentSummary", "Needs support with budgeting", "youngPersonConsulted", true));
        return new PlanStep(youngPersonId, task(team, youngPersonId, "Task_WritePathwayPlan"));
    }

    private static String task(TeamFixture team, UUID youngPersonId, String stepId) {
        return given().header("Authorization", team.managerToken()).queryParam("youngPersonId", youngPersonId)
                .get("/api/tasks").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.stepId == '" + stepId + "' }.id");
    }

    private static void complete(String token, String taskId, Map<String, Object> values) {
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", taskId).then().statusCode(204);
    }

    /** The young person and the id of their open "Write pathway plan" task. */
    public record PlanStep(UUID youngPersonId, String taskId) {
    }
}
