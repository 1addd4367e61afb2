package app.waypoint.disputes.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An IRO's dispute climbs the formal stages, may skip them, is bounded at 20 working days, and is on the young person's record. */
@QuarkusTest
class IroDisputeProcessTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    private TeamFixture team;
    private SeniorManagers seniors;
    private UUID youngPerson;

    @BeforeEach
    void lookedAfterYoungPerson() {
        team = people.team();
        seniors = people.seniorManagersOf(team);
        LocalDate today = clock.today();
        youngPerson = people.youngPerson(team, today.minusYears(15), today.minusYears(2), false);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldResolveAtServiceManagerStageWhenIroWalksInformalThenStageOneThenStageTwo() {
        // given a dispute raised by the IRO
        String id = raise();
        assertThat(headlines(team.managerToken())).filteredOn(h -> h.startsWith("IRO dispute raised")).hasSize(1);

        // when the team manager answers informally, then the IRO is asked to judge
        respond(id, team.managerToken(), "We will allocate a worker this week").statusCode(200);
        assertThat(headlines(team.iroToken())).containsExactly("Response to your dispute (informal stage): please judge it");

        // when the IRO is not satisfied, then stage 1 starts with the team manager as respondent
        judge(id, false, null).statusCode(200).body("stage", equalTo("TEAM_MANAGER")).body("respondent", equalTo(team.manager().username()));
        assertThat(headlines(team.managerToken())).anyMatch(h -> h.startsWith("IRO dispute escalated to you (team manager stage)"));

        // when the team manager responds and the IRO is still not satisfied, then stage 2 goes to the service manager
        respond(id, team.managerToken(), "Allocation delayed by vacancies").statusCode(200);
        judge(id, false, null).statusCode(200).body("stage", equalTo("SERVICE_MANAGER"))
                .body("respondent", equalTo(seniors.serviceManager().username()));
        String serviceManager = Tokens.bearer(seniors.serviceManager().username(), "manager");
        assertThat(headlines(serviceManager)).containsExactly(headlines(serviceManager).get(0))
                .allMatch(h -> h.startsWith("IRO dispute escalated to you (service manager stage)"));

        // when the service manager responds and the IRO is satisfied
        respond(id, serviceManager, "Agency worker allocated from Monday").statusCode(200);
        JsonPath resolved = judge(id, true, "Allocation confirmed").statusCode(200).extract().jsonPath();

        // then the dispute is resolved, with every step on its record
        assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
        assertThat(resolved.getString("closedAt")).isNotNull();
        assertThat(resolved.getList("history.kind")).containsExactly("RAISED", "RESPONSE", "JUDGEMENT", "STAGE_CHANGED", "RESPONSE",
                "JUDGEMENT", "STAGE_CHANGED", "RESPONSE", "JUDGEMENT", "CLOSED");
        assertThat(resolved.getList("history.by")).contains(seniors.serviceManager().username(), team.iro().username());
        assertThat(headlines(team.iroToken())).containsExactly(
                "IRO dispute closed: resolved",
                "Response to your dispute (service manager stage): please judge it",
                "Response to your dispute (team manager stage): please judge it",
                "Response to your dispute (informal stage): please judge it");
        // and the team manager and the last respondent heard how it ended
        assertThat(headlines(team.managerToken())).filteredOn("IRO dispute closed: resolved"::equals).hasSize(1);
        assertThat(headlines(serviceManager)).filteredOn("IRO dispute closed: resolved"::equals).hasSize(1);
        // and nobody outside the chain heard of it
        for (String other : List.of(team.workerToken(), team.adviserToken(), Tokens.bearer(seniors.headOfService().username(), "manager"),
                Tokens.bearer(seniors.director().username(), "manager"))) {
            assertThat(headlines(other)).noneMatch(h -> h.toLowerCase().contains("dispute"));
        }
    }

    @Test
    void shouldGoStraightToHeadOfServiceWhenIroSkipsStages() {
        // given a dispute awaiting its informal response
        String id = raise();

        // when the IRO skips to stage 3
        JsonPath skipped = given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("stage", "HEAD_OF_SERVICE", "reason", "Drift of more than a year"))
                .post("/api/disputes/{id}/stage", id).then().statusCode(200).extract().jsonPath();

        // then the head of service must respond, and only they are told
        assertThat(skipped.getString("stage")).isEqualTo("HEAD_OF_SERVICE");
        assertThat(skipped.getString("respondent")).isEqualTo(seniors.headOfService().username());
        assertThat(skipped.getString("formalLimitAt")).isNotNull();
        assertThat(skipped.getList("history.kind")).containsExactly("RAISED", "SKIPPED", "STAGE_CHANGED");
        String head = Tokens.bearer(seniors.headOfService().username(), "manager");
        assertThat(headlines(head)).singleElement().asString().startsWith("IRO dispute escalated to you (head of service stage)");
        assertThat(headlines(Tokens.bearer(seniors.serviceManager().username(), "manager"))).isEmpty();

        // and going back to an earlier stage is refused, the team manager can no longer respond
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("stage", "SERVICE_MANAGER", "reason", "Changed my mind"))
                .post("/api/disputes/{id}/stage", id).then().statusCode(409).contentType("application/problem+json");
        respond(id, team.managerToken(), "Too late").statusCode(403);

        // when the head of service does not satisfy the IRO, then the DCS is next
        respond(id, head, "Reviewing with the team").statusCode(200);
        judge(id, false, null).statusCode(200).body("stage", equalTo("DCS")).body("respondent", equalTo(seniors.director().username()));
    }

    @Test
    void shouldCloseUnresolvedWhenIroIsNotSatisfiedAtTheDirectorsStage() {
        // given a dispute the IRO took straight to the director (DCS), the last stage
        String id = raise();
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("stage", "DCS", "reason", "Two years without a permanence plan"))
                .post("/api/disputes/{id}/stage", id).then().statusCode(200).body("respondent", equalTo(seniors.director().username()));
        String director = Tokens.bearer(seniors.director().username(), "manager");
        respond(id, director, "Funding agreed for next year").statusCode(200);

        // when the IRO is not satisfied with the director's response
        JsonPath closed = judge(id, false, "Next year is too late").statusCode(200).extract().jsonPath();

        // then no stage is left: the dispute closes unresolved, with every step on its record
        assertThat(closed.getString("status")).isEqualTo("UNRESOLVED");
        assertThat(closed.getString("closedAt")).isNotNull();
        assertThat(closed.getString("respondent")).isNull();
        assertThat(closed.getList("history.kind")).containsExactly("RAISED", "SKIPPED", "STAGE_CHANGED", "RESPONSE", "JUDGEMENT", "CLOSED");
        assertThat(closed.getList("history.by")).contains(seniors.director().username(), team.iro().username());
        assertThat(closed.getList("history.text", String.class)).last().isEqualTo("Unresolved at DCS stage: consider Cafcass");
        // and the IRO, the team manager and the director are each told once; no task is left for anyone
        String unresolved = "IRO dispute closed: unresolved at DCS stage, Cafcass referral to be considered";
        for (String told : List.of(team.iroToken(), team.managerToken(), director)) {
            assertThat(headlines(told)).filteredOn(unresolved::equals).hasSize(1);
        }
        given().header("Authorization", team.iroToken()).queryParam("youngPersonId", youngPerson).get("/api/tasks")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldAllowEachReaderOnlyWhatTheDisputeAcceptsFromThemWhenItMovesThroughTheStages() {
        // given a dispute awaiting its informal response: the team manager may respond, the IRO skip a stage or refer to Cafcass
        String id = raise();
        assertThat(get(id, team.managerToken()).getList("allowedActions")).containsExactly("RESPOND");
        assertThat(get(id, team.iroToken()).getList("allowedActions")).containsExactly("SKIP_STAGE", "REFER_TO_CAFCASS");

        // when the IRO takes it to the service manager, then only the service manager may respond
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("stage", "SERVICE_MANAGER", "reason", "Team manager is the subject")).post("/api/disputes/{id}/stage", id)
                .then().statusCode(200);
        String serviceManager = Tokens.bearer(seniors.serviceManager().username(), "manager");
        assertThat(get(id, serviceManager).getList("allowedActions")).containsExactly("RESPOND");
        assertThat(get(id, team.managerToken()).getList("allowedActions")).isEmpty();

        // when the service manager responds, then the IRO may judge it
        respond(id, serviceManager, "Plan by Friday").statusCode(200).body("allowedActions", org.hamcrest.Matchers.empty());
        assertThat(get(id, team.iroToken()).getList("allowedActions")).containsExactly("JUDGE", "REFER_TO_CAFCASS");

        // when the IRO is not satisfied, then the head of service is the respondent, and the service manager, a manager outside
        // the young person's team who still reads the dispute, is offered nothing and refused a response
        judge(id, false, null).statusCode(200).body("stage", equalTo("HEAD_OF_SERVICE"));
        assertThat(get(id, Tokens.bearer(seniors.headOfService().username(), "manager")).getList("allowedActions")).containsExactly("RESPOND");
        assertThat(get(id, serviceManager).getList("allowedActions")).isEmpty();
        respond(id, serviceManager, "Plan by Monday").statusCode(403);
    }

    @Test
    void shouldGoToNamedStageWhenIroJudgesNotSatisfiedAndNamesLaterStage() {
        // given an informal response awaiting judgement
        String id = raise();
        respond(id, team.managerToken(), "Nothing to add").statusCode(200);

        // when the IRO is not satisfied and names stage 2
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("satisfied", false, "nextStage", "SERVICE_MANAGER", "note", "Team manager already involved"))
                .post("/api/disputes/{id}/judgements", id).then().statusCode(200)
                // then stage 1 is skipped
                .body("stage", equalTo("SERVICE_MANAGER")).body("respondent", equalTo(seniors.serviceManager().username()));

        // and naming a stage that is not later is refused
        respond(id, Tokens.bearer(seniors.serviceManager().username(), "manager"), "Looking into it").statusCode(200);
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("satisfied", false, "nextStage", "TEAM_MANAGER"))
                .post("/api/disputes/{id}/judgements", id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldGiveIroCafcassDecisionWhenFormalLimitPasses() {
        // given a dispute whose formal stages started today
        String id = raise();
        respond(id, team.managerToken(), "Looking into it").statusCode(200);
        judge(id, false, null).statusCode(200);
        LocalDate today = clock.today();

        // when the team manager's five working days pass, then the IRO is told the response is overdue
        clock.travelTo(calendar.plusWorkingDays(today, 6));
        assertThat(headlines(team.iroToken())).contains("Dispute response overdue (team manager stage)");

        // when the twenty working days pass
        clock.travelTo(calendar.plusWorkingDays(today, 21));

        // then the IRO and the director are told, and the IRO must decide on a Cafcass referral
        String limit = "IRO dispute reached its formal time limit: Cafcass referral to be considered";
        assertThat(headlines(team.iroToken())).contains(limit);
        assertThat(headlines(Tokens.bearer(seniors.director().username(), "manager"))).containsExactly(limit);
        assertThat(headlines(team.managerToken())).doesNotContain(limit);
        String task = given().header("Authorization", team.iroToken()).queryParam("youngPersonId", youngPerson).get("/api/tasks")
                .then().statusCode(200).body("items.step", equalTo(List.of("Decide on Cafcass referral"))).extract().path("items[0].id");

        // when the IRO decides to refer
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("referToCafcass", true, "note", "Referred on the phone")))
                .post("/api/tasks/{id}/completion", task).then().statusCode(204);

        // then the dispute closed at the limit with the referral on record
        JsonPath closed = get(id, team.iroToken());
        assertThat(closed.getString("status")).isEqualTo("LIMIT_REACHED");
        assertThat(closed.getBoolean("cafcassReferred")).isTrue();
        assertThat(closed.getList("history.kind")).containsSubsequence("OVERDUE", "LIMIT_REACHED", "CAFCASS", "CLOSED");
    }

    @Test
    void shouldLetOnlyTheYoungPersonsIroRaiseAndJudgeWhenOthersTry() {
        TeamFixture other = people.team();
        // another team's IRO cannot see the young person; the team's manager can but is not their IRO
        raiseAs(other.iroToken()).statusCode(404).contentType("application/problem+json");
        raiseAs(team.managerToken()).statusCode(403).contentType("application/problem+json");

        // given an informal response awaiting judgement
        String id = raise();
        respond(id, team.managerToken(), "Done").statusCode(200);

        // then neither may judge it
        judgeAs(other.iroToken(), id).statusCode(404);
        judgeAs(team.managerToken(), id).statusCode(403);
        // and the dispute is still at the informal stage
        assertThat(get(id, team.iroToken()).getString("stage")).isEqualTo("INFORMAL");
    }

    @Test
    void shouldReferToCafcassOnceWhenIroRefersTwice() {
        String id = raise();
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON).body(Map.of("note", "Parallel referral"))
                .post("/api/disputes/{id}/cafcass-referral", id).then().statusCode(200).body("cafcassReferred", equalTo(true))
                .body("cafcassNote", equalTo("Parallel referral"));
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON).body(Map.of("note", "Again"))
                .post("/api/disputes/{id}/cafcass-referral", id).then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("note", "Manager"))
                .post("/api/disputes/{id}/cafcass-referral", id).then().statusCode(403);
    }

    @Test
    void shouldShowDisputeAndHistoryToTeamManagerWhenRaised() {
        // given a dispute
        String id = raise();

        // then the team's manager lists and reads it with its history; another team's manager cannot
        given().header("Authorization", team.managerToken()).queryParam("youngPersonId", youngPerson).queryParam("status", "open")
                .get("/api/disputes").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        JsonPath read = get(id, team.managerToken());
        assertThat(read.getString("issueType")).isEqualTo("NO_ALLOCATED_WORKER");
        assertThat(read.getList("history.kind")).containsExactly("RAISED");
        TeamFixture other = people.team();
        given().header("Authorization", other.managerToken()).get("/api/disputes/{id}", id).then().statusCode(404);
        given().header("Authorization", other.managerToken()).queryParam("youngPersonId", youngPerson).get("/api/disputes")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseBadInputWhenRaising() {
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonId", youngPerson.toString(), "issueType", "NOT_A_TYPE", "detail", "x",
                        "informalResolutionBy", clock.today().toString()))
                .post("/api/disputes").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonId", youngPerson.toString(), "issueType", "OTHER"))
                .post("/api/disputes").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonId", youngPerson.toString(), "issueType", "OTHER", "detail", "x",
                        "informalResolutionBy", clock.today().minusDays(1).toString()))
                .post("/api/disputes").then().statusCode(422).contentType("application/problem+json");
    }

    private String raise() {
        return raiseAs(team.iroToken()).statusCode(201).body("stage", equalTo("INFORMAL")).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse raiseAs(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("youngPersonId", youngPerson.toString(), "issueType", "NO_ALLOCATED_WORKER",
                        "detail", "No social worker allocated for eight weeks", "informalResolutionBy", clock.today().plusDays(10).toString()))
                .post("/api/disputes").then();
    }

    private io.restassured.response.ValidatableResponse respond(String id, String token, String response) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("response", response))
                .post("/api/disputes/{id}/responses", id).then();
    }

    private io.restassured.response.ValidatableResponse judge(String id, boolean satisfied, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("satisfied", satisfied);
        if (note != null) {
            body.put("note", note);
        }
        return given().header("Authorization", team.iroToken()).contentType(ContentType.JSON).body(body)
                .post("/api/disputes/{id}/judgements", id).then();
    }

    private io.restassured.response.ValidatableResponse judgeAs(String token, String id) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("satisfied", false))
                .post("/api/disputes/{id}/judgements", id).then();
    }

    private JsonPath get(String id, String token) {
        return given().header("Authorization", token).get("/api/disputes/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private List<String> headlines(String token) {
        return given().header("Authorization", token).queryParam("size", 200).get("/api/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.headline", String.class);
    }
}
