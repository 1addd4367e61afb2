package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.testsupport.Casework.DisputedReview;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The work tray through the API and its pages: filters with counts, saved filters, sorting, follow-up dates, reasons, steps. */
@QuarkusTest
class WorkTrayTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    Casework casework;
    @Inject
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void shouldCountEachFilterAndSortItsTasksWhenAWorkerHasAnOverdueAndALaterTask() {
        // given a worker with two needs assessments: one overdue (16 years 5 months old), one not due yet (15 years 10 months)
        TeamFixture team = people.team();
        openTransition(team, clock.today().minusYears(16).minusMonths(5));
        openTransition(team, clock.today().minusYears(15).minusMonths(10));

        // when they read their tray's filters
        JsonPath filters = filters(team.workerToken());

        // then each counts its tasks
        assertThat(count(filters, "mine")).isEqualTo(2);
        assertThat(count(filters, "overdue")).isEqualTo(1);
        assertThat(count(filters, "claimable")).isZero();
        assertThat(count(filters, "follow-up-later")).isZero();
        given().header("Authorization", team.workerToken()).queryParam("filter", "overdue").get("/api/tasks").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].overdue", equalTo(true));

        // and a filter's tasks sort by young person either way
        List<String> ascending = names(team.workerToken(), "youngPerson,asc");
        List<String> descending = names(team.workerToken(), "youngPerson,desc");
        assertThat(ascending).hasSize(2).isSortedAccordingTo(Comparator.comparing(name -> familyName(name).toLowerCase(Locale.UK)));
        List<String> reversed = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertThat(descending).containsExactlyElementsOf(reversed);
        given().header("Authorization", team.workerToken()).queryParam("filter", "mine").queryParam("sort", "due,desc").get("/api/tasks")
                .then().statusCode(200).body("items[1].overdue", equalTo(true));
        given().header("Authorization", team.workerToken()).queryParam("filter", "mine").queryParam("sort", "colour,asc").get("/api/tasks")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", team.workerToken()).queryParam("filter", "nobody's").get("/api/tasks")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldSaveCountAndDeleteAFilterWhenAWorkerNamesTheirCriteria() {
        // given a worker with an overdue needs assessment and one not due yet
        TeamFixture team = people.team();
        openTransition(team, clock.today().minusYears(16).minusMonths(5));
        openTransition(team, clock.today().minusYears(15).minusMonths(10));

        // when they save "overdue transitions of mine" as a filter
        String id = given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Late transitions", "scope", "mine", "process", "LeavingCareTransitionProcess", "overdue", true))
                .post("/api/task-filters").then().statusCode(201).body("count", equalTo(1)).body("saved", equalTo(true))
                .extract().path("id");

        // then it is in their tray with its count, and lists its task
        assertThat(count(filters(team.workerToken()), id)).isEqualTo(1);
        given().header("Authorization", team.workerToken()).queryParam("filter", id).get("/api/tasks").then().statusCode(200)
                .body("total", equalTo(1));
        // a second filter by that name, or none, is refused; nobody else has it
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("name", "late transitions"))
                .post("/api/task-filters").then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(61)))
                .post("/api/task-filters").then().statusCode(400).contentType("application/problem+json");
        assertThat(filters(team.managerToken()).getList("id")).doesNotContain(id);
        given().header("Authorization", team.managerToken()).delete("/api/task-filters/{id}", id).then().statusCode(404);

        // and when they delete it, it is gone
        given().header("Authorization", team.workerToken()).delete("/api/task-filters/{id}", id).then().statusCode(204);
        assertThat(filters(team.workerToken()).getList("id")).doesNotContain(id);
    }

    @Test
    void shouldKeepATaskUnderFollowUpLaterUntilTheDayWhenItsAssigneeSetsAFollowUpDate() {
        // given a worker's needs assessment
        TeamFixture team = people.team();
        UUID youngPerson = openTransition(team, clock.today().minusYears(15).minusMonths(10));
        String taskId = given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPerson).get("/api/tasks")
                .then().extract().path("items[0].id");
        LocalDate inThreeDays = clock.today().plusDays(3);

        // when they ask to be reminded of it in three days
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("followUp", inThreeDays.toString()))
                .put("/api/tasks/{id}/follow-up", taskId).then().statusCode(200).body("followUp", equalTo(inThreeDays.toString()));

        // then it waits under "Follow up later", out of "My tasks"
        JsonPath today = filters(team.workerToken());
        assertThat(count(today, "follow-up-later")).isEqualTo(1);
        assertThat(count(today, "follow-up-today")).isZero();
        assertThat(count(today, "mine")).isZero();

        // and on the day it is back, under "Follow up today"
        clock.travelTo(inThreeDays);
        JsonPath onTheDay = filters(team.workerToken());
        assertThat(count(onTheDay, "follow-up-today")).isEqualTo(1);
        assertThat(count(onTheDay, "follow-up-later")).isZero();
        assertThat(count(onTheDay, "mine")).isEqualTo(1);

        // a day in the past is refused, and nobody but the assignee may set it
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("followUp", "2020-01-01"))
                .put("/api/tasks/{id}/follow-up", taskId).then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("followUp", inThreeDays.toString()))
                .put("/api/tasks/{id}/follow-up", taskId).then().statusCode(403);
    }

    @Test
    void shouldSayARowsReviewFollowsASignificantChangeWhenTheWorkerRecordedIt() {
        // given a care leaver who went missing, which starts a review whose first step is their worker's
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 19);
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "MISSING", "occurredOn", clock.today().toString(), "detail", "Missing overnight"))
                .post("/api/young-people/{id}/significant-changes", youngPerson).then().statusCode(201);

        // when the manager looks at the review's task in a filter of their tray, the row says why the review is held
        given().cookies(PageSessions.signIn(team.worker().username())).get("/tasks").then().statusCode(200)
                .body(containsString("Significant change: went missing (Missing overnight)"));
    }

    @Test
    void shouldSayHowFarUpTheChainATaskWentWhenItIsEscalated() {
        // given a review whose scheduling is a working day late, so escalated to the team manager today
        DisputedReview review = casework.escalatedReviewWithDispute();
        String day = DateTimeFormatter.ofPattern("d MMM", Locale.UK).format(clock.today());

        // when its worker opens their tasks, the row says so
        given().cookies(PageSessions.signIn(review.team().worker().username())).get("/tasks").then().statusCode(200)
                .body(containsString("Overdue: escalated to team manager on " + day));
    }

    @Test
    void shouldListTheProcessStepsWithTheCurrentOneMarkedWhenATaskIsOpened() {
        // given a worker's needs assessment, the first step of a transition
        TeamFixture team = people.team();
        UUID youngPerson = openTransition(team, clock.today().minusYears(15).minusMonths(10));
        String taskId = given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPerson).get("/api/tasks")
                .then().extract().path("items[0].id");

        // when they open it, the steps are listed in words, the current one marked and the rest not reached
        String page = given().cookies(PageSessions.signIn(team.worker().username())).get("/tasks/{id}", taskId)
                .then().statusCode(200).body(containsString("id=\"process-steps\"")).extract().asString();
        String steps = page.substring(page.indexOf("id=\"process-steps\""), page.indexOf("</ol>", page.indexOf("id=\"process-steps\"")));
        assertThat(steps).contains("aria-current=\"step\"").contains("(Current step)").contains("(Not reached yet)")
                .doesNotContain("Task_");
        assertThat(steps.indexOf("(Current step)")).isLessThan(steps.indexOf("(Not reached yet)"));
    }

    private UUID openTransition(TeamFixture team, LocalDate dateOfBirth) {
        UUID youngPerson = people.youngPerson(team, dateOfBirth, clock.today().minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
        return youngPerson;
    }

    private static JsonPath filters(String token) {
        return given().header("Authorization", token).get("/api/task-filters").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath filters, String id) {
        return filters.getLong("find { it.id == '" + id + "' }.count");
    }

    private static List<String> names(String token, String sort) {
        return given().header("Authorization", token).queryParam("filter", "mine").queryParam("sort", sort).get("/api/tasks").then()
                .statusCode(200).extract().jsonPath().getList("items.youngPersonName");
    }

    private static String familyName(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
