package app.waypoint.transitions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The walk a new user takes through the API: record a young person, scan, work the first task, check who sees what. */
@QuarkusTest
class TransitionWalkthroughTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldOpenTransitionAndOfferNeedsAssessmentToAllocatedWorkerWhenScanFindsYoungPersonAged15y10m() {
        // given a young person aged 15 years 10 months, in care for two years, with an allocated social worker
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        LocalDate born = today.minusYears(15).minusMonths(10);
        String youngPersonId = given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("localId", "WALK-" + System.nanoTime(), "givenName", "Sam", "familyName", "Walker",
                        "dateOfBirth", born.toString(), "teamId", team.id().toString(), "fosterPlacement", true,
                        "careEpisodes", List.of(Map.of("start", today.minusYears(2).toString(), "legalBasis", "CARE_ORDER"))))
                .post("/api/young-people")
                .then().statusCode(201).body("status", equalTo("LOOKED_AFTER"))
                .extract().path("id");
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SOCIAL_WORKER", "staffUsername", team.worker().username()))
                .post("/api/young-people/{id}/allocations", youngPersonId)
                .then().statusCode(201);

        // when the eligibility scan runs
        given().header("Authorization", team.managerToken()).post("/api/eligibility-scans")
                .then().statusCode(200).body("transitionsStartedFor", hasItem(youngPersonId));

        // then the transition is open and the allocated worker has the needs assessment, due 3 months after the 16th birthday
        given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(200).body("open", equalTo(true)).body("currentSteps.id", hasItem("Task_AssessNeeds"));
        JsonPath tasks = given().header("Authorization", team.workerToken())
                .queryParam("youngPersonId", youngPersonId).get("/api/tasks")
                .then().statusCode(200).extract().jsonPath();
        assertThat(tasks.getList("items.stepId")).containsExactly("Task_AssessNeeds");
        assertThat(tasks.getString("items[0].due")).isEqualTo(born.plusYears(16).plusMonths(3).toString());
        assertThat(tasks.getString("items[0].assignee")).isEqualTo(team.worker().username());
        assertThat(tasks.getString("items[0].youngPersonName")).isEqualTo("Sam Walker");
        assertThat(tasks.getBoolean("items[0].overdue")).isFalse();
        String taskId = tasks.getString("items[0].id");

        // a missing required field is a 400 naming the field, and the task stays open
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("youngPersonConsulted", true)))
                .post("/api/tasks/{id}/completion", taskId)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("assessmentSummary"));

        // when the worker completes it, the next step is theirs
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("assessmentSummary", "Needs support with budgeting", "youngPersonConsulted", true)))
                .post("/api/tasks/{id}/completion", taskId)
                .then().statusCode(204);
        given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPersonId).get("/api/tasks")
                .then().statusCode(200).body("items.stepId", equalTo(List.of("Task_WritePathwayPlan")));

        // and a worker who is not allocated sees neither the task nor the young person
        given().header("Authorization", team.adviserToken()).get("/api/tasks/{id}", taskId).then().statusCode(404);
        given().header("Authorization", team.adviserToken()).get("/api/young-people/{id}", youngPersonId).then().statusCode(404);
        given().header("Authorization", team.adviserToken()).queryParam("youngPersonId", youngPersonId).get("/api/tasks")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
