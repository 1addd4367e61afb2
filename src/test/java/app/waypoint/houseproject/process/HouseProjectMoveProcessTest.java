package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectFixtures.ALL_FACTORS;
import static app.waypoint.houseproject.process.HouseProjectFixtures.complete;
import static app.waypoint.houseproject.process.HouseProjectFixtures.completion;
import static app.waypoint.houseproject.process.HouseProjectFixtures.leave;
import static app.waypoint.houseproject.process.HouseProjectFixtures.membership;
import static app.waypoint.houseproject.process.HouseProjectFixtures.refer;
import static app.waypoint.houseproject.process.HouseProjectFixtures.task;
import static app.waypoint.houseproject.process.HouseProjectFixtures.tasks;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_ASSESS_SUITABILITY;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_CHECK_TENANCY;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_CONFIRM_MOVE_IN;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_DECIDE_READINESS;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_HOLD_INTERVIEW;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_IDENTIFY_PROPERTY;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_OFFER_PLACE;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_RECORD_APPLICATION;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_RECORD_SESSION;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_SET_UP_HOME;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.TASK_VISIT_NEW_HOME;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.houseproject.process.HouseProjectFixtures.OpenTask;
import app.waypoint.houseproject.process.HouseProjectFixtures.Team;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code bpmn/house-project-move.bpmn}: offered a place or not, the programme's weekly sessions (again when not
 * yet ready), an unsuitable property and another, the move-in with the 7-day visit and the 6, 12 and 24-month tenancy checks
 * (sustained, or ended at a check), and leaving part-way at several steps, driven through the REST API with the test clock.
 */
@QuarkusTest
class HouseProjectMoveProcessTest {

