package app.waypoint.intouch.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.intouch.domain.LostTouchStarts;
import app.waypoint.people.status.Birthdays;
import app.waypoint.shared.ScanPasses;
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
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code bpmn/lost-touch.bpmn} (and its nightly check), with the test clock: two failed attempts start it, or
 * 8 weeks without a contact made; the worker's re-engagement plan; the managers told (and a looked-after child's IRO); the
 * repeating "try again"; a manager's dated "not in touch" decision; and a contact made, wherever the process is, ending it.
 */
@QuarkusTest
class LostTouchProcessTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    LostTouchStarts starts;
    @Inject
    HistoryService history;

    private TeamFixture team;
    private LocalDate today;

    @BeforeEach
    void team() {
        team = people.team();
        today = clock.today();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldStartOnTheSecondFailedAttemptFlagTheListAndCloseWhenAContactIsMade() {
        // given a care leaver of 19 with their worker, and a phone call that went unanswered
        UUID youngPersonId = people.careLeaver(team, today, 19);
        contact(youngPersonId, today.minusDays(1), "ATTEMPTED").statusCode(201);
        assertThat(tasks(youngPersonId)).isEmpty();
        assertThat(listed(youngPersonId).getString("keepingInTouch.state")).isEqualTo("IN_TOUCH");

        // when a second attempt fails
        contact(youngPersonId, today, "ATTEMPTED").statusCode(201);

        // then the worker has a re-engagement plan to make, the manager is told and sees the flag on the list
        List<Map<String, Object>> open = tasks(youngPersonId);
        assertThat(open).extracting(task -> task.get("step"), task -> task.get("assignee"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Make a re-engagement plan", team.worker().username()));
        assertThat(headlines(team.managerToken())).contains("Possibly not in touch: 2 failed attempts in a row to get in touch");
        assertThat(headlines(team.iroToken())).doesNotContain("Possibly not in touch: 2 failed attempts in a row to get in touch");
        JsonPath row = listed(youngPersonId);
        assertThat(row.getString("keepingInTouch.state")).isEqualTo("POSSIBLY_NOT_IN_TOUCH");
        assertThat(row.getString("keepingInTouch.since")).isEqualTo(today.toString());
        state(youngPersonId, team.workerToken()).body("state", equalTo("POSSIBLY_NOT_IN_TOUCH")).body("failedAttempts", equalTo(2))
                .body("lostTouch.flaggedBecause", equalTo("2 failed attempts in a row to get in touch"));

        // and a third attempt starts nothing more
        contact(youngPersonId, today, "ATTEMPTED").statusCode(201);
        assertThat(tasks(youngPersonId)).hasSize(1);

        // when the worker gets through
        contact(youngPersonId, today, "MADE").statusCode(201);

        // then the task is gone and the young person is in touch again, on the list too
        assertThat(tasks(youngPersonId)).isEmpty();
        assertThat(listed(youngPersonId).getString("keepingInTouch.state")).isEqualTo("IN_TOUCH");
        state(youngPersonId, team.workerToken()).body("state", equalTo("IN_TOUCH")).body("daysSinceContact", equalTo(0))
                .body("failedAttempts", equalTo(0)).body("lostTouch", nullValue());
    }

    @Test
    void shouldFlagEveryoneOutOfTouchOnceEachWhenTheNightlyCheckRunsInPasses() {
        // given three care leavers last seen today (the tests' passes do 2 young people each)
        List<UUID> careLeavers = List.of(people.careLeaver(team, today, 19), people.careLeaver(team, today, 20), people.careLeaver(team, today, 22));
        careLeavers.forEach(youngPersonId -> contact(youngPersonId, today, "MADE").statusCode(201));

        // when the nights pass until the 57th, the nightly check running through its model
        clock.travelToWithNightlyScans(today.plusDays(57));

        // then each has one re-engagement plan to make, and the check went through its loop to a second pass
        careLeavers.forEach(youngPersonId -> assertThat(tasks(youngPersonId)).extracting(task -> task.get("step"))
                .containsExactly("Make a re-engagement plan"));
        String lastCheck = history.createHistoricProcessInstanceQuery().processDefinitionKey("LostTouchScanProcess")
                .orderByProcessInstanceStartTime().desc().list().get(0).getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(lastCheck).activityId("Task_StartLostTouch").count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldStartNightlyAfterEightWeeksAndKeepTryingAfterAManagersDecisionUntilAContactIsMade() {
        // given a care leaver last seen today
        UUID youngPersonId = people.careLeaver(team, today, 19);
        contact(youngPersonId, today, "MADE").statusCode(201);

        // when 56 days pass, nothing; on the 57th the nightly check flags them
        clock.travelTo(today.plusDays(56));
        ScanPasses.untilDone(starts::startForNoContact);
        assertThat(tasks(youngPersonId)).isEmpty();
        LocalDate flagged = today.plusDays(57);
        clock.travelTo(flagged);
        ScanPasses.untilDone(starts::startForNoContact);
        assertThat(tasks(youngPersonId)).extracting(task -> task.get("step")).containsExactly("Make a re-engagement plan");
        assertThat(headlines(team.managerToken())).contains("Possibly not in touch: No contact made for more than 56 days");

        // when the worker records the re-engagement plan
        complete(tasks(youngPersonId).get(0), Map.of("triedKnownContacts", true, "triedHousing", true, "policeMissingRoute", false,
                "planNotes", "Called her aunt and the hostel; will try the college next"));

        // then it is on the record, and nothing is asked until the try-again interval (28 days from now) has passed
        state(youngPersonId, team.managerToken())
                .body("lostTouch.plan.tried", equalTo(List.of("Known contacts (family, carers, professionals)", "Housing provider or landlord")))
                .body("allowedActions", equalTo(List.of("RECORD_DECISION")));
        assertThat(tasks(youngPersonId)).isEmpty();
        clock.travelTo(flagged.plusDays(27));
        assertThat(tasks(youngPersonId)).isEmpty();
        clock.travelTo(flagged.plusDays(29));
        assertThat(tasks(youngPersonId)).extracting(task -> task.get("step")).containsExactly("Try again to get back in touch");

        // when the worker tries to record "not in touch", they may not; a date before the flag is refused; the manager records it
        decide(youngPersonId, team.workerToken(), flagged.plusDays(29), "Not seen").statusCode(403);
        decide(youngPersonId, team.managerToken(), flagged.minusDays(1), "Not seen").statusCode(422);
        decide(youngPersonId, team.managerToken(), flagged.plusDays(29), "Family, hostel and college tried; police informed")
                .statusCode(201).body("state", equalTo("NOT_IN_TOUCH")).body("since", equalTo(flagged.plusDays(29).toString()));
        decide(youngPersonId, team.managerToken(), flagged.plusDays(29), "Again").statusCode(409);

        // then the worker is told to keep trying, the list says not in touch, and the try-again task stays
        assertThat(headlines(team.workerToken())).anyMatch(headline -> headline.startsWith("Decided not in touch on"));
        assertThat(listed(youngPersonId).getString("keepingInTouch.state")).isEqualTo("NOT_IN_TOUCH");
        complete(tasks(youngPersonId).get(0), Map.of("triedAgain", "Texted and called; no answer"));
        assertThat(tasks(youngPersonId)).isEmpty();
        clock.travelTo(flagged.plusDays(58));
        assertThat(tasks(youngPersonId)).extracting(task -> task.get("step")).containsExactly("Try again to get back in touch");

        // when a contact is made at last
        contact(youngPersonId, flagged.plusDays(58), "MADE").statusCode(201);

        // then the duty's work is done: in touch, no task, and no more asking
        assertThat(tasks(youngPersonId)).isEmpty();
        state(youngPersonId, team.managerToken()).body("state", equalTo("IN_TOUCH")).body("lostTouch", nullValue());
        clock.travelTo(flagged.plusDays(90));
        assertThat(tasks(youngPersonId)).isEmpty();
    }

    @Test
    void shouldTellTheIroOfALookedAfterChildAndEndWhileWaitingToTryAgainWhenAContactIsMade() {
        // given an eligible child (16 and a half, in care since 14) whose worker records two failed visits
        LocalDate born = today.minusYears(16).minusMonths(6);
        UUID youngPersonId = people.youngPerson(team, born, Birthdays.anniversary(born, 14), false);
        contact(youngPersonId, today, "ATTEMPTED").statusCode(201);
        contact(youngPersonId, today, "ATTEMPTED").statusCode(201);

        // then the IRO is told as well as the manager
        assertThat(headlines(team.iroToken())).contains("Possibly not in touch: 2 failed attempts in a row to get in touch");
        assertThat(headlines(team.managerToken())).contains("Possibly not in touch: 2 failed attempts in a row to get in touch");

        // when the plan is recorded and the process waits to ask again, a contact is made
        complete(tasks(youngPersonId).get(0), Map.of("planNotes", "Asked the foster carer and the school"));
        contact(youngPersonId, today, "MADE").statusCode(201);

        // then the process has ended: nothing is asked later, and a decision is refused as they are in touch
        clock.travelTo(today.plusDays(30));
        assertThat(tasks(youngPersonId)).isEmpty();
        decide(youngPersonId, team.managerToken(), today, "Not seen").statusCode(409);
        state(youngPersonId, team.iroToken()).body("state", equalTo("IN_TOUCH"));
    }

    private io.restassured.response.ValidatableResponse contact(UUID youngPersonId, LocalDate on, String outcome) {
        return given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("contactOn", on.toString(), "kind", "PHONE", "outcome", outcome))
                .post("/api/young-people/{id}/contacts", youngPersonId).then();
    }

    private io.restassured.response.ValidatableResponse state(UUID youngPersonId, String token) {
        return given().header("Authorization", token).get("/api/young-people/{id}/keeping-in-touch", youngPersonId).then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse decide(UUID youngPersonId, String token, LocalDate on, String reasons) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("decidedOn", on.toString(), "reasons", reasons))
                .post("/api/young-people/{id}/keeping-in-touch/decision", youngPersonId).then();
    }

    private List<Map<String, Object>> tasks(UUID youngPersonId) {
        return given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPersonId)
                .queryParam("process", LostTouchProcess.KEY).get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private void complete(Map<String, Object> task, Map<String, Object> values) {
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", task.get("id")).then().statusCode(204);
    }

    private JsonPath listed(UUID youngPersonId) {
        JsonPath page = given().header("Authorization", team.managerToken()).queryParam("teamId", team.id()).queryParam("size", 100)
                .get("/api/young-people").then().statusCode(200).extract().jsonPath();
        return new JsonPath(page.prettify()).setRootPath("items.find { it.id == '" + youngPersonId + "' }");
    }

    private static List<String> headlines(String token) {
        return given().header("Authorization", token).queryParam("size", 100).get("/api/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items.headline", String.class);
    }
}
