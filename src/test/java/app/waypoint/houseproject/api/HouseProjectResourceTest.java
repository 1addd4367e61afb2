package app.waypoint.houseproject.api;

import static app.waypoint.houseproject.process.HouseProjectFixtures.ALL_FACTORS;
import static app.waypoint.houseproject.process.HouseProjectFixtures.board;
import static app.waypoint.houseproject.process.HouseProjectFixtures.complete;
import static app.waypoint.houseproject.process.HouseProjectFixtures.completion;
import static app.waypoint.houseproject.process.HouseProjectFixtures.leave;
import static app.waypoint.houseproject.process.HouseProjectFixtures.membership;
import static app.waypoint.houseproject.process.HouseProjectFixtures.refer;
import static app.waypoint.houseproject.process.HouseProjectFixtures.task;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_ASSESS_SUITABILITY;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_CONFIRM_MOVE_IN;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_DECIDE_READINESS;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_IDENTIFY_PROPERTY;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_RECORD_APPLICATION;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_RECORD_SESSION;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_SET_UP_HOME;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_VISIT_NEW_HOME;
import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.houseproject.process.HouseProjectFixtures.OpenTask;
import app.waypoint.houseproject.process.HouseProjectFixtures.Team;
import app.waypoint.houseproject.process.HouseProjectFixtures;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
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
import org.junit.jupiter.api.Test;

/** The House Project API: the suitability rule, the cohort board, cohorts, and who may do and see what. */
@QuarkusTest
class HouseProjectResourceTest {

    @Inject
    HouseProjectFixtures houseProject;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldRefuseASuitabilityAssessmentWithAnyFactorUnansweredOrWithoutARationaleAndSaveNothing() {
        // given a young person whose adviser has identified a property
        Team team = houseProject.team();
        UUID youngPersonId = houseProject.careLeaver(team);
        houseProject.intoCohort(team, youngPersonId, houseProject.cohort(team, 10));
        complete(team, youngPersonId, TASK_RECORD_SESSION, Map.of("sessionOn", clock.today().toString(), "attended", true,
                "programmeCompleted", true));
        complete(team, youngPersonId, TASK_DECIDE_READINESS, Map.of("ready", true, "readinessNote", "Ready"));
        complete(team, youngPersonId, TASK_IDENTIFY_PROPERTY, Map.of("propertyAddress", "1 Hope Street", "housingProvider", "City Homes"));
        OpenTask assess = task(team, youngPersonId, TASK_ASSESS_SUITABILITY);

        // when any one factor is left out (or left blank), then 422 names that factor
        for (String factor : ALL_FACTORS.keySet()) {
            Map<String, Object> values = assessment(true, "Meets her needs");
            values.remove(factor);
            completion(team, assess, values).then().spec(problem(422, "suitability-assessment-incomplete"))
                    .body("errors.field", equalTo(List.of(factor)));
            values.put(factor, "  ");
            completion(team, assess, values).then().statusCode(422).body("errors.field", equalTo(List.of(factor)));
        }

        // and without a rationale 422 names the rationale, for a suitable and for an unsuitable property alike
        for (boolean suitable : List.of(true, false)) {
            Map<String, Object> values = assessment(suitable, null);
            values.remove("rationale");
            completion(team, assess, values).then().spec(problem(422, "suitability-assessment-incomplete"))
                    .body("errors.field", equalTo(List.of("rationale")));
        }

        // and with nothing answered every factor and the rationale are named
        completion(team, assess, Map.of("suitable", true)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("facilities", "stateOfRepair", "safety", "location", "support", "tenancyStatus",
                        "affordability", "youngPersonViews", "rationale")));

        // then nothing was saved and the step is still open
        JsonPath record = membership(team, youngPersonId);
        assertThat(record.getList("suitabilityAssessments")).isEmpty();
        assertThat(record.getString("property.suitable")).isNull();
        assertThat(task(team, youngPersonId, TASK_ASSESS_SUITABILITY).id()).isEqualTo(assess.id());