    @Inject
    HouseProjectFixtures houseProject;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldTakeAYoungPersonFromReferralToATenancySustainedFor24Months() {
        // given a care leaver of 19 with a social worker and a personal adviser, and a cohort starting today
        Team team = houseProject.team();
        UUID youngPersonId = houseProject.careLeaver(team);
        UUID cohortId = houseProject.cohort(team, 10);
        LocalDate today = clock.today();

        // when the social worker refers them
        refer(team.people().workerToken(), youngPersonId).then().statusCode(201)
                .body("status", equalTo("REFERRED"))
                .body("referredBy", equalTo(team.people().worker().username()))
                .body("currentSteps.id", equalTo(List.of(TASK_RECORD_APPLICATION)));

        // then the referrer helps with the application, due in 10 working days; a manager interviews, and offers the place
        OpenTask application = task(team, youngPersonId, TASK_RECORD_APPLICATION);
        assertThat(application.assignee()).isEqualTo(team.people().worker().username());
        assertThat(application.due()).isEqualTo(calendar.plusWorkingDays(today, 10));
        complete(team, youngPersonId, TASK_RECORD_APPLICATION, Map.of("appliedOn", today.toString(), "application", "My own flat"));
        OpenTask interview = task(team, youngPersonId, TASK_HOLD_INTERVIEW);
        assertThat(interview.assignee()).isNull();
        assertThat(interview.candidateGroups()).containsExactly("manager");
        complete(team, youngPersonId, TASK_HOLD_INTERVIEW, Map.of("interviewedOn", today.toString(), "placeOffered", true,
                "interviewNote", "Keen and ready to commit to the programme"));
        complete(team, youngPersonId, TASK_OFFER_PLACE, Map.of("cohortId", cohortId.toString()));

        // then they are in the cohort, on the programme (education or training), and its lead records this week's session today
        JsonPath inCohort = membership(team, youngPersonId);
        assertThat(inCohort.getString("status")).isEqualTo("IN_COHORT");
        assertThat(inCohort.getString("activity")).isEqualTo("EDUCATION_OR_TRAINING");
        assertThat(inCohort.getString("cohort.id")).isEqualTo(cohortId.toString());
        OpenTask firstSession = task(team, youngPersonId, TASK_RECORD_SESSION);
        assertThat(firstSession.assignee()).isEqualTo(team.lead().username());
        assertThat(firstSession.due()).isEqualTo(today);

        // when the session is recorded with the programme still going on, the next is due a week later
        complete(team, youngPersonId, TASK_RECORD_SESSION, Map.of("sessionOn", today.toString(), "attended", true,
                "programmeCompleted", false));
        assertThat(task(team, youngPersonId, TASK_RECORD_SESSION).due()).isEqualTo(today.plusWeeks(1));
        complete(team, youngPersonId, TASK_RECORD_SESSION, Map.of("sessionOn", today.plusWeeks(1).toString(), "attended", false,
                "sessionNote", "Unwell", "programmeCompleted", true));

        // and a manager who finds them not yet ready sends them back to the sessions
        complete(team, youngPersonId, TASK_DECIDE_READINESS, Map.of("ready", false, "readinessNote", "Budgeting module first"));
        assertThat(task(team, youngPersonId, TASK_RECORD_SESSION).due()).isEqualTo(today.plusWeeks(2));
        complete(team, youngPersonId, TASK_RECORD_SESSION, Map.of("sessionOn", today.plusWeeks(2).toString(), "attended", true,
                "programmeCompleted", true));
        assertThat(membership(team, youngPersonId).getList("history.kind")).doesNotContain("CLOSED");

        // when the manager decides they are ready
        complete(team, youngPersonId, TASK_DECIDE_READINESS, Map.of("ready", true,
                "readinessNote", "Ready; contingency: supported lodgings"));

        // then the move is recorded as a significant change, so a pathway review has started
        JsonPath reviews = given().header("Authorization", team.people().managerToken())
                .get("/api/young-people/{id}/pathway-reviews", youngPersonId).then().statusCode(200).extract().jsonPath();
        assertThat(reviews.getList("triggers[0].changeKind")).containsExactly("HOUSE_PROJECT_MOVE");
        assertThat(reviews.getString("[0].triggers[0].occurredOn")).isEqualTo(today.toString());

        // and the personal adviser finds a property with the housing provider; the first is assessed unsuitable
        OpenTask identify = task(team, youngPersonId, TASK_IDENTIFY_PROPERTY);
        assertThat(identify.assignee()).isEqualTo(team.people().adviser().username());
        assertThat(identify.due()).isEqualTo(calendar.plusWorkingDays(today, 20));
        complete(team, youngPersonId, TASK_IDENTIFY_PROPERTY, Map.of("propertyAddress", "9 Far Lane", "housingProvider", "City Homes"));
        complete(team, youngPersonId, TASK_ASSESS_SUITABILITY, assessment(false, "Two buses from college and her sister"));

        // when a second property is found, its assessment starts blank: without the factors it is refused
        complete(team, youngPersonId, TASK_IDENTIFY_PROPERTY, Map.of("propertyAddress", "1 Hope Street", "housingProvider", "City Homes"));
        completion(team, task(team, youngPersonId, TASK_ASSESS_SUITABILITY), Map.of("suitable", true, "rationale", "Fine"))
                .then().statusCode(422);
        complete(team, youngPersonId, TASK_ASSESS_SUITABILITY, assessment(true, "Near college, affordable, she chose it"));
        JsonPath suitable = membership(team, youngPersonId);
        assertThat(suitable.getList("suitabilityAssessments.propertyAddress")).containsExactly("9 Far Lane", "1 Hope Street");
        assertThat(suitable.getList("suitabilityAssessments.suitable")).containsExactly(false, true);
        assertThat(suitable.getString("property.address")).isEqualTo("1 Hope Street");

        // when the home is set up over the allowance it is refused; within it, the spend is recorded against the £3,000
        OpenTask setUp = task(team, youngPersonId, TASK_SET_UP_HOME);
        completion(team, setUp, Map.of("settingUpSpent", 3001, "settingUpNote", "Sofa")).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("settingUpSpent"));
        complete(team, youngPersonId, TASK_SET_UP_HOME, Map.of("settingUpSpent", 2450, "settingUpNote", "Bed, sofa, cooker, paint"));
        JsonPath setUpHome = membership(team, youngPersonId);
        assertThat(setUpHome.getInt("settingUpHome.allowance")).isEqualTo(3000);
        assertThat(setUpHome.getInt("settingUpHome.remaining")).isEqualTo(550);

