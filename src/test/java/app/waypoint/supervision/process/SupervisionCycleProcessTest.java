package app.waypoint.supervision.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Problems;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code bpmn/supervision-cycle.bpmn} and {@code bpmn/supervision-action.bpmn}, driven through the API and the
 * tasklist with the test clock: booking builds the agenda, recording and signing off complete the process's tasks (and the
 * tasklist cannot skip them), late sessions, sign-offs and actions escalate, actions become tasks that follow re-dating and
 * closing at the next session.
 */
@QuarkusTest
class SupervisionCycleProcessTest {

    private static final String SUPERVISIONS = "/api/staff/{id}/supervisions";
    private static final String SESSION = SUPERVISIONS + "/{sessionId}";
    private static final String HOLD = SupervisionCycleProcess.TASK_HOLD_SESSION;
    private static final String WORKER_SIGN_OFF = SupervisionCycleProcess.TASK_SIGN_OFF_AS_WORKER;
    private static final String SUPERVISOR_SIGN_OFF = SupervisionCycleProcess.TASK_SIGN_OFF_AS_SUPERVISOR;
    private static final String ACTION = SupervisionActionProcess.TASK_COMPLETE_ACTION;

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    private TeamFixture team;
    private SeniorManagers seniors;
    private UUID youngPerson;
    private LocalDate today;