        // when every factor is answered with a rationale, then it is recorded
        completion(team, assess, assessment(true, "Meets her needs")).then().statusCode(204);
        JsonPath assessed = membership(team, youngPersonId);
        assertThat(assessed.getString("suitabilityAssessments[0].stateOfRepair")).isEqualTo(ALL_FACTORS.get("stateOfRepair"));
        assertThat(assessed.getString("suitabilityAssessments[0].rationale")).isEqualTo("Meets her needs");
        assertThat(assessed.getString("suitabilityAssessments[0].assessedBy")).isEqualTo(team.people().adviser().username());
    }

    @Test
    void shouldShowEachMembersStepWhatIsOverdueAndTheHomesWaitingForKeysOnTheCohortBoard() {
        // given a cohort of three: one at the weekly sessions, one setting up a suitable home, one moved in
        Team team = houseProject.team();
        UUID cohortId = houseProject.cohort(team, 10);
        UUID inSessions = houseProject.careLeaver(team);
        houseProject.intoCohort(team, inSessions, cohortId);
        UUID settingUp = houseProject.careLeaver(team);
        houseProject.intoCohort(team, settingUp, cohortId);
        houseProject.toSuitableHome(team, settingUp);
        UUID movedIn = houseProject.careLeaver(team);
        houseProject.intoCohort(team, movedIn, cohortId);
        houseProject.toSuitableHome(team, movedIn);
        complete(team, movedIn, TASK_SET_UP_HOME, Map.of("settingUpSpent", 2000, "settingUpNote", "Furniture"));
        complete(team, movedIn, TASK_CONFIRM_MOVE_IN, Map.of("tenancyType", "INTRODUCTORY", "tenancyStartsOn", clock.today().toString(),
                "movedInOn", clock.today().toString()));
        // and a young person referred but not yet given a place
        UUID referred = houseProject.careLeaver(team);
        refer(team.people().workerToken(), referred).then().statusCode(201);

        // when two days pass (this week's session was due today)
        clock.travelTo(clock.today().plusDays(2));

        // then the board shows each member's step, the session as overdue, and the home being set up as waiting for keys
        JsonPath board = board(team.people().managerToken(), cohortId);
        assertThat(board.getList("members.youngPersonId")).containsExactly(inSessions.toString(), settingUp.toString(), movedIn.toString());
        assertThat(board.getList("members.status")).containsExactly("IN_COHORT", "FINDING_HOME", "MOVED_IN");
        assertThat(board.getList("members.currentSteps.id")).containsExactly(List.of(TASK_RECORD_SESSION), List.of(TASK_SET_UP_HOME),
                List.of(TASK_VISIT_NEW_HOME));
        assertThat(board.getList("members.overdueSteps.id")).containsExactly(List.of(TASK_RECORD_SESSION), List.of(), List.of());
        assertThat(board.getList("members[0].overdueSteps.due")).containsExactly(clock.today().minusDays(2).toString());
        assertThat(board.getList("homesWaitingForKeys.youngPersonId")).containsExactly(settingUp.toString());
        assertThat(board.getString("homesWaitingForKeys[0].propertyAddress")).isEqualTo("1 Hope Street");
        assertThat(board.getString("homesWaitingForKeys[0].currentStep")).isEqualTo("Set up home");
        assertThat(board.getInt("cohort.placesTaken")).isEqualTo(3);
        assertThat(board.getInt("cohort.placesLeft")).isEqualTo(7);
        assertThat(board.getInt("hiddenMembers")).isZero();

        // when the one at the sessions completes the programme, and the home is set up and moved into
        complete(team, inSessions, TASK_RECORD_SESSION, Map.of("sessionOn", clock.today().toString(), "attended", true,
                "programmeCompleted", true));
        complete(team, settingUp, TASK_SET_UP_HOME, Map.of("settingUpSpent", 1500, "settingUpNote", "Bed and cooker"));

        // then the board follows them: the readiness decision, the move-in, and no home waiting for keys once moved in
        JsonPath later = board(team.people().managerToken(), cohortId);
        assertThat(later.getList("members.currentSteps.id")).containsExactly(List.of(TASK_DECIDE_READINESS),
                List.of(TASK_CONFIRM_MOVE_IN), List.of(TASK_VISIT_NEW_HOME));
        assertThat(later.getList("members.overdueSteps.id")).containsExactly(List.of(), List.of(), List.of());
        assertThat(later.getList("homesWaitingForKeys.youngPersonId")).containsExactly(settingUp.toString());
        complete(team, settingUp, TASK_CONFIRM_MOVE_IN, Map.of("tenancyType", "SECURE", "tenancyStartsOn", clock.today().toString(),
                "movedInOn", clock.today().toString()));
        assertThat(board(team.people().managerToken(), cohortId).getList("homesWaitingForKeys")).isEmpty();

        // and the young people's worker sees them all; another team's manager sees none of them, only how many are hidden
        assertThat(board(team.people().workerToken(), cohortId).getList("members")).hasSize(3);
        JsonPath otherTeams = board(people.team().managerToken(), cohortId);
        assertThat(otherTeams.getList("members")).isEmpty();
        assertThat(otherTeams.getList("homesWaitingForKeys")).isEmpty();
        assertThat(otherTeams.getInt("hiddenMembers")).isEqualTo(3);
    }

    @Test
    void shouldLetManagersCreateCohortsAndRefuseOthersOrInvalidStaff() {
        // given a team
        Team team = houseProject.team();
        Map<String, Object> cohort = Map.of("name", "Spring cohort", "startsOn", "2030-03-04",
                "staff", List.of(team.lead().username(), team.people().adviser().username()));

        // when its manager creates a cohort without a capacity, then it has the default 10 places, for the manager's team
        String location = given().header("Authorization", team.people().managerToken()).contentType(ContentType.JSON).body(cohort)
                .post("/api/house-project/cohorts")
                .then().statusCode(201)
                .body("capacity", equalTo(10))
                .body("placesLeft", equalTo(10))
                .body("teamId", equalTo(team.people().id().toString()))
                .body("staff", equalTo(List.of(team.lead().username(), team.people().adviser().username())))
                .extract().header("Location");
        given().header("Authorization", team.people().workerToken()).get(location).then().statusCode(200)
                .body("name", equalTo("Spring cohort"));
        given().header("Authorization", team.people().workerToken()).get("/api/house-project/cohorts").then().statusCode(200)
                .body("find { it.name == 'Spring cohort' }.startsOn", equalTo("2030-03-04"));

        // then a worker or an IRO may not create one, and an unknown cohort is 404
        for (String token : List.of(team.people().workerToken(), team.people().iroToken())) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(cohort).post("/api/house-project/cohorts")
                    .then().spec(problem(403));
        }
        given().header("Authorization", team.people().managerToken()).get("/api/house-project/cohorts/{id}", UUID.randomUUID())
                .then().spec(problem(404));

        // and an unknown member of staff, an IRO on the staff, too many places or an administrator naming no team are refused
        Map<String, Object> badStaff = new HashMap<>(cohort);
        badStaff.put("staff", List.of(team.lead().username(), "nobody.here", team.people().iro().username()));
        given().header("Authorization", team.people().managerToken()).contentType(ContentType.JSON).body(badStaff)
                .post("/api/house-project/cohorts")
                .then().spec(problem(422, "invalid-cohort")).body("errors.field", equalTo(List.of("staff[1]", "staff[2]")));
        Map<String, Object> tooBig = new HashMap<>(cohort);
        tooBig.put("capacity", 51);
        given().header("Authorization", team.people().managerToken()).contentType(ContentType.JSON).body(tooBig)
                .post("/api/house-project/cohorts").then().spec(problem(400));
        StaffResponse admin = people.admin();
        given().header("Authorization", Tokens.bearer(admin)).contentType(ContentType.JSON).body(cohort).post("/api/house-project/cohorts")
                .then().spec(problem(422)).body("errors.field", equalTo(List.of("teamId")));
        given().contentType(ContentType.JSON).body(cohort).post("/api/house-project/cohorts").then().statusCode(401);
    }

    @Test
    void shouldLetOnlyTheAllocatedWorkersReferAndHideTheHouseProjectFromStaffWhoMayNotSeeTheYoungPerson() {
        // given a care leaver of one team, and another team
        Team team = houseProject.team();
        UUID youngPersonId = houseProject.careLeaver(team);
        Team other = houseProject.team();

        // then another team's worker and manager, and a cohort lead not allocated to them, find nothing to refer, read or leave
        for (String token : List.of(other.people().workerToken(), other.people().managerToken(), team.leadToken())) {
            refer(token, youngPersonId).then().spec(problem(404));
            given().header("Authorization", token).get("/api/young-people/{id}/house-project", youngPersonId).then().spec(problem(404));
            leave(token, youngPersonId, "No").then().spec(problem(404));
        }

        // and the team's manager and the IRO may see the young person but not refer them
        refer(team.people().managerToken(), youngPersonId).then().spec(problem(403));
        refer(team.people().iroToken(), youngPersonId).then().spec(problem(403));
        given().header("Authorization", team.people().managerToken()).get("/api/young-people/{id}/house-project", youngPersonId)
                .then().spec(problem(404, "house-project-membership-not-found"));

        // when the personal adviser refers them, then a second referral is a conflict
        refer(team.people().adviserToken(), youngPersonId).then().statusCode(201).body("referredBy",
                equalTo(team.people().adviser().username()));
        refer(team.people().workerToken(), youngPersonId).then().spec(problem(409, "already-in-house-project"));

        // and the IRO reads it but may not record their leaving; the other team's worker sees none of its tasks
        given().header("Authorization", team.people().iroToken()).get("/api/young-people/{id}/house-project", youngPersonId)
                .then().statusCode(200).body("currentSteps[0].id", equalTo(TASK_RECORD_APPLICATION));
        leave(team.people().iroToken(), youngPersonId, "No").then().spec(problem(403));
        given().header("Authorization", other.people().workerToken()).queryParam("youngPersonId", youngPersonId).get("/api/tasks")
                .then().statusCode(200).body("total", equalTo(0));
        leave(team.people().managerToken(), youngPersonId, " ").then().spec(problem(400));
    }

    @Test
    void shouldRefuseToReferAYoungPersonUnder16() {
        // given a 15-year-old in care
        Team team = houseProject.team();
        LocalDate born = clock.today().minusYears(15);
        UUID youngPersonId = people.youngPerson(team.people(), born, false, List.of(new CareEpisodeInput(born.plusYears(10), null,
                LegalBasis.CARE_ORDER)));

        // when their social worker refers them, then it is refused and nothing starts
        refer(team.people().workerToken(), youngPersonId).then().spec(problem(422, "too-young-for-house-project"));
        given().header("Authorization", team.people().workerToken()).get("/api/young-people/{id}/house-project", youngPersonId)
                .then().spec(problem(404));
    }

    private static Map<String, Object> assessment(boolean suitable, String rationale) {
        Map<String, Object> values = new HashMap<>(ALL_FACTORS);
        values.put("suitable", suitable);
        values.put("rationale", rationale);
        return values;
    }
}
