package app.waypoint.housing.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.pathwayreviews.domain.headings.AccommodationHeading;
import app.waypoint.pathwayreviews.domain.headings.HousingActions.HousingAction;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * Every path of {@code bpmn/homelessness-referral.bpmn}: referred with consent and the housing authority's outcome recorded
 * (after the referral went overdue and was escalated), not referred without consent, and the refusals on the way, driven
 * through the REST API with the test clock.
 */
@QuarkusTest
class HomelessnessReferralProcessTest {

    @Inject
    PeopleFixtures people;
    @Inject
    AccommodationHeading accommodation;
    @Inject
    WorkingCalendar calendar;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID youngPersonId;
    private LocalDate today;

    @BeforeEach
    void careLeaverWithAPersonalAdviser() {
        team = people.team();
        today = clock.today();
        youngPersonId = people.careLeaverWithAdviser(team, today, 19);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldReferWithConsentAndCloseOnTheHousingAuthoritysOutcome() {
        // when the social worker records that the young person is threatened with homelessness
        start(team.workerToken(), Map.of("reason", "THREATENED_WITHIN_56_DAYS", "identifiedOn", today.toString(),
                "likelyHomelessOn", today.plusDays(30).toString(), "note", "Notice to quit from the landlord"))
                .statusCode(201).body("status", equalTo("TO_REFER")).body("open", equalTo(true));

        // then they are at risk of homelessness, and the personal adviser must refer them within 2 working days
        referrals(team.workerToken()).body("atRisk", equalTo(true)).body("allowedActions", equalTo(List.of()));
        Map<String, Object> refer = onlyTask(HomelessnessReferralProcess.TASK_REFER);
        LocalDate referDue = calendar.plusWorkingDays(today, 2);
        assertThat(refer).containsEntry("assignee", team.adviser().username()).containsEntry("due", referDue.toString());

        // when the referral is not made in time, the team manager is told
        clock.travelTo(calendar.plusWorkingDays(referDue, 1));
        assertThat(headlines(team.managerToken())).anyMatch(line -> line.startsWith("Overdue: Refer to the housing authority"));

        // when the adviser records it with the young person's consent, a day before it was identified is refused
        LocalDate referredOn = clock.today();
        complete(team.adviserToken(), refer, referral(true, true, "Leeds City Council", today.minusDays(1)))
                .statusCode(422).contentType(startsWith("application/problem+json")).body("errors.field", hasItem("referredOn"));
        complete(team.adviserToken(), refer, referral(true, true, "Leeds City Council", referredOn)).statusCode(204);

        // then the housing authority's outcome is due 10 working days later, and the young person is still at risk
        Map<String, Object> outcome = onlyTask(HomelessnessReferralProcess.TASK_RECORD_OUTCOME);
        assertThat(outcome).containsEntry("assignee", team.adviser().username())
                .containsEntry("due", calendar.plusWorkingDays(referredOn, 10).toString());
        referrals(team.workerToken()).body("atRisk", equalTo(true)).body("referrals[0].status", equalTo("AWAITING_OUTCOME"))
                .body("referrals[0].housingAuthority", equalTo("Leeds City Council"));

        // when an outcome that is not one of the choices is sent, it is refused; the prevention duty is then recorded
        complete(team.adviserToken(), outcome, Map.of("outcome", "HOUSED", "outcomeOn", referredOn.toString())).statusCode(400);
        complete(team.adviserToken(), outcome, Map.of("outcome", "PREVENTION_DUTY", "outcomeOn", referredOn.toString(),
                "outcomeNote", "Negotiating with the landlord")).statusCode(204);

        // then the referral is closed with its outcome, the young person is no longer at risk, and the plan shows every step
        assertThat(tasks()).isEmpty();
        referrals(team.workerToken()).body("atRisk", equalTo(false)).body("referrals[0].status", equalTo("OUTCOME_RECORDED"))
                .body("referrals[0].outcome", equalTo("PREVENTION_DUTY")).body("referrals[0].outcomeBy", equalTo(team.adviser().username()))
                .body("allowedActions", equalTo(List.of("START")));
        HousingAction shown = accommodation.housingActions(youngPersonId, team.workerCaller()).get(0);
        assertThat(shown.open()).isFalse();
        assertThat(shown.steps()).extracting(step -> step.what()).containsExactly("Risk identified", "Refer to the housing authority",
                "Record the housing authority’s outcome");
        assertThat(shown.steps().get(1).detail()).isEqualTo("Referred to Leeds City Council");
        assertThat(shown.steps().get(2).detail()).startsWith("Prevention duty accepted");
    }

    @Test
    void shouldCloseWithoutAReferralWhenTheYoungPersonDoesNotConsent() {
        // given a young person found homeless
        start(team.workerToken(), Map.of("reason", "HOMELESS", "identifiedOn", today.toString())).statusCode(201);

        // when they do not agree to their contact details being shared
        complete(team.adviserToken(), onlyTask(HomelessnessReferralProcess.TASK_REFER), referral(true, false, null, null)).statusCode(204);

        // then no referral is made, nothing more is asked, and the reason is kept
        assertThat(tasks()).isEmpty();
        referrals(team.workerToken()).body("atRisk", equalTo(false)).body("referrals[0].status", equalTo("NOT_REFERRED"))
                .body("referrals[0].notReferredBecause", equalTo("The young person did not agree to their contact details being shared"));
    }

    @Test
    void shouldRefuseASecondOpenReferralADayInTheFutureAndTheIro() {
        start(team.workerToken(), Map.of("reason", "HOMELESS", "identifiedOn", today.plusDays(1).toString()))
                .statusCode(422).body("errors.field", hasItem("identifiedOn"));
        start(team.workerToken(), Map.of("reason", "HOMELESS", "identifiedOn", today.toString(), "likelyHomelessOn",
                today.plusDays(3).toString())).statusCode(422).body("errors.field", hasItem("likelyHomelessOn"));
        start(team.workerToken(), Map.of("reason", "THREATENED_WITHIN_56_DAYS", "identifiedOn", today.toString(), "likelyHomelessOn",
                today.plusDays(57).toString())).statusCode(422).body("errors.field", hasItem("likelyHomelessOn"));
        start(team.iroToken(), Map.of("reason", "HOMELESS", "identifiedOn", today.toString())).statusCode(403);
        start(team.workerToken(), Map.of("identifiedOn", today.toString())).statusCode(400);

        start(team.workerToken(), Map.of("reason", "HOMELESS", "identifiedOn", today.toString())).statusCode(201);
        start(team.managerToken(), Map.of("reason", "HOMELESS", "identifiedOn", today.toString()))
                .statusCode(409).body("type", endsWith("/homelessness-referral-open"));
        assertThat(tasks()).hasSize(1);
    }

    private static Map<String, Object> referral(boolean consent, boolean share, String authority, LocalDate referredOn) {
        Map<String, Object> values = new HashMap<>();
        values.put("reason", "HOMELESS");
        values.put("consentToRefer", consent);
        values.put("consentToShareContact", share);
        if (authority != null) {
            values.put("housingAuthority", authority);
        }
        if (referredOn != null) {
            values.put("referredOn", referredOn.toString());
        }
        return values;
    }

    private ValidatableResponse start(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/young-people/{id}/homelessness-referrals", youngPersonId).then();
    }

    private ValidatableResponse referrals(String token) {
        return given().header("Authorization", token).get("/api/young-people/{id}/homelessness-referrals", youngPersonId).then().statusCode(200);
    }

    private static ValidatableResponse complete(String token, Map<String, Object> task, Map<String, Object> values) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", task.get("id")).then();
    }

    private Map<String, Object> onlyTask(String stepId) {
        List<Map<String, Object>> open = tasks();
        assertThat(open).hasSize(1);
        assertThat(open.get(0)).containsEntry("stepId", stepId);
        return open.get(0);
    }

    private List<Map<String, Object>> tasks() {
        return given().header("Authorization", team.managerToken()).queryParam("youngPersonId", youngPersonId)
                .queryParam("process", HomelessnessReferralProcess.KEY).get("/api/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static List<String> headlines(String token) {
        return given().header("Authorization", token).queryParam("size", 100).get("/api/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items.headline", String.class);
    }
}
