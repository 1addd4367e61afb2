package app.waypoint.supervision.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Problems;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Supervision through the API: booking, recording with dated actions, carried actions, sign-off, oversight, who may, the report. */
@QuarkusTest
class SupervisionResourceTest {

    private static final String SUPERVISIONS = "/api/staff/{id}/supervisions";
    private static final String SESSION = SUPERVISIONS + "/{sessionId}";
    private static final String OVERSIGHT = "/api/young-people/{id}/oversight";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID youngPerson;
    private LocalDate today;

    @BeforeEach
    void teamWithYoungPerson() {
        team = people.team();
        today = clock.today();
        youngPerson = people.youngPerson(team, today.minusYears(17), today.minusYears(3), false);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldShowDiscussionDecisionAndActionsWhenSessionIsBookedAndRecorded() {
        // given
        String session = book(team.managerToken(), today);

        // when
        record(team.managerToken(), session, Map.of("discussions", List.of(discussion("Placement wobbling", "Find a second carer",
                action("Ask fostering for a respite carer", team.worker().username(), today.plusDays(7)))))).statusCode(200)
                .body("session.status", equalTo("HELD")).body("session.heldOn", equalTo(today.toString()));

        // then
        JsonPath read = getSession(team.workerToken(), session).statusCode(200).extract().jsonPath();
        assertThat(read.getString("discussions[0].decision")).isEqualTo("Find a second carer");
        assertThat(read.getString("discussions[0].actions[0].owner")).isEqualTo(team.worker().username());
        assertThat(read.getString("discussions[0].actions[0].dueDate")).isEqualTo(today.plusDays(7).toString());
        JsonPath schedule = schedule(team.workerToken()).statusCode(200).extract().jsonPath();
        assertThat(schedule.getString("supervisor")).isEqualTo(team.manager().username());
        assertThat(schedule.getString("lastSessionOn")).isEqualTo(today.toString());
        assertThat(schedule.getString("nextDue")).isEqualTo(today.plusMonths(1).toString());
        assertThat(schedule.getBoolean("overdue")).isFalse();
        assertThat(schedule.getList("sessions")).hasSize(1);
    }

    @Test
    void shouldRefuseNamingTheActionAndSaveNothingWhenActionHasNoDueDate() {
        // given
        String session = book(team.managerToken(), today);

        // when
        record(team.managerToken(), session, Map.of("discussions", List.of(discussion("Rent arrears", "Budgeting support",
                action("Refer to the money advice service", team.worker().username(), null)))))
                .spec(Problems.problem(422, "supervision-record-rules"))
                .body("errors.field", hasItem("discussions[0].actions[0].dueDate"))
                .body("errors.find { it.field == 'discussions[0].actions[0].dueDate' }.message",
                        containsString("Refer to the money advice service"));

        // then
        getSession(team.managerToken(), session).statusCode(200).body("session.status", equalTo("BOOKED"))
                .body("discussions", hasSize(0));
        oversight(team.managerToken()).statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldCarryActionToNextAgendaAndTellServiceManagerWhenCarriedTwice() {
        // given a service manager above the team, and session 1 agreeing an action
        SeniorManagers seniors = people.seniorManagersOf(team);
        String first = book(team.managerToken(), today);
        record(team.managerToken(), first, Map.of("discussions", List.of(discussion("College place", "Apply for the September course",
                action("Help with the application", team.worker().username(), today.plusDays(7)))))).statusCode(200);
        String actionId = getSession(team.managerToken(), first).extract().jsonPath().getString("discussions[0].actions[0].id");

        // when session 2 is booked
        String second = book(team.workerToken(), today.plusDays(14));

        // then the action is on its agenda, and session 1 can now be signed off by both
        getSession(team.workerToken(), second).statusCode(200).body("agenda.actions.id", hasItem(actionId));
        signOff(team.workerToken(), first).statusCode(200).body("status", equalTo("HELD"));
        signOff(team.managerToken(), first).statusCode(200).body("status", equalTo("SIGNED_OFF")).body("signedOffLate", equalTo(false));

        // when session 2 leaves it out, it is refused; re-dated with a reason, it is carried once
        clock.travelTo(today.plusDays(14));
        record(team.managerToken(), second, Map.of()).spec(Problems.problem(422)).body("errors.field", hasItem("carried"));
        record(team.managerToken(), second, Map.of("carried", List.of(redate(actionId, today.plusDays(21))))).statusCode(200);
        String third = book(team.managerToken(), today.plusDays(28));
        getSession(team.managerToken(), third).body("agenda.actions[0].carryCount", equalTo(1)).body("agenda.actions[0].flagged", equalTo(false));

        // when it is carried again into session 3
        clock.travelTo(today.plusDays(28));
        record(team.managerToken(), third, Map.of("carried", List.of(redate(actionId, today.plusDays(35))))).statusCode(200);

        // then it is flagged and the service manager is told
        String fourth = book(team.managerToken(), today.plusDays(42));
        getSession(team.managerToken(), fourth).body("agenda.actions[0].carryCount", equalTo(2)).body("agenda.actions[0].flagged", equalTo(true));
        given().header("Authorization", Tokens.bearer(seniors.serviceManager())).get("/api/notifications").then().statusCode(200)
                .body("items.headline", hasItem("A supervision action has been carried twice without being done"))
                .body("items.link", hasItem("/staff/" + team.worker().id() + "/supervisions/" + third));
        given().header("Authorization", team.managerToken()).get("/api/reports/supervision").then().statusCode(200)
                .body("find { it.worker == '" + team.worker().username() + "' }.carriedActions", equalTo(1))
                .body("find { it.worker == '" + team.worker().username() + "' }.flaggedActions", equalTo(1));
    }

    @Test
    void shouldRefuseSignOffUntilNextSessionIsBookedAndRecordLatenessWithoutRefusing() {
        // given a session held today
        String session = book(team.managerToken(), today);
        record(team.managerToken(), session, Map.of()).statusCode(200);

        // when / then
        signOff(team.workerToken(), session).spec(Problems.problem(409, "next-supervision-not-booked"));
        book(team.workerToken(), today.plusMonths(1));
        clock.travelTo(today.plusDays(10));
        signOff(team.workerToken(), session).statusCode(200).body("signedOffLate", equalTo(true)).body("workerSignedAt", notNullValue());
        signOff(team.workerToken(), session).spec(Problems.problem(409, "supervision-already-signed"));
        signOff(team.adviserToken(), session).statusCode(404);
    }

    @Test
    void shouldRecordOversightBetweenSessionsAndListItForWhoeverMaySeeTheYoungPerson() {
        // when
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("decision", "Move to supported lodgings", "rationale", "Placement breaking down",
                        "actions", List.of(action("Refer to the lodgings scheme", team.worker().username(), today.plusDays(5)))))
                .post(OVERSIGHT, youngPerson).then().statusCode(201).body("decision", equalTo("Move to supported lodgings"));

        // then
        oversight(team.workerToken()).statusCode(200).body("[0].rationale", equalTo("Placement breaking down"))
                .body("[0].actions[0].dueDate", equalTo(today.plusDays(5).toString()))
                .body("[0].recordedBy", equalTo(team.manager().username()));
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("decision", "x"))
                .post(OVERSIGHT, youngPerson).then().spec(Problems.problem(403));
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("decision", "x", "actions", List.of(action("No owner", null, today))))
                .post(OVERSIGHT, youngPerson).then().spec(Problems.problem(422)).body("errors.field", hasItem("actions[0].owner"));
        TeamFixture other = people.team();
        oversight(other.managerToken()).spec(Problems.problem(404));
        oversight(team.managerToken()).body("$", hasSize(1));
    }

    @Test
    void shouldAnswer404WhenCallerIsNeitherWorkerSupervisorTeamManagerNorAdmin() {
        // given
        TeamFixture other = people.team();
        String session = book(team.managerToken(), today);

        // when / then
        schedule(other.managerToken()).spec(Problems.problem(404));
        getSession(other.managerToken(), session).statusCode(404);
        schedule(team.adviserToken()).statusCode(404);
        schedule(team.workerToken()).statusCode(200);
        schedule(Tokens.bearer(people.admin())).statusCode(200);
        given().header("Authorization", other.managerToken()).get("/api/reports/supervision").then().statusCode(200)
                .body("worker", not(hasItem(team.worker().username())));
    }

    @Test
    void shouldLetTheSetSupervisorSeeAndRecordWhenSetByTeamManager() {
        // given another manager of the team as supervisor
        StaffResponse deputy = people.member(team, StaffRole.MANAGER);
        TeamFixture other = people.team();
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("supervisor", other.manager().username()))
                .put(SUPERVISIONS + "/supervisor", team.worker().id()).then().statusCode(200)
                .body("supervisor", equalTo(other.manager().username()));

        // then the supervisor from another team may see the worker's supervision, and books with them
        schedule(other.managerToken()).statusCode(200);
        given().header("Authorization", Tokens.bearer(deputy)).contentType(ContentType.JSON).body(Map.of("supervisor", "no.such.person"))
                .put(SUPERVISIONS + "/supervisor", team.worker().id()).then().spec(Problems.problem(422));
        String session = book(team.workerToken(), today);
        getSession(other.managerToken(), session).body("session.supervisor", equalTo(other.manager().username()));
    }

    @Test
    void shouldReportWorkerOverdueWhenClockPassesTheDueDate() {
        // given a worker who started today: monthly, first due in a month
        given().header("Authorization", team.managerToken()).get("/api/reports/supervision").then().statusCode(200)
                .body("find { it.worker == '" + team.worker().username() + "' }.overdue", equalTo(false))
                .body("find { it.worker == '" + team.worker().username() + "' }.nextDue", equalTo(today.plusMonths(1).toString()));

        // when
        clock.travelTo(today.plusMonths(1).plusDays(1));

        // then
        given().header("Authorization", team.managerToken()).get("/api/reports/supervision").then().statusCode(200)
                .body("find { it.worker == '" + team.worker().username() + "' }.overdue", equalTo(true))
                .body("find { it.worker == '" + team.worker().username() + "' }.lastSessionOn", nullValue());
        schedule(team.workerToken()).body("overdue", equalTo(true));
        given().header("Authorization", team.workerToken()).get("/api/reports/supervision").then().spec(Problems.problem(403));
    }

    @Test
    void shouldBeDueWeeklyThenFortnightlyThenMonthlyWhenNewlyQualifiedWorkerJoinsOnAMondayAndEverySessionIsHeldWhenDue() {
        // given a newly qualified worker who joins on a Monday
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.travelTo(monday);
        StaffResponse newly = people.newlyQualifiedWorker(team);
        assertThat(newly.startedOn()).isEqualTo(monday);

        // when the clock moves forward over 7 months, each session held on the day it is due
        List<String> frequencies = new ArrayList<>();
        List<Long> gaps = new ArrayList<>();
        LocalDate last = monday;
        while (!last.isAfter(monday.plusMonths(7))) {
            JsonPath schedule = given().header("Authorization", team.managerToken()).get(SUPERVISIONS, newly.id()).then().statusCode(200)
                    .extract().jsonPath();
            frequencies.add(schedule.getString("frequency"));
            LocalDate due = LocalDate.parse(schedule.getString("nextDue"));
            gaps.add(ChronoUnit.DAYS.between(last, due));
            clock.travelTo(due);
            String session = book(team.managerToken(), newly.id(), due);
            record(team.managerToken(), newly.id(), session, Map.of()).statusCode(200);
            last = due;
        }

        // then 6 weekly sessions, fortnightly ones until 6 months, then monthly
        assertThat(gaps.subList(0, 6)).containsOnly(7L);
        assertThat(gaps.subList(6, 16)).containsOnly(14L);
        assertThat(gaps.subList(16, gaps.size())).isNotEmpty().allSatisfy(gap -> assertThat(gap).isBetween(28L, 31L));
        assertThat(frequencies).startsWith("weekly").contains("fortnightly").endsWith("monthly");
    }

    private String book(String token, LocalDate on) {
        return book(token, team.worker().id(), on);
    }

    private static String book(String token, UUID worker, LocalDate on) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("scheduledFor", on.toString()))
                .post(SUPERVISIONS, worker).then().statusCode(201).extract().jsonPath().getString("id");
    }

    private ValidatableResponse record(String token, String session, Map<String, Object> body) {
        return record(token, team.worker().id(), session, body);
    }

    private static ValidatableResponse record(String token, UUID worker, String session, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post(SESSION + "/record", worker, session).then();
    }

    private ValidatableResponse signOff(String token, String session) {
        return given().header("Authorization", token).post(SESSION + "/sign-off", team.worker().id(), session).then();
    }

    private ValidatableResponse getSession(String token, String session) {
        return given().header("Authorization", token).get(SESSION, team.worker().id(), session).then();
    }

    private ValidatableResponse schedule(String token) {
        return given().header("Authorization", token).get(SUPERVISIONS, team.worker().id()).then();
    }

    private ValidatableResponse oversight(String token) {
        return given().header("Authorization", token).get(OVERSIGHT, youngPerson).then();
    }

    private Map<String, Object> discussion(String discussion, String decision, Map<String, Object> action) {
        return Map.of("youngPersonId", youngPerson.toString(), "discussion", discussion, "decision", decision, "actions", List.of(action));
    }

    private static Map<String, Object> action(String description, String owner, LocalDate dueDate) {
        Map<String, Object> action = new HashMap<>();
        action.put("description", description);
        action.put("owner", owner);
        action.put("dueDate", dueDate == null ? null : dueDate.toString());
        return action;
    }

    private static Map<String, Object> redate(String actionId, LocalDate newDueDate) {
        return Map.of("actionId", actionId, "outcome", "REDATED", "newDueDate", newDueDate.toString(), "reason", "Waiting for the college");
    }
}
