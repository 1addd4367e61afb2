package app.waypoint.pathwayreviews.api;

import static app.waypoint.pathwayreviews.domain.plan.PathwayPlanFixtures.action;
import static app.waypoint.pathwayreviews.domain.plan.PathwayPlanFixtures.draft;
import static app.waypoint.pathwayreviews.domain.plan.PathwayPlanFixtures.heading;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pathway plans through the API: drafts, actions that cannot be vague, sign-off with a contingency plan, versions, who may do what. */
@QuarkusTest
class PathwayPlanResourceTest {

    private static final String PLAN = "/api/young-people/{id}/pathway-plan";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID youngPerson;
    private LocalDate today;

    @BeforeEach
    void youngPersonWithWorker() {
        team = people.team();
        today = clock.today();
        youngPerson = people.youngPerson(team, today.minusYears(17), today.minusYears(3), false);
    }

    @Test
    void shouldReturnDraftWhenSavedByAllocatedWorker() {
        // given
        Map<String, Object> body = draft("I want to stay near my college", heading("Stay with my aunt", List.of()),
                action("Visit the lodgings", team.worker().username(), today.plusDays(14)));

        // when
        saveDraft(team.workerToken(), body).statusCode(200).body("version", equalTo(1)).body("status", equalTo("DRAFT"));

        // then
        JsonPath plan = current(team.workerToken()).statusCode(200).extract().jsonPath();
        assertThat(plan.getString("youngPersonViews")).isEqualTo("I want to stay near my college");
        assertThat(plan.getString("headings.contingencyPlan.text")).isEqualTo("Stay with my aunt");
        assertThat(plan.getString("headings.accommodation.actions[0].owner")).isEqualTo(team.worker().username());
        assertThat(plan.getString("headings.accommodation.actions[0].dueDate")).isEqualTo(today.plusDays(14).toString());
        assertThat(plan.getString("headings.accommodation.actions[0].status")).isEqualTo("OPEN");
        assertThat(plan.getString("headings.identity.text")).isEmpty();
        assertThat(plan.getString("createdBy")).isEqualTo(team.worker().username());
    }

    @Test
    void shouldAnswer404WhenNoPlanYet() {
        // when / then
        current(team.workerToken()).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseNamingTheActionAndSaveNothingWhenActionHasNoDueDate() {
        // given an earlier draft
        saveDraft(team.workerToken(), validDraft("First views")).statusCode(200);

        // when a new draft has a contingency action without a due date
        Map<String, Object> body = draft("Second views", heading("Stay with my aunt",
                List.of(action("Agree an emergency bed", team.worker().username(), null))),
                action("Visit the lodgings", team.worker().username(), today.plusDays(14)));
        saveDraft(team.workerToken(), body).statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("headings.contingencyPlan.actions[0].dueDate"));

        // then the earlier draft is unchanged
        current(team.workerToken()).statusCode(200).body("version", equalTo(1)).body("youngPersonViews", equalTo("First views"))
                .body("headings.contingencyPlan.actions.size()", equalTo(0));
    }

    @Test
    void shouldRefuseAndSaveNothingWhenActionHasNoOwner() {
        // when
        Map<String, Object> body = draft("Views", heading("Stay with my aunt", List.of()), action("Visit the lodgings", null, today));
        saveDraft(team.workerToken(), body).statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("headings.accommodation.actions[0].owner"));

