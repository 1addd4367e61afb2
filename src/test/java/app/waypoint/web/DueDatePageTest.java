package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing a task's due date on the pages: offered to the managers the tasklist lets do it, with a reason kept on the task. */
@QuarkusTest
class DueDatePageTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    TaskQueries queries;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private String taskId;
    private LocalDate today;

    @BeforeEach
    void needsAssessmentOfTheWorker() {
        team = people.team();
        today = clock.today();
        UUID youngPerson = people.youngPerson(team, today.minusYears(16).minusMonths(5), today.minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
        taskId = queries.list(new TaskFilter("mine", youngPerson, null, null, null, null, null, null, new Paging(0, 5)),
                team.workerCaller()).items().get(0).id();
    }

    @Test
    void shouldMoveTheDueDateAndShowTheReasonOnTheTaskWhenTheManagerChangesIt() {
        // given the manager on the task, offered the change
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        assertThat(task(manager)).contains("id=\"change-due\"");
        given().cookies(manager).get("/tasks/{id}/due-date", taskId).then().statusCode(200)
                .body(containsString("id=\"due-day\"")).body(containsString("Why does the due date change?"));

        // when they move it three weeks on, with the reason
        LocalDate due = today.plusWeeks(3);
        form(manager).params(date("due", due)).formParam("reason", "Waiting for the school report")
                .post("/tasks/{id}/due-date", taskId).then().statusCode(303).header("Location", endsWith("/tasks/" + taskId + "#comments"));

        // then the task is due then, and its comments say why, for the worker too
        assertThat(queries.get(taskId, team.workerCaller()).due()).isEqualTo(due);
        assertThat(task(PageSessions.signIn(team.worker().username())))
                .contains("to " + DueWording.date(due) + ". Reason: Waiting for the school report");
    }

    @Test
    void shouldShowTheMessagesBesideTheFieldsWhenTheDayHasPassedOrNoReasonIsGiven() {
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        LocalDate due = queries.get(taskId, team.managerCaller()).due();

        // a day gone: the tasklist's rule, beside the date
        form(manager).params(date("due", today.minusDays(1))).formParam("reason", "Late")
                .post("/tasks/{id}/due-date", taskId).then().statusCode(422)
                .body(containsString("id=\"due-error\"")).body(containsString("must be today or later"));
        // nothing typed: the page's own messages, linked from the summary
        form(manager).post("/tasks/{id}/due-date", taskId).then().statusCode(422)
                .body(containsString("<a href=\"#due\">Enter the new due date</a>"))
                .body(containsString("<a href=\"#reason\">Enter why the due date changes</a>"));

        assertThat(queries.get(taskId, team.managerCaller()).due()).isEqualTo(due);
    }

    @Test
    void shouldNeitherOfferNorAcceptTheChangeFromTheWorker() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(task(worker)).doesNotContain("id=\"change-due\"");
        given().cookies(worker).get("/tasks/{id}/due-date", taskId).then().statusCode(403);
        form(worker).params(date("due", today.plusDays(7))).formParam("reason", "More time")
                .post("/tasks/{id}/due-date", taskId).then().statusCode(403);
    }

    private String task(Map<String, String> session) {
        return given().cookies(session).get("/tasks/{id}", taskId).then().statusCode(200).extract().asString();
    }

    private static RequestSpecification form(Map<String, String> session) {
        return given().cookies(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.get("csrf-token"));
    }

    private static Map<String, String> date(String name, LocalDate day) {
        return Map.of(name + "-day", Integer.toString(day.getDayOfMonth()), name + "-month", Integer.toString(day.getMonthValue()),
                name + "-year", Integer.toString(day.getYear()));
    }
}
