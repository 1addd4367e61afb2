package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.waypoint.supervision.process.SupervisionCycleProcess;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision on the pages: the manager books a session for a worker chosen from a list, sees the agenda, records it (what is
 * wrong beside its field, 422, what was typed kept), and the worker and the manager sign it off once the next one is booked.
 */
@QuarkusTest
class SupervisionPageTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private LocalDate today;

    @BeforeEach
    void teamWithACareLeaver() {
        team = people.team();
        today = clock.today();
        people.careLeaver(team, today, 19);
    }

    @Test
    void shouldBookRecordAndSignOffASessionWhenTheManagerAndTheWorkerUseThePages() {
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        Map<String, String> worker = PageSessions.signIn(team.worker().username());

        // given the manager books a session for their worker, chosen from the list
        given().cookies(manager).get("/supervision/book").then().statusCode(200)
                .body(containsString("value=\"" + team.worker().id() + "\"")).body(containsString(team.worker().displayName()));
        String session = form(manager).formParam("worker", team.worker().id().toString()).params(date("scheduledFor", today))
                .post("/supervision/book").then().statusCode(303).extract().header("Location");
        String path = session.substring(session.indexOf("/staff/"));

        // then the session page shows the agenda and the record form, and the task page's step opens it
        given().cookies(manager).get(path).then().statusCode(200).body(containsString("Agenda"))
                .body(containsString("id=\"record-session\"")).body(containsString("Alex Test"));
        String holdTask = holdTask();
        given().cookies(manager).get("/tasks/{id}", holdTask).then().statusCode(200)
                .body(containsString("id=\"open-supervision\"")).body(containsString("href=\"" + path + "\""))
                .body(not(containsString("id=\"complete\"")));

        // when they record a decision whose action has no owner nor due date: 422, the messages by the fields, the text kept
        form(manager).formParam("discussions-0-decision", "Find a second carer")
                .formParam("discussions-0-actions-0-description", "Ask fostering for a respite carer")
                .post(path + "/record").then().statusCode(422).body(containsString("There is a problem"))
                .body(containsString("href=\"#discussions-0-actions-0-owner\""))
                .body(containsString("id=\"discussions-0-actions-0-dueDate-error\""))
                .body(containsString("Ask fostering for a respite carer"));

        // when they record it whole
        form(manager).formParam("discussions-0-discussion", "Placement wobbling").formParam("discussions-0-decision", "Find a second carer")
                .formParam("discussions-0-actions-0-description", "Ask fostering for a respite carer")
                .formParam("discussions-0-actions-0-owner", team.worker().username()).params(date("discussions-0-actions-0-dueDate",
                        today.plusDays(7)))
                .post(path + "/record").then().statusCode(303);

        // then it is held with its decision, the hold step is done, and nobody signs before the next session is booked
        given().cookies(manager).get(path).then().statusCode(200).body(containsString("Held, waiting for sign-off"))
                .body(containsString("Find a second carer")).body(not(containsString("id=\"record-session\"")))
                .body(not(containsString("id=\"sign-off\""))).body(containsString("id=\"book-next\""));
        given().cookies(manager).get("/tasks/{id}", holdTask).then().statusCode(409).body(containsString("already been completed"));
        assertThat(page(worker, path)).doesNotContain("id=\"sign-off\"");

        // when the next one is booked, both sign off
        form(manager).formParam("worker", team.worker().id().toString()).params(date("scheduledFor", today.plusDays(28)))
                .post("/supervision/book").then().statusCode(303);
        assertThat(page(worker, path)).contains("id=\"sign-off\"");
        form(worker).post(path + "/sign-off").then().statusCode(303);
        assertThat(page(worker, path)).doesNotContain("id=\"sign-off\"");
        form(manager).post(path + "/sign-off").then().statusCode(303);

        // then it is signed off
        assertThat(page(manager, path)).contains("Signed off").doesNotContain("id=\"sign-off\"");
    }

    @Test
    void shouldRecordSeveralActionsForOneYoungPersonWhenTheManagerAddsAnotherAction() {
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        String session = form(manager).formParam("worker", team.worker().id().toString()).params(date("scheduledFor", today))
                .post("/supervision/book").then().statusCode(303).extract().header("Location");
        String path = session.substring(session.indexOf("/staff/"));

        // given the agenda lists the worker's caseload, each with their last contact
        assertThat(page(manager, path)).contains("id=\"agenda-caseload\"").contains(": no contact recorded, nothing overdue");

        // when the manager asks for a second action row, what they typed is kept and a second row is offered
        form(manager).formParam("discussions-0-decision", "Find a second carer").formParam("discussions-0-actionRows", "1")
                .formParam("add-action", "0").post(path + "/record").then().statusCode(200)
                .body(containsString("Find a second carer")).body(containsString("id=\"discussions-0-actions-1-description\""));

        // when they record two actions, each with an owner and a due date
        form(manager).formParam("discussions-0-decision", "Find a second carer").formParam("discussions-0-actionRows", "2")
                .formParam("discussions-0-actions-0-description", "Ask fostering for a respite carer")
                .formParam("discussions-0-actions-0-owner", team.worker().username())
                .params(date("discussions-0-actions-0-dueDate", today.plusDays(7)))
                .formParam("discussions-0-actions-1-description", "Book a placement meeting")
                .formParam("discussions-0-actions-1-owner", team.manager().username())
                .params(date("discussions-0-actions-1-dueDate", today.plusDays(14)))
                .post(path + "/record").then().statusCode(303);

        // then both actions are on the record of the session
        assertThat(page(manager, path)).contains("Ask fostering for a respite carer").contains("Book a placement meeting");
    }

    @Test
    void shouldNeitherOfferNorAcceptBookingFromAWorker() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(page(worker, "/tasks")).doesNotContain("href=\"/supervision/book\"");
        given().cookies(worker).get("/supervision/book").then().statusCode(403);
        form(worker).formParam("worker", team.worker().id().toString()).params(date("scheduledFor", today))
                .post("/supervision/book").then().statusCode(403);
    }

    private String holdTask() {
        List<Map<String, Object>> items = given().header("Authorization", team.managerToken())
                .queryParam("process", SupervisionCycleProcess.KEY).get("/api/tasks").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(task -> SupervisionCycleProcess.TASK_HOLD_SESSION.equals(task.get("stepId")))
                .map(task -> (String) task.get("id")).findFirst().orElseThrow();
    }

    private static String page(Map<String, String> session, String path) {
        return given().cookies(session).get(path).then().statusCode(200).extract().asString();
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