        // when the move-in is recorded, two days ago, on an introductory tenancy
        LocalDate movedIn = today.minusDays(2);
        complete(team, youngPersonId, TASK_CONFIRM_MOVE_IN, Map.of("tenancyType", "INTRODUCTORY", "tenancyStartsOn", movedIn.toString(),
                "movedInOn", movedIn.toString()));

        // then the adviser's visit is due 7 days after the move-in, and the programme no longer counts as their activity
        OpenTask visit = task(team, youngPersonId, TASK_VISIT_NEW_HOME);
        assertThat(visit.assignee()).isEqualTo(team.people().adviser().username());
        assertThat(visit.due()).isEqualTo(movedIn.plusDays(7));
        JsonPath movedInRecord = membership(team, youngPersonId);
        assertThat(movedInRecord.getString("status")).isEqualTo("MOVED_IN");
        assertThat(movedInRecord.getString("activity")).isNull();
        assertThat(movedInRecord.getString("tenancy.type")).isEqualTo("INTRODUCTORY");
        complete(team, youngPersonId, TASK_VISIT_NEW_HOME, Map.of("visitedOn", today.toString()));

        // and the tenancy is checked at 6, 12 and 24 months after the move-in, each appearing 20 working days before it is due
        for (int months : List.of(6, 12, 24)) {
            LocalDate due = calendar.plusMonths(movedIn, months);
            LocalDate opens = calendar.minusWorkingDays(due, 20);
            clock.travelTo(opens.minusDays(1));
            assertThat(tasks(team, youngPersonId)).as("before the %d-month check opens", months).isEmpty();
            assertThat(membership(team, youngPersonId).getList("currentSteps.id")).containsExactly("TimerEvent_TenancyCheckDue");
            clock.travelTo(opens);
            OpenTask check = task(team, youngPersonId, TASK_CHECK_TENANCY);
            assertThat(check.due()).as("the %d-month check", months).isEqualTo(due);
            assertThat(check.assignee()).isEqualTo(team.people().adviser().username());
            complete(team, youngPersonId, TASK_CHECK_TENANCY, Map.of("tenancyHeld", true, "checkNote", "Going well"));
        }

