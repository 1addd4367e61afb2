package app.waypoint.processes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The young person's running processes and the process models behind their diagrams, through the API. */
@QuarkusTest
class ProcessViewResourceTest {

    private static final String PROCESSES = "/api/young-people/{id}/processes";

    @Inject
    Casework casework;
    @Inject
    PeopleFixtures people;

    private TeamFixture team;
    private UUID youngPerson;
    private LocalDate schedulingDue;

    @BeforeEach
    void careLeaverAwaitingReview() {
        ReviewRequested review = casework.careLeaverAwaitingReview();
        team = review.team();
        youngPerson = review.youngPersonId();
        schedulingDue = review.schedulingDue();
    }

    @Test
    void shouldShowTheReviewAtItsFirstStepWithItsDueDayWhenAReviewWasRequested() {
        // given the review requested today, its scheduling step due 10 working days before the review's due date

        // when the young person's social worker looks at their processes
        JsonPath processes = given().header("Authorization", team.workerToken()).get(PROCESSES, youngPerson)
                .then().statusCode(200).body("$", hasSize(1)).extract().jsonPath();

        // then the review is there (not the deadline watch on its task), at the scheduling step, with the worker and the due day
        assertThat(processes.getString("[0].processKey")).isEqualTo("PathwayReviewProcess");
        assertThat(processes.getString("[0].processName")).isEqualTo("Pathway review");
        assertThat(processes.getString("[0].currentSteps[0].id")).isEqualTo("Task_ScheduleReview");
        assertThat(processes.getString("[0].currentSteps[0].type")).isEqualTo("userTask");
        assertThat(processes.getString("[0].currentSteps[0].taskId")).isNotBlank();
        assertThat(processes.getString("[0].currentSteps[0].assignee")).isEqualTo(team.worker().username());
        assertThat(processes.getString("[0].currentSteps[0].due")).isEqualTo(schedulingDue.toString());
        assertThat(processes.getBoolean("[0].currentSteps[0].overdue")).isFalse();
        assertThat(processes.getString("[0].diagramUrl"))
                .startsWith("/api/process-models/PathwayReviewProcess/diagram?version=" + processes.getInt("[0].processVersion"));
    }

    @Test
    void shouldServeTheModelOfTheRunningVersionWithTheCurrentStepLaidOutWhenItsDiagramIsFetched() {
        // given the diagram address of the running review
        String diagramUrl = given().header("Authorization", team.workerToken()).get(PROCESSES, youngPerson)
                .then().statusCode(200).extract().jsonPath().getString("[0].diagramUrl");

        // when it is fetched
        String xml = given().header("Authorization", team.workerToken()).get(diagramUrl)
                .then().statusCode(200).contentType(startsWith("application/xml")).extract().asString();

        // then it is the BPMN model of the process, with a shape for the step it is at (what the viewer highlights)
        assertThat(xml).contains("<bpmn:process id=\"PathwayReviewProcess\"").contains("bpmnElement=\"Task_ScheduleReview\"");
    }

    @Test
    void shouldAnswerNotFoundWhenAWorkerOfAnotherTeamAsksForTheProcesses() {
        // given a worker of another team
        TeamFixture other = people.team();

        // when they ask for this young person's processes, then it is as if the young person did not exist
        given().header("Authorization", other.workerToken()).get(PROCESSES, youngPerson).then().spec(Problems.problem(404));
        given().header("Authorization", team.managerToken()).get(PROCESSES, youngPerson).then().statusCode(200);
        given().header("Authorization", team.iroToken()).get(PROCESSES, youngPerson).then().statusCode(200);
    }

    @Test
    void shouldAnswerNotFoundWhenTheModelOrItsVersionIsUnknown() {
        given().header("Authorization", team.workerToken()).get("/api/process-models/NoSuchProcess/diagram")
                .then().spec(Problems.problem(404, "process-model-not-found"));
        given().header("Authorization", team.workerToken()).queryParam("version", 99_999)
                .get("/api/process-models/PathwayReviewProcess/diagram")
                .then().spec(Problems.problem(404, "process-model-not-found"));
    }

    @Test
    void shouldAskForATokenWhenTheModelIsFetchedAnonymously() {
        given().get("/api/process-models/PathwayReviewProcess/diagram").then().statusCode(401);
    }
}
