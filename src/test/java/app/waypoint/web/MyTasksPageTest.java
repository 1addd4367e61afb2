package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Claiming and giving back a team task from the list: htmx swaps the row in place; without JavaScript the list reloads. */
@QuarkusTest
class MyTasksPageTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    TaskQueries queries;
    @Inject
    TestClock clock;

    @Test
    void shouldSwapTheRowWhenAWorkerGivesATaskBackAndClaimsItAgainWithHtmx() {
        // given a worker's needs assessment
        TeamFixture team = people.team();
        UUID youngPerson = people.youngPerson(team, clock.today().minusYears(16).minusMonths(5), clock.today().minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
        Caller worker = new Caller(team.worker().id(), team.worker().username(), StaffRole.WORKER, team.id());
        String taskId = queries.list(new TaskFilter("mine", youngPerson, null, null, null, null, null, null, new Paging(0, 5)), worker)
                .items().get(0).id();
        Map<String, String> session = PageSessions.signIn(team.worker().username());
        String token = PageSessions.token(given().cookies(session).get("/tasks").asString());

        // when they give it back with htmx, the row comes back offering it to claim
        given().cookies(session).header("HX-Request", "true").header("X-CSRF-TOKEN", token).contentType("application/x-www-form-urlencoded")
                .post("/tasks/{id}/unclaim", taskId)
                .then().statusCode(200).body(allOf(startsWith("<tr id=\"task-" + taskId + "\""), containsString("Claim"),
                        not(containsString("Give back"))));
        given().cookies(session).get("/tasks").then().body(containsString("Offered to your team (1)"));

        // and when they claim it again without JavaScript (a plain form post), the list shows it as theirs
        given().cookies(session).redirects().follow(false).formParam("csrf-token", token).post("/tasks/{id}/claim", taskId)
                .then().statusCode(303);
        given().cookies(session).get("/tasks").then().body(containsString("1 task assigned to you"))
                .body(containsString("Offered to your team (0)"));
    }

    @Test
    void shouldOfferAnIroNoTaskToClaimWhenTheirYoungPersonsTaskWaitsForAWorker() {
        // given a needs assessment its worker gave back to the team, about a young person the team's IRO is IRO for
        TeamFixture team = people.team();
        UUID youngPerson = people.youngPerson(team, clock.today().minusYears(16).minusMonths(5), clock.today().minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
        String taskId = queries.list(new TaskFilter("mine", youngPerson, null, null, null, null, null, null, new Paging(0, 5)),
                team.workerCaller()).items().get(0).id();
        given().header("Authorization", team.workerToken()).post("/api/tasks/{id}/unclaim", taskId).then().statusCode(200)
                .body("allowedActions", org.hamcrest.Matchers.contains("CLAIM", "COMPLETE"));

        // when the IRO opens their tasks, nothing is offered to them to claim, and the task offers them no action
        given().cookies(PageSessions.signIn(team.iro().username())).get("/tasks").then().statusCode(200)
                .body(containsString("Offered to your team (0)")).body(not(containsString("Assess needs")))
                .body(not(containsString("/claim")));
        given().header("Authorization", team.iroToken()).get("/api/tasks/{id}", taskId).then().statusCode(200)
                .body("allowedActions", org.hamcrest.Matchers.empty());
        given().header("Authorization", team.iroToken()).queryParam("scope", "offered").get("/api/tasks").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));

        // while the worker is offered it to claim on theirs
        given().cookies(PageSessions.signIn(team.worker().username())).get("/tasks").then().statusCode(200)
                .body(containsString("Offered to your team (1)")).body(containsString("/tasks/" + taskId + "/claim"));
    }
}