    @BeforeEach
    void teamWithYoungPerson() {
        team = people.team();
        seniors = people.seniorManagersOf(team);
        today = clock.today();
        youngPerson = people.youngPerson(team, today.minusYears(17), today.minusYears(3), false);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldGoFromBookingToActionTasksWhenSessionIsRecordedAndSignedOffByBoth() {
        // when a session is booked two working days ahead
        LocalDate day = calendar.plusWorkingDays(today, 2);
        String session = book(day);

        // then the agenda is built, both are told, and the supervisor is to hold and record it on that day
        assertThat(headlines(team.workerToken())).anyMatch(headline -> headline.contains("agenda ready"));
        assertThat(headlines(team.managerToken())).anyMatch(headline -> headline.contains("agenda ready"));
        getSession(session).body("agenda.noContact.youngPersonId", hasItem(youngPerson.toString()));
        OpenTask hold = onlyTask(team.managerToken(), HOLD);
        assertThat(hold.assignee()).isEqualTo(team.manager().username());
        assertThat(hold.due()).isEqualTo(day);

        // when the tasklist completes it without a record, then it is refused and the task stays
        completion(team.managerToken(), hold.id(), Map.of()).then().spec(Problems.problem(422, "supervision-not-recorded"));
        assertThat(onlyTask(team.managerToken(), HOLD).id()).isEqualTo(hold.id());

        // when the session is held and recorded through the API
        clock.travelTo(day);
        record(session, Map.of("discussions", List.of(discussion("Tenancy arrears", "Apply for the hardship fund",
                action("Send the hardship fund form", team.worker().username(), day.plusDays(10)))))).statusCode(200);

        // then "Hold and record session" is done and both sign-offs are due within 5 working days
        assertThat(tasks(team.managerToken(), SupervisionCycleProcess.KEY)).extracting(OpenTask::stepId).doesNotContain(HOLD);
        OpenTask workerSignOff = onlyTask(team.workerToken(), WORKER_SIGN_OFF);
        OpenTask supervisorSignOff = onlyTask(team.managerToken(), SUPERVISOR_SIGN_OFF);
        assertThat(workerSignOff.assignee()).isEqualTo(team.worker().username());
        assertThat(supervisorSignOff.assignee()).isEqualTo(team.manager().username());
        assertThat(workerSignOff.due()).isEqualTo(calendar.plusWorkingDays(day, 5)).isEqualTo(supervisorSignOff.due());

        // when the worker signs off in the tasklist before the next session is booked, then it is refused and the task stays
        completion(team.workerToken(), workerSignOff.id(), Map.of()).then().spec(Problems.problem(409, "next-supervision-not-booked"));
        assertThat(onlyTask(team.workerToken(), WORKER_SIGN_OFF).id()).isEqualTo(workerSignOff.id());

        // when the next session is booked, the worker signs off in the tasklist and the supervisor through the API
        book(day.plusMonths(1));
        completion(team.workerToken(), workerSignOff.id(), Map.of()).then().statusCode(204);
        assertThat(actionTasks(team.workerToken())).isEmpty();
        signOff(team.managerToken(), session).statusCode(200).body("status", equalTo("SIGNED_OFF"));

        // then the session is signed off, on time, and its action is a task for its owner due on its due date
        getSession(session).body("session.status", equalTo("SIGNED_OFF")).body("session.signedOffLate", equalTo(false))
                .body("agenda", nullValue());
        List<OpenTask> actionTasks = actionTasks(team.workerToken());
        assertThat(actionTasks).singleElement().satisfies(task -> {
            assertThat(task.assignee()).isEqualTo(team.worker().username());
            assertThat(task.due()).isEqualTo(day.plusDays(10));
        });
        assertThat(tasks(team.managerToken(), SupervisionCycleProcess.KEY)).extracting(OpenTask::stepId)
                .containsExactly(HOLD); // the next session's only
    }

    @Test
    void shouldTellTheSupervisorAndTheirManagerWhenSessionIsNotHeldByItsDay() {
        // given a session booked for today
        String session = book(today);

        // when the day passes without it being held
        clock.travelTo(calendar.plusWorkingDays(today, 1));

        // then the supervisor and the service manager (the supervisor's manager) are told, and the escalation names the worker
        String headline = "Overdue: Hold and record session";
        assertThat(headlines(team.managerToken())).anyMatch(line -> line.startsWith(headline));
        assertThat(headlines(Tokens.bearer(seniors.serviceManager()))).anyMatch(line -> line.startsWith(headline));
        given().header("Authorization", Tokens.bearer(seniors.serviceManager())).queryParam("scope", "mine").get("/api/escalations")
                .then().statusCode(200)
                .body("items.find { it.taskKey == '" + HOLD + "' }.staffId", equalTo(team.worker().id().toString()))
                .body("items.find { it.taskKey == '" + HOLD + "' }.youngPersonId", nullValue());
        getSession(session).body("session.status", equalTo("BOOKED"));
    }

    @Test
    void shouldEscalateSignOffWhenNotGivenWithinFiveWorkingDays() {
        // given a session held today and the next one booked
        String session = book(today);
        record(session, Map.of()).statusCode(200);
        book(today.plusMonths(1));

        // when 5 working days pass without the worker's signature
        signOff(team.managerToken(), session).statusCode(200).body("status", equalTo("HELD"));
        clock.travelTo(calendar.plusWorkingDays(today, 6));

        // then the worker and the team manager are told; a signature now is recorded as late
        String headline = "Overdue: Sign off session as worker";
        assertThat(headlines(team.workerToken())).anyMatch(line -> line.startsWith(headline));
        assertThat(headlines(team.managerToken())).anyMatch(line -> line.startsWith(headline));
        signOff(team.workerToken(), session).statusCode(200).body("status", equalTo("SIGNED_OFF")).body("signedOffLate", equalTo(true));
    }

    @Test
    void shouldEscalateOverdueActionThenMoveItsTaskWhenRedatedDropItWhenClosedAndCloseTheActionWhenTaskIsDone() {
        // given session 1 agreeing two actions due in 3 days, signed off by both
        String first = book(today);
        record(first, Map.of("discussions", List.of(discussion("Benefits", "Sort out the claim",
                action("Book the job centre appointment", team.worker().username(), today.plusDays(3)),
                action("Chase the housing benefit", team.worker().username(), today.plusDays(3)))))).statusCode(200);
        String second = book(today.plusDays(14));
        signOff(team.workerToken(), first).statusCode(200);
        signOff(team.managerToken(), first).statusCode(200);
        assertThat(actionTasks(team.workerToken())).hasSize(2).allSatisfy(task -> assertThat(task.due()).isEqualTo(today.plusDays(3)));

        // when the due date passes
        clock.travelTo(calendar.plusWorkingDays(today.plusDays(3), 1));

        // then the owner and the team manager are told the actions are overdue
        String headline = "Overdue: Complete supervision action";
        assertThat(headlines(team.workerToken())).anyMatch(line -> line.startsWith(headline));
        assertThat(headlines(team.managerToken())).anyMatch(line -> line.startsWith(headline));

        // when session 2 re-dates one and closes the other
        clock.travelTo(today.plusDays(14));
        JsonPath agenda = getSession(second).extract().jsonPath();
        List<String> ids = agenda.getList("agenda.actions.id");
        String redated = ids.get(0);
        String closed = ids.get(1);
        record(second, Map.of("carried", List.of(
                Map.of("actionId", redated, "outcome", "REDATED", "newDueDate", today.plusDays(21).toString(), "reason", "Office closed"),
                Map.of("actionId", closed, "outcome", "CLOSED", "reason", "Paid")))).statusCode(200);

        // then one task remains, due on the new date
        List<OpenTask> remaining = actionTasks(team.workerToken());
        assertThat(remaining).singleElement().satisfies(task -> assertThat(task.due()).isEqualTo(today.plusDays(21)));
        OpenTask task = remaining.get(0);

        // when the owner completes it in the tasklist, saying what was done
        completion(team.workerToken(), task.id(), Map.of()).then().statusCode(400).body("errors.field", hasItem("actionOutcome"));
        completion(team.workerToken(), task.id(), Map.of("actionOutcome", "Appointment on Tuesday")).then().statusCode(204);

        // then the action is closed and not on the next agenda
        String third = book(today.plusDays(28));
        getSession(third).body("agenda.actions.id", not(hasItem(redated))).body("agenda.actions.id", not(hasItem(closed)));
        assertThat(actionTasks(team.workerToken())).isEmpty();
    }

    @Test
    void shouldPutOverdueTasksNoContactEscalationsAndDisputesOfTheCaseloadOnTheAgenda() {
        // given a second young person on the worker's caseload, contacted 60 days ago; the first contacted 3 days ago
        UUID distant = people.youngPerson(team, today.minusYears(18).minusMonths(2), today.minusYears(4), false);
        contact(youngPerson, today.minusDays(3), "VISIT").statusCode(201).body("recordedBy", equalTo(team.worker().username()));
        contact(distant, today.minusDays(60), "PHONE").statusCode(201);
        contact(distant, today.plusDays(1), "PHONE").spec(Problems.problem(422, "contact-in-future"))
                .body("errors.field", hasItem("contactOn"));

        // and an oversight action for the worker due today (a task at once), and a dispute the IRO raises about the second
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("decision", "Check the smoke alarm", "actions", List.of(action("Check the smoke alarm", team.worker().username(),
                        today))))
                .post("/api/young-people/{id}/oversight", youngPerson).then().statusCode(201);
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonId", distant.toString(), "issueType", "DRIFT_AND_DELAY", "detail", "No plan for months",
                        "informalResolutionBy", today.plusDays(10).toString()))
                .post("/api/disputes").then().statusCode(201);

        // when the action becomes overdue (and escalates) and a session is booked
        LocalDate later = calendar.plusWorkingDays(today, 1);
        clock.travelTo(later);
        String session = book(later);

        // then the agenda lists the overdue task, the young person not contacted within 6 weeks, the escalation and the dispute
        JsonPath agenda = getSession(session).statusCode(200).extract().jsonPath();
        assertThat(agenda.getList("agenda.overdueTasks.name", String.class)).contains("Complete supervision action");
        assertThat(agenda.getList("agenda.overdueTasks.youngPersonId", String.class)).contains(youngPerson.toString());
        assertThat(agenda.getList("agenda.noContact.youngPersonId", String.class)).containsExactly(distant.toString());
        assertThat(agenda.getString("agenda.noContact[0].lastContactOn")).isEqualTo(today.minusDays(60).toString());
        assertThat(agenda.getList("agenda.escalations.youngPersonId", String.class)).contains(youngPerson.toString());
        assertThat(agenda.getList("agenda.disputes.youngPersonId", String.class)).containsExactly(distant.toString());
        given().header("Authorization", team.iroToken()).get("/api/young-people/{id}/contacts", distant).then().statusCode(200)
                .body("[0].kind", equalTo("PHONE"));
        given().header("Authorization", people.team().managerToken()).get("/api/young-people/{id}/contacts", distant).then()
                .statusCode(404);
    }

    private String book(LocalDate on) {
        return given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("scheduledFor", on.toString()))
                .post(SUPERVISIONS, team.worker().id()).then().statusCode(201).extract().jsonPath().getString("id");
    }

    private ValidatableResponse record(String session, Map<String, Object> body) {
        return given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(body)
                .post(SESSION + "/record", team.worker().id(), session).then();
    }

    private ValidatableResponse signOff(String token, String session) {
        return given().header("Authorization", token).post(SESSION + "/sign-off", team.worker().id(), session).then();
    }

    private ValidatableResponse getSession(String session) {
        return given().header("Authorization", team.managerToken()).get(SESSION, team.worker().id(), session).then();
    }

    private ValidatableResponse contact(UUID youngPersonId, LocalDate on, String kind) {
        return given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("contactOn", on.toString(), "kind", kind, "note", "Talked about college", "lateReason", "Written up late"))
                .post("/api/young-people/{id}/contacts", youngPersonId).then();
    }

    private static List<String> headlines(String token) {
        return given().header("Authorization", token).queryParam("size", 100).get("/api/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items.headline", String.class);
    }

    @SafeVarargs
    private Map<String, Object> discussion(String discussion, String decision, Map<String, Object>... actions) {
        return Map.of("youngPersonId", youngPerson.toString(), "discussion", discussion, "decision", decision, "actions", List.of(actions));
    }

    private static Map<String, Object> action(String description, String owner, LocalDate dueDate) {
        Map<String, Object> action = new HashMap<>();
        action.put("description", description);
        action.put("owner", owner);
        action.put("dueDate", dueDate.toString());
        return action;
    }

    private OpenTask onlyTask(String token, String stepId) {
        List<OpenTask> found = tasks(token, SupervisionCycleProcess.KEY).stream().filter(task -> task.stepId().equals(stepId)).toList();
        assertThat(found).as("open tasks of step %s", stepId).hasSize(1);
        return found.get(0);
    }

    private List<OpenTask> actionTasks(String token) {
        return tasks(token, SupervisionActionProcess.KEY).stream().filter(task -> task.stepId().equals(ACTION)).toList();
    }

    private static List<OpenTask> tasks(String token, String processKey) {
        List<Map<String, Object>> items = given().header("Authorization", token).queryParam("process", processKey)
                .get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(OpenTask::of).toList();
    }

    private static Response completion(String token, String taskId, Map<String, Object> values) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", taskId);
    }

    private record OpenTask(String id, String stepId, String assignee, LocalDate due) {

        static OpenTask of(Map<String, Object> row) {
            return new OpenTask((String) row.get("id"), (String) row.get("stepId"), (String) row.get("assignee"),
                    row.get("due") == null ? null : LocalDate.parse((String) row.get("due")));
        }
    }
}