        // then
        current(team.workerToken()).statusCode(404);
    }

    @Test
    void shouldRefuseWhenOwnerIsNotStaff() {
        // when / then
        Map<String, Object> body = draft("Views", heading("Stay with my aunt", List.of()),
                action("Visit the lodgings", "no.such.person", today));
        saveDraft(team.workerToken(), body).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("headings.accommodation.actions[0].owner"));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenHeadingTextIsTooLong() {
        // when / then
        Map<String, Object> body = draft("Views", heading("x".repeat(8001), List.of()),
                action("Visit the lodgings", team.worker().username(), today));
        saveDraft(team.workerToken(), body).statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("headings.contingencyPlan.text"));
    }

    @Test
    void shouldRefuseSignOffAndStayDraftWhenContingencyPlanIsEmpty() {
        // given
        saveDraft(team.workerToken(), draft("Views", heading("  ", List.of()),
                action("Visit the lodgings", team.worker().username(), today))).statusCode(200);

        // when
        signOff(team.managerToken(), "Looks fine").statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("headings.contingencyPlan"));

        // then
        current(team.workerToken()).statusCode(200).body("status", equalTo("DRAFT")).body("signedOffBy", nullValue());
    }

    @Test
    void shouldKeepSignedOffVersionWhenNextDraftStartsFromIt() {
        // given a signed-off plan
        saveDraft(team.workerToken(), validDraft("First views")).statusCode(200);
        signOff(team.managerToken(), "Contingency realistic; accommodation checked").statusCode(200)
                .body("status", equalTo("SIGNED_OFF")).body("signedOffBy", equalTo(team.manager().username()));
        JsonPath signedOff = current(team.workerToken()).statusCode(200).extract().jsonPath();
        String actionId = signedOff.getString("headings.accommodation.actions[0].id");

        // when the next draft carries the action over, done
        Map<String, Object> carried = action("Visit the lodgings", team.worker().username(), today.plusDays(14));
        carried.put("id", actionId);
        carried.put("status", "DONE");
        saveDraft(team.workerToken(), draft("Second views", heading("Stay with my aunt", List.of()), carried)).statusCode(200)
                .body("version", equalTo(2)).body("basedOnVersion", equalTo(1)).body("status", equalTo("DRAFT"));

        // then version 1 is unchanged, the current plan is the new draft, and both are listed
        JsonPath first = given().header("Authorization", team.workerToken()).get(PLAN + "/versions/1", youngPerson)
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(first.getString("youngPersonViews")).isEqualTo("First views");
        assertThat(first.getString("headings.accommodation.actions[0].status")).isEqualTo("OPEN");
        assertThat(first.getString("oversightNote")).isEqualTo("Contingency realistic; accommodation checked");
        current(team.workerToken()).body("version", equalTo(2)).body("headings.accommodation.actions[0].id", equalTo(actionId))
                .body("headings.accommodation.actions[0].status", equalTo("DONE"));
        List<Integer> versions = given().header("Authorization", team.workerToken()).get(PLAN + "/versions", youngPerson)
                .then().statusCode(200).extract().path("version");
        assertThat(versions).containsExactly(2, 1);
    }

    @Test
    void shouldListOpenActionsOfLastSignedOffPlan() {
        // given a signed-off plan with one open and one done action, and a newer draft
        Map<String, Object> done = action("Open a bank account", team.worker().username(), today.plusDays(3));
        done.put("status", "DONE");
        Map<String, Object> body = draft("Views", heading("Stay with my aunt",
                List.of(action("Agree an emergency bed", team.manager().username(), today.plusDays(10)), done)),
                action("Visit the lodgings", team.worker().username(), today.plusDays(14)));
        saveDraft(team.workerToken(), body).statusCode(200);
        signOff(team.managerToken(), "Agreed").statusCode(200);
        saveDraft(team.workerToken(), validDraft("Draft for the next review")).statusCode(200);

        // when
        JsonPath open = given().header("Authorization", team.iroToken()).get(PLAN + "/open-actions", youngPerson)
                .then().statusCode(200).extract().jsonPath();

        // then
        assertThat(open.getInt("version")).isEqualTo(1);
        assertThat(open.getList("actions.description")).containsExactly("Agree an emergency bed", "Visit the lodgings");
        assertThat(open.getList("actions.heading")).containsExactly("contingencyPlan", "accommodation");
        assertThat(open.getList("actions.owner")).containsExactly(team.manager().username(), team.worker().username());
    }

    @Test
    void shouldRecordCopyGivenOnceWhenSignedOff() {
        // given
        copyGiven(team.workerToken(), today).statusCode(409).contentType(PROBLEM);
        saveDraft(team.workerToken(), validDraft("Views")).statusCode(200);
        signOff(team.managerToken(), "Agreed").statusCode(200);

        // when / then
        copyGiven(team.workerToken(), today.plusDays(1)).statusCode(422).contentType(PROBLEM);
        copyGiven(team.workerToken(), today).statusCode(200).body("copyGivenOn", equalTo(today.toString()));
        copyGiven(team.workerToken(), today).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldHidePlanWhenCallerIsOfAnotherTeamOrNotAllocated() {
        // given
        saveDraft(team.workerToken(), validDraft("Views")).statusCode(200);
        TeamFixture other = people.team();

        // when / then
        current(other.workerToken()).statusCode(404).contentType(PROBLEM);
        current(other.managerToken()).statusCode(404).contentType(PROBLEM);
        saveDraft(other.managerToken(), validDraft("Not mine")).statusCode(404).contentType(PROBLEM);
        signOff(other.managerToken(), "Not mine").statusCode(404).contentType(PROBLEM);
        current(team.adviserToken()).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldLetIroReadButNotWriteWhenAllocated() {
        // given
        saveDraft(team.workerToken(), validDraft("Views")).statusCode(200);

        // when / then
        current(team.iroToken()).statusCode(200).body("youngPersonViews", equalTo("Views"));
        saveDraft(team.iroToken(), validDraft("IRO views")).statusCode(403).contentType(PROBLEM);
        signOff(team.iroToken(), "IRO sign-off").statusCode(403).contentType(PROBLEM);
        current(team.workerToken()).body("youngPersonViews", equalTo("Views"));
    }

    @Test
    void shouldRefuseSignOffWhenCallerIsWorker() {
        // given
        saveDraft(team.workerToken(), validDraft("Views")).statusCode(200);

        // when / then
        signOff(team.workerToken(), "My own plan").statusCode(403).contentType(PROBLEM);
        current(team.workerToken()).body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldAnswer401WhenNoToken() {
        // when / then
        given().get(PLAN, youngPerson).then().statusCode(401);
        given().contentType(ContentType.JSON).body(validDraft("Views")).put(PLAN + "/draft", youngPerson).then().statusCode(401);
    }

    private Map<String, Object> validDraft(String views) {
        return draft(views, heading("Stay with my aunt; duty PA out of hours", List.of()),
                action("Visit the lodgings", team.worker().username(), today.plusDays(14)));
    }

    private ValidatableResponse saveDraft(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).put(PLAN + "/draft", youngPerson).then();
    }

    private ValidatableResponse signOff(String token, String note) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("oversightNote", note))
                .post(PLAN + "/sign-off", youngPerson).then();
    }

    private ValidatableResponse copyGiven(String token, LocalDate givenOn) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("givenOn", givenOn.toString()))
                .post(PLAN + "/copy-given", youngPerson).then();
    }

    private ValidatableResponse current(String token) {
        return given().header("Authorization", token).get(PLAN, youngPerson).then();
    }
}
