package app.waypoint.risks.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.risks.domain.flags.RiskService;
import app.waypoint.risks.domain.records.RiskKind;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code bpmn/risk-decision.bpmn} (and {@code safety-plan-action.bpmn}) through the API, with the test clock: a
 * concern raised at a visit becomes the team managers' decision task; an active risk's safety plan actions become their owners'
 * tasks and the plan is reviewed on its date until it is closed, which ends the actions still open; a concern not accepted ends there; a significant change of
 * going missing raises a concern of its own.
 */
@QuarkusTest
class RiskDecisionProcessTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;
    @Inject
    RiskService risks;

    private TeamFixture team;
    private UUID youngPerson;
    private LocalDate today;

    @BeforeEach
    void careLeaverWithAWorker() {
        team = people.team();
        today = clock.today();
        youngPerson = people.careLeaver(team, today, 19);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldPutTheDecisionAndItsSafetyPlanOnTheFileWhenAWorkerRaisesAnExploitationConcernAtAVisit() {
        // when the worker raises a criminal exploitation concern at a visit
        String riskId = raise("CRIMINAL_EXPLOITATION", "VISIT", "New phone and cash; says older friends drive him to other towns")
                .statusCode(201).body("status", equalTo("AWAITING_DECISION")).extract().path("id");

        // then the team's managers have a decision task, due by the end of the next working day
        Map<String, Object> decision = task(team.managerToken(), RiskDecisionProcess.TASK_DECIDE);
        assertThat(decision).containsEntry("due", calendar.plusWorkingDays(today, 1).toString()).containsEntry("assignee", null);
        // and nobody but a team manager may decide: the worker is refused, the IRO sees the concern without the choice
        decide(team.workerToken(), riskId, activeDecision(today.plusDays(28))).statusCode(403).contentType("application/problem+json");
        assertThat(list(team.iroToken()).getList("[0].allowedActions")).isEmpty();
        assertThat(list(team.managerToken()).getList("[0].allowedActions")).containsExactly("DECIDE");

        // when the manager accepts it as an active risk with a safety plan
        LocalDate reviewOn = today.plusDays(28);
        JsonPath decided = decide(team.managerToken(), riskId, activeDecision(reviewOn)).statusCode(200).extract().jsonPath();

        // then the decision, its rationale and the plan are on the file, the action is its owner's task, and the badge shows
        assertThat(decided.getString("status")).isEqualTo("ACTIVE");
        assertThat(decided.getString("nextReviewOn")).isEqualTo(reviewOn.toString());
        assertThat(decided.getList("safetyPlan.owner")).containsExactly(team.adviser().username());
        assertThat(decided.getList("history.kind")).containsExactly("RAISED", "ACCEPTED", "PLAN_ACTION");
        assertThat(decided.getString("history[1].text")).contains("Strategy discussion held");
        assertThat(task(team.adviserToken(), null, SafetyPlanActionProcess.KEY)).containsEntry("assignee", team.adviser().username())
                .containsEntry("due", today.plusDays(7).toString());
        assertThat(risks.activeRisks(Set.of(youngPerson))).containsEntry(youngPerson, List.of(RiskKind.CRIMINAL_EXPLOITATION));
        assertThat(openTasks(team.managerToken(), RiskDecisionProcess.KEY)).isEmpty();

        // when the owner completes the action, then it is done on the risk's record
        complete(team.adviserToken(), task(team.adviserToken(), null, SafetyPlanActionProcess.KEY),
                Map.of(SafetyPlanActionProcess.VAR_ACTION_OUTCOME, "Referred to the NRM; police intelligence shared")).statusCode(204);
        assertThat(list(team.workerToken()).getString("[0].safetyPlan[0].outcome")).isEqualTo("Referred to the NRM; police intelligence shared");

        // when the review date comes, then the managers review the plan; they keep the risk active for another month
        clock.travelTo(reviewOn);
        assertThat(task(team.managerToken(), RiskDecisionProcess.TASK_REVIEW)).containsEntry("due", reviewOn.toString());
        review(riskId, Map.of("stillActive", true, "rationale", "Still seen with the same group", "nextReviewOn", reviewOn.plusDays(28).toString()))
                .statusCode(200).body("status", equalTo("ACTIVE")).body("nextReviewOn", equalTo(reviewOn.plusDays(28).toString()));
        assertThat(openTasks(team.managerToken(), RiskDecisionProcess.KEY)).isEmpty();

        // when the next review closes the risk
        clock.travelTo(reviewOn.plusDays(28));
        review(riskId, Map.of("stillActive", false, "rationale", "Moved away from the group; at college every day")).statusCode(200)
                .body("status", equalTo("CLOSED"));

        // then the process has ended, the badge is gone and the whole story is on the file
        assertThat(openTasks(team.managerToken(), RiskDecisionProcess.KEY)).isEmpty();
        assertThat(risks.activeRisks(Set.of(youngPerson))).isEmpty();
        assertThat(list(team.managerToken()).getList("[0].history.kind"))
                .containsExactly("RAISED", "ACCEPTED", "PLAN_ACTION", "ACTION_DONE", "REVIEWED", "CLOSED");
    }

    @Test
    void shouldEndTheOwnersOpenActionWhenTheRiskIsClosedBeforeItWasDone() {
        // given an active risk whose safety plan action is still open on the review date
        String riskId = raise("MISSING", "CONTACT", "Not home for two nights; says she stayed with a friend").statusCode(201).extract().path("id");
        LocalDate reviewOn = today.plusDays(28);
        decide(team.managerToken(), riskId, Map.of("active", true, "rationale", "Two nights missing; return interview held",
                "actions", List.of(Map.of("description", "Return home interview with the youth service", "owner", team.adviser().username(),
                        "dueOn", today.plusDays(60).toString())),
                "reviewOn", reviewOn.toString())).statusCode(200);
        assertThat(openTasks(team.adviserToken(), SafetyPlanActionProcess.KEY)).hasSize(1);

        // when the managers close the risk at its review
        clock.travelTo(reviewOn);
        JsonPath closed = review(riskId, Map.of("stillActive", false, "rationale", "Home every night since; relationship repaired"))
                .statusCode(200).extract().jsonPath();

        // then the action is no longer needed: its owner's task is gone, and the risk's record says so
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("safetyPlan[0].endedAt")).isNotNull();
        assertThat(closed.getString("safetyPlan[0].doneAt")).isNull();
        assertThat(closed.getList("history.kind")).contains("ACTION_ENDED", "CLOSED").doesNotContain("ACTION_DONE");
        assertThat(openTasks(team.adviserToken(), SafetyPlanActionProcess.KEY)).isEmpty();
        assertThat(openTasks(team.managerToken(), RiskDecisionProcess.KEY)).isEmpty();
    }

    @Test
    void shouldEndWithoutAPlanWhenTheManagerDoesNotAcceptTheConcern() {
        // given a concern of substance misuse raised from the file: three working days to decide
        String riskId = raise("SUBSTANCE_MISUSE", null, "Smelled of cannabis at the office").statusCode(201).extract().path("id");
        assertThat(task(team.managerToken(), RiskDecisionProcess.TASK_DECIDE)).containsEntry("due", calendar.plusWorkingDays(today, 3).toString());

        // when the manager decides without a rationale, or accepts it without a plan, then it is refused, naming the fields
        decide(team.managerToken(), riskId, Map.of("active", false, "rationale", " ")).statusCode(400).contentType("application/problem+json");
        decide(team.managerToken(), riskId, Map.of("active", true, "rationale", "Worrying")).statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("actions", "reviewOn"));
        // and completing the task in the tasklist, without a decision, is refused too
        complete(team.managerToken(), task(team.managerToken(), RiskDecisionProcess.TASK_DECIDE), Map.of()).statusCode(422);

        // when the manager does not accept it, with the rationale
        decide(team.managerToken(), riskId, Map.of("active", false, "rationale", "Occasional use; discussed with him, no wider concern"))
                .statusCode(200).body("status", equalTo("NOT_ACCEPTED")).body("safetyPlan", org.hamcrest.Matchers.empty());

        // then the process has ended, with no badge, and a second decision is refused
        assertThat(openTasks(team.managerToken(), RiskDecisionProcess.KEY)).isEmpty();
        assertThat(risks.activeRisks(Set.of(youngPerson))).isEmpty();
        decide(team.managerToken(), riskId, Map.of("active", false, "rationale", "Again")).statusCode(409);
    }

    @Test
    void shouldRaiseAMissingConcernAndStillStartAReviewWhenASignificantChangeOfGoingMissingIsRecorded() {
        // when the worker records that the young person went missing
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "MISSING", "occurredOn", today.toString(), "detail", "Not at the flat for three nights"))
                .post("/api/young-people/{id}/significant-changes", youngPerson).then().statusCode(201);

        // then a missing concern awaits the managers' decision, due the next working day, and the review still starts
        JsonPath concerns = list(team.managerToken());
        assertThat(concerns.getList("kind")).containsExactly("MISSING");
        assertThat(concerns.getString("[0].source")).isEqualTo("SIGNIFICANT_CHANGE");
        assertThat(concerns.getString("[0].whatWasSeen")).isEqualTo("Not at the flat for three nights");
        assertThat(task(team.managerToken(), RiskDecisionProcess.TASK_DECIDE)).containsEntry("due", calendar.plusWorkingDays(today, 1).toString());
        assertThat(given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/pathway-reviews", youngPerson)
                .then().statusCode(200).extract().jsonPath().getList("$")).hasSize(1);
    }

    @Test
    void shouldRefuseAConcernSeenInTheFutureOrClaimedToComeFromASignificantChange() {
        raise("SELF_HARM", "CONTACT", "Cuts on her arm").statusCode(201);
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SELF_HARM", "whatWasSeen", "Cuts", "seenOn", today.plusDays(1).toString()))
                .post("/api/young-people/{id}/risks", youngPerson).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("seenOn"));
        raise("SELF_HARM", "SIGNIFICANT_CHANGE", "Cuts").statusCode(422);
    }

    private Map<String, Object> activeDecision(LocalDate reviewOn) {
        return Map.of("active", true, "rationale", "Strategy discussion held; signs of county lines involvement",
                "actions", List.of(Map.of("description", "Make a National Referral Mechanism referral", "owner", team.adviser().username(),
                        "dueOn", today.plusDays(7).toString())),
                "reviewOn", reviewOn.toString());
    }

    private io.restassured.response.ValidatableResponse raise(String kind, String source, String seen) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "whatWasSeen", seen, "seenOn", today.toString()));
        if (source != null) {
            body.put("source", source);
        }
        return as(team.workerToken()).body(body).post("/api/young-people/{id}/risks", youngPerson).then();
    }

    private io.restassured.response.ValidatableResponse decide(String token, String riskId, Map<String, Object> body) {
        return as(token).body(body).post("/api/young-people/{id}/risks/{riskId}/decision", youngPerson, riskId).then();
    }

    private io.restassured.response.ValidatableResponse review(String riskId, Map<String, Object> body) {
        return as(team.managerToken()).body(body).post("/api/young-people/{id}/risks/{riskId}/review", youngPerson, riskId).then();
    }

    private io.restassured.response.ValidatableResponse complete(String token, Map<String, Object> task, Map<String, Object> values) {
        return as(token).body(Map.of("values", values)).post("/api/tasks/{id}/completion", task.get("id")).then();
    }

    private JsonPath list(String token) {
        return given().header("Authorization", token).get("/api/young-people/{id}/risks", youngPerson).then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> task(String token, String stepId) {
        return task(token, stepId, RiskDecisionProcess.KEY);
    }

    private Map<String, Object> task(String token, String stepId, String process) {
        List<Map<String, Object>> open = openTasks(token, process);
        return open.stream().filter(task -> stepId == null || stepId.equals(task.get("stepId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no open task " + stepId + " in " + open));
    }

    private List<Map<String, Object>> openTasks(String token, String process) {
        return given().header("Authorization", token).queryParam("youngPersonId", youngPerson).queryParam("process", process)
                .get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }
}