        // then the young person has graduated with a sustained tenancy, and every step is in the history
        JsonPath sustained = membership(team, youngPersonId);
        assertThat(sustained.getString("status")).isEqualTo("SUSTAINED");
        assertThat(sustained.getBoolean("open")).isFalse();
        assertThat(sustained.getList("currentSteps")).isEmpty();
        assertThat(sustained.getInt("attendance.sessionsRecorded")).isEqualTo(3);
        assertThat(sustained.getInt("attendance.sessionsAttended")).isEqualTo(2);
        assertThat(sustained.getList("history.stepId")).containsExactly(null, TASK_RECORD_APPLICATION, TASK_HOLD_INTERVIEW,
                TASK_OFFER_PLACE, TASK_RECORD_SESSION, TASK_RECORD_SESSION, TASK_DECIDE_READINESS, TASK_RECORD_SESSION,
                TASK_DECIDE_READINESS, TASK_IDENTIFY_PROPERTY, TASK_ASSESS_SUITABILITY, TASK_IDENTIFY_PROPERTY, TASK_ASSESS_SUITABILITY,
                TASK_SET_UP_HOME, TASK_CONFIRM_MOVE_IN, TASK_VISIT_NEW_HOME, TASK_CHECK_TENANCY, TASK_CHECK_TENANCY, TASK_CHECK_TENANCY,
                null);
        assertThat(sustained.getList("history.kind")).startsWith("REFERRED").endsWith("CLOSED");
        assertThat(sustained.getString("history[4].by")).isEqualTo(team.lead().username());
    }

    @Test
    void shouldEndTheMoveWhenNoPlaceIsOfferedAfterTheInterview() {
        // given a referred young person who has applied
        Team team = houseProject.team();
        UUID youngPersonId = houseProject.careLeaver(team);
        refer(team.people().adviserToken(), youngPersonId).then().statusCode(201);
        complete(team, youngPersonId, TASK_RECORD_APPLICATION, Map.of("appliedOn", clock.today().toString(), "application", "Please"));

        // when the interview ends without an offer
        complete(team, youngPersonId, TASK_HOLD_INTERVIEW, Map.of("interviewedOn", clock.today().toString(), "placeOffered", false,
                "interviewNote", "Not yet; refer again after the college course"));

        // then the membership is closed as not offered, with no task left, and a new referral may follow
        JsonPath closed = membership(team, youngPersonId);
        assertThat(closed.getString("status")).isEqualTo("NOT_OFFERED");
        assertThat(closed.getString("closingReason")).isEqualTo("Not yet; refer again after the college course");
        assertThat(tasks(team, youngPersonId)).isEmpty();
        refer(team.people().workerToken(), youngPersonId).then().statusCode(201).body("status", equalTo("REFERRED"));
    }

    @Test
    void shouldEndTheMoveWhenTheTenancyIsNoLongerHeldAtTheSixMonthCheck() {
        // given a young person who moved into their home today
        Team team = houseProject.team();
        UUID youngPersonId = houseProject.careLeaver(team);
        houseProject.intoCohort(team, youngPersonId, houseProject.cohort(team, 10));
        houseProject.toSuitableHome(team, youngPersonId);
        complete(team, youngPersonId, TASK_SET_UP_HOME, Map.of("settingUpSpent", 3000, "settingUpNote", "Everything"));
        LocalDate movedIn = clock.today();
        complete(team, youngPersonId, TASK_CONFIRM_MOVE_IN, Map.of("tenancyType", "SECURE", "tenancyStartsOn", movedIn.toString(),
                "movedInOn", movedIn.toString()));
        assertThat(task(team, youngPersonId, TASK_VISIT_NEW_HOME).due()).isEqualTo(movedIn.plusDays(7));
        complete(team, youngPersonId, TASK_VISIT_NEW_HOME, Map.of("visitedOn", movedIn.plusDays(3).toString()));

        // when the 6-month check finds the tenancy given up
        clock.travelTo(calendar.minusWorkingDays(calendar.plusMonths(movedIn, 6), 20));
        assertThat(task(team, youngPersonId, TASK_CHECK_TENANCY).due()).isEqualTo(calendar.plusMonths(movedIn, 6));
        complete(team, youngPersonId, TASK_CHECK_TENANCY, Map.of("tenancyHeld", false, "checkNote", "Moved back with her aunt"));

        // then the membership ends there, with no later check
        JsonPath ended = membership(team, youngPersonId);
        assertThat(ended.getString("status")).isEqualTo("TENANCY_ENDED");
        assertThat(ended.getList("currentSteps")).isEmpty();
        clock.travelTo(calendar.plusMonths(movedIn, 12));
        assertThat(tasks(team, youngPersonId)).isEmpty();
    }

    @Test
    void shouldLetAYoungPersonLeaveAtAnyStepWithAReasonAndKeepTheHistory() {
        // given four young people of one cohort: at the application, a weekly session, the suitability assessment, and moved in
        Team team = houseProject.team();
        UUID cohortId = houseProject.cohort(team, 10);
        UUID applying = houseProject.careLeaver(team);
        refer(team.people().workerToken(), applying).then().statusCode(201);
        UUID inSessions = houseProject.careLeaver(team);
        houseProject.intoCohort(team, inSessions, cohortId);
        UUID assessing = houseProject.careLeaver(team);
        houseProject.intoCohort(team, assessing, cohortId);
        complete(team, assessing, TASK_RECORD_SESSION, Map.of("sessionOn", clock.today().toString(), "attended", true,
                "programmeCompleted", true));
        complete(team, assessing, TASK_DECIDE_READINESS, Map.of("ready", true, "readinessNote", "Ready"));
        complete(team, assessing, TASK_IDENTIFY_PROPERTY, Map.of("propertyAddress", "2 Hope Street", "housingProvider", "City Homes"));
        UUID movedIn = houseProject.careLeaver(team);
        houseProject.intoCohort(team, movedIn, cohortId);
        houseProject.toSuitableHome(team, movedIn);
        complete(team, movedIn, TASK_SET_UP_HOME, Map.of("settingUpSpent", 100, "settingUpNote", "Kettle"));
        complete(team, movedIn, TASK_CONFIRM_MOVE_IN, Map.of("tenancyType", "ASSURED_SHORTHOLD", "tenancyStartsOn",
                clock.today().toString(), "movedInOn", clock.today().toString()));
        complete(team, movedIn, TASK_VISIT_NEW_HOME, Map.of("visitedOn", clock.today().toString()));
        int placesTaken = cohort(team, cohortId).getInt("placesTaken");

        // when each leaves, with a reason
        Map<UUID, String> leftAt = Map.of(applying, "Record application", inSessions, "Record weekly session",
                assessing, "Assess property suitability", movedIn, "Tenancy check due soon");
        for (UUID youngPersonId : leftAt.keySet()) {
            leave(team.people().workerToken(), youngPersonId, "Chose to stay with foster carers").then().statusCode(200)
                    .body("status", equalTo("LEFT"))
                    .body("open", equalTo(false))
                    .body("currentSteps", equalTo(List.of()));
        }

        // then each process has ended with no task left, the history names the step they left at, and their places are free
        for (Map.Entry<UUID, String> left : leftAt.entrySet()) {
            assertThat(tasks(team, left.getKey())).isEmpty();
            JsonPath record = membership(team, left.getKey());
            assertThat(record.getString("closingReason")).isEqualTo("Chose to stay with foster carers");
            assertThat(record.getString("activity")).isNull();
            assertThat(record.getString("history[-1].kind")).isEqualTo("LEFT");
            assertThat(record.getString("history[-1].stepName")).isEqualTo(left.getValue());
            assertThat(record.getString("history[-1].by")).isEqualTo(team.people().worker().username());
        }
        assertThat(cohort(team, cohortId).getInt("placesTaken")).isEqualTo(placesTaken - 3);

        // and leaving twice is a conflict
        leave(team.people().workerToken(), applying, "Again").then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/not-in-house-project"));
    }

    @Test
    void shouldRefuseAnOfferOfAPlaceInAFullCohortAndKeepTheOfferStepOpen() {
        // given a cohort of one place, taken
        Team team = houseProject.team();
        UUID cohortId = houseProject.cohort(team, 1);
        houseProject.intoCohort(team, houseProject.careLeaver(team), cohortId);
        UUID second = houseProject.careLeaver(team);
        refer(team.people().workerToken(), second).then().statusCode(201);
        complete(team, second, TASK_RECORD_APPLICATION, Map.of("appliedOn", clock.today().toString(), "application", "Me too"));
        complete(team, second, TASK_HOLD_INTERVIEW, Map.of("interviewedOn", clock.today().toString(), "placeOffered", true,
                "interviewNote", "Yes"));

        // when a manager offers the second young person a place in it
        OpenTask offer = task(team, second, TASK_OFFER_PLACE);
        completion(team, offer, Map.of("cohortId", cohortId.toString())).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/cohort-full"));

        // then the offer step stays open, and an unknown cohort is refused naming the field
        assertThat(task(team, second, TASK_OFFER_PLACE).id()).isEqualTo(offer.id());
        completion(team, offer, Map.of("cohortId", UUID.randomUUID().toString())).then().statusCode(422)
                .body("errors[0].field", equalTo("cohortId"));
        assertThat(membership(team, second).getString("status")).isEqualTo("REFERRED");
        assertThat(cohort(team, cohortId).getInt("placesLeft")).isZero();
    }

    private static Map<String, Object> assessment(boolean suitable, String rationale) {
        Map<String, Object> values = new HashMap<>(ALL_FACTORS);
        values.put("suitable", suitable);
        values.put("rationale", rationale);
        return values;
    }

    private static JsonPath cohort(Team team, UUID cohortId) {
        return given().header("Authorization", team.people().managerToken()).get("/api/house-project/cohorts/{id}", cohortId)
                .then().statusCode(200).extract().jsonPath();
    }
}
