package app.waypoint.transitions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.pathwayreviews.domain.plan.PathwayPlanFixtures;
import app.waypoint.people.status.Birthdays;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code bpmn/leaving-care-transition.bpmn}, driven as people drive it: through the REST API, with the
 * test clock standing in for the years from 15¾ to 25. Due days are those of {@link TransitionSchedule}.
 */
@QuarkusTest
class LeavingCareTransitionProcessTest {

    private static final String APPOINT_ADVISER = "Task_AppointPersonalAdviser";
    private static final String ASSESS_NEEDS = "Task_AssessNeeds";
    private static final String WRITE_PLAN = "Task_WritePathwayPlan";
    private static final String DECIDE_STAYING_PUT = "Task_DecideStayingPut";
    private static final String APPROVE_STAYING_PUT = "Task_ApproveStayingPut";
    private static final String HEALTH_SUMMARY_WINDOW = "TimerEvent_HealthSummaryWindowOpened";
    private static final String PREPARE_HEALTH_SUMMARY = "Task_PrepareHealthSummary";
    private static final String TRANSFER_WINDOW = "TimerEvent_TransferWindowOpened";
    private static final String TRANSFER = "Task_TransferToPersonalAdviser";
    private static final String OFFER_WINDOW = "TimerEvent_OfferWindowOpened";
    private static final String OFFER_SUPPORT = "Task_OfferSupportTo25";
    private static final String TWENTY_FIFTH_BIRTHDAY = "TimerEvent_TwentyFifthBirthdayReached";
    private static final String CLOSE = "Task_CloseTransition";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCloseWithTheClosureNoteAt25WhenFosterPlacementAgreesStayingPutAndAcceptsSupportTo25() {
        // given a young person of 15 years 10 months in foster care, in care since 14, whose transition has opened
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        UUID youngPersonId = youngPersonInCareSince14(team, born, true);
        startTransition(team, youngPersonId);

        // when the opening work is done, staying put is agreed and the manager approves it
        completeOpeningWork(team, youngPersonId);
        assertThat(stepsOf(team, youngPersonId)).containsExactly(DECIDE_STAYING_PUT);
        completeOnly(team, youngPersonId, DECIDE_STAYING_PUT, Map.of("stayingPutAgreed", true));
        assertThat(stepsOf(team, youngPersonId)).containsExactly(APPROVE_STAYING_PUT);
        completeOnly(team, youngPersonId, APPROVE_STAYING_PUT,
                Map.of("stayingPutApproved", true, "approvalNote", "Carer and young person agree; allowance agreed"));

        // then the health summary waits for its window, which opens 6 months before the 18th birthday
        LocalDate eighteenth = Birthdays.anniversary(born, 18);
        assertThat(stepsOf(team, youngPersonId)).containsExactly(HEALTH_SUMMARY_WINDOW);
        clock.travelTo(eighteenth.minusMonths(6).minusDays(1));
        assertThat(stepsOf(team, youngPersonId)).containsExactly(HEALTH_SUMMARY_WINDOW);
        clock.travelTo(eighteenth.minusMonths(6));
        completeOnly(team, youngPersonId, PREPARE_HEALTH_SUMMARY, Map.of("healthSummaryIssuedOn", clock.today().toString()));

        // and the transfer waits for its window, which opens a month before the 18th birthday
        assertThat(stepsOf(team, youngPersonId)).containsExactly(TRANSFER_WINDOW);
        clock.travelTo(eighteenth.minusMonths(1).minusDays(1));
        assertThat(stepsOf(team, youngPersonId)).containsExactly(TRANSFER_WINDOW);
        clock.travelTo(eighteenth.minusMonths(1));
        LocalDate transferredOn = clock.today();
        completeOnly(team, youngPersonId, TRANSFER,
                Map.of("transferSummary", "Chronology updated; handed over at a joint visit", "jointVisitOn", transferredOn.toString()));

        // then the social worker's allocation has ended on the day of the transfer, and the personal adviser's goes on
        JsonPath allocations = allocationsOf(team, youngPersonId);
        assertThat(allocations.getString("find { it.kind == 'SOCIAL_WORKER' }.staffUsername")).isEqualTo(team.worker().username());
        assertThat(allocations.getString("find { it.kind == 'SOCIAL_WORKER' }.endedOn")).isEqualTo(transferredOn.toString());
        assertThat(allocations.getString("find { it.kind == 'PERSONAL_ADVISER' }.staffUsername")).isEqualTo(team.adviser().username());
        assertThat(allocations.getString("find { it.kind == 'PERSONAL_ADVISER' }.endedOn")).isNull();

        // when the offer window opens a month before the 21st birthday and the young person accepts support to 25
        LocalDate twentyFirst = Birthdays.anniversary(born, 21);
        assertThat(stepsOf(team, youngPersonId)).containsExactly(OFFER_WINDOW);
        clock.travelTo(twentyFirst.minusMonths(1).minusDays(1));
        assertThat(stepsOf(team, youngPersonId)).containsExactly(OFFER_WINDOW);
        clock.travelTo(twentyFirst.minusMonths(1));
        assertThat(onlyTask(team, youngPersonId, OFFER_SUPPORT).assignee()).isEqualTo(team.adviser().username());
        completeOnly(team, youngPersonId, OFFER_SUPPORT, Map.of("offerAccepted", true));

        // then the transition waits for the 25th birthday before a manager closes it
        LocalDate twentyFifth = Birthdays.anniversary(born, 25);
        assertThat(stepsOf(team, youngPersonId)).containsExactly(TWENTY_FIFTH_BIRTHDAY);
        clock.travelTo(twentyFifth.minusDays(1));
        assertThat(stepsOf(team, youngPersonId)).containsExactly(TWENTY_FIFTH_BIRTHDAY);
        clock.travelTo(twentyFifth);
        completeOnly(team, youngPersonId, CLOSE, Map.of("closureNote", "Reached 25; support ended as planned"));

        // and the transition is closed with the closure note as its reason, with nothing left to do
        transitionOf(team, youngPersonId)
                .body("open", equalTo(false))
                .body("closureReason", equalTo("Reached 25; support ended as planned"))
                .body("currentSteps", equalTo(List.of()));
        assertThat(openTasks(team, youngPersonId)).isEmpty();
    }

    @Test
    void shouldSkipStayingPutWhenYoungPersonIsNotInFosterCare() {
        // given a young person in a children's home (not foster care) whose transition has opened
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        UUID youngPersonId = youngPersonInCareSince14(team, born, false);
        startTransition(team, youngPersonId);

        // when the opening work is done
        completeOpeningWork(team, youngPersonId);

        // then no staying-put step is offered: the transition goes straight to waiting for the health summary window
        assertThat(stepsOf(team, youngPersonId)).containsExactly(HEALTH_SUMMARY_WINDOW);
        assertThat(openTasks(team, youngPersonId)).isEmpty();
        clock.travelTo(Birthdays.anniversary(born, 18).minusMonths(6));
        assertThat(stepsOf(team, youngPersonId)).containsExactly(PREPARE_HEALTH_SUMMARY);
    }

    @Test
    void shouldSkipManagerApprovalWhenStayingPutIsNotAgreed() {
        // given a young person in foster care whose opening work is done
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        UUID youngPersonId = youngPersonInCareSince14(team, born, true);
        startTransition(team, youngPersonId);
        completeOpeningWork(team, youngPersonId);

        // when the social worker records that staying put is not agreed
        completeOnly(team, youngPersonId, DECIDE_STAYING_PUT, Map.of("stayingPutAgreed", false));

        // then there is nothing for a manager to approve: the transition waits for the health summary window
        assertThat(stepsOf(team, youngPersonId)).containsExactly(HEALTH_SUMMARY_WINDOW);
        assertThat(openTasks(team, youngPersonId)).isEmpty();
    }

    @Test
    void shouldCloseWithoutWaitingFor25WhenSupportTo25IsDeclined() {
        // given a young person whose transition has reached the offer of support to 25, a month before 21
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        UUID youngPersonId = youngPersonInCareSince14(team, born, false);
        startTransition(team, youngPersonId);
        completeOpeningWork(team, youngPersonId);
        clock.travelTo(Birthdays.anniversary(born, 18).minusMonths(6));
        completeOnly(team, youngPersonId, PREPARE_HEALTH_SUMMARY, Map.of("healthSummaryIssuedOn", clock.today().toString()));
        clock.travelTo(Birthdays.anniversary(born, 18).minusMonths(1));
        completeOnly(team, youngPersonId, TRANSFER, Map.of("transferSummary", "Handed over"));
        clock.travelTo(Birthdays.anniversary(born, 21).minusMonths(1));

        // when the young person declines the offer
        completeOnly(team, youngPersonId, OFFER_SUPPORT, Map.of("offerAccepted", false));

        // then the manager is asked to close the transition the same day, without waiting for the 25th birthday
        assertThat(stepsOf(team, youngPersonId)).containsExactly(CLOSE);
        completeOnly(team, youngPersonId, CLOSE, Map.of("closureNote", "Declined support to 25"));
        transitionOf(team, youngPersonId)
                .body("open", equalTo(false))
                .body("closureReason", equalTo("Declined support to 25"));
    }

    @Test
    void shouldEndTheProcessWithTheReasonWhenClosureIsRequestedWhileWaitingAtATimer() {
        // given a transition waiting for the health summary window
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        UUID youngPersonId = youngPersonInCareSince14(team, born, false);
        startTransition(team, youngPersonId);
        completeOpeningWork(team, youngPersonId);
        assertThat(stepsOf(team, youngPersonId)).containsExactly(HEALTH_SUMMARY_WINDOW);

        // when the manager closes it at the young person's request
        requestClosure(team, youngPersonId, "Young person asked to close: moving to live with family in Scotland")
                .then().statusCode(200)
                .body("open", equalTo(false))
                .body("closureReason", equalTo("Young person asked to close: moving to live with family in Scotland"));

        // then the transition is closed with that reason, and the window opening later creates no task
        transitionOf(team, youngPersonId)
                .body("open", equalTo(false))
                .body("closedAt", notNullValue())
                .body("closureReason", equalTo("Young person asked to close: moving to live with family in Scotland"))
                .body("currentSteps", equalTo(List.of()));
        clock.travelTo(Birthdays.anniversary(born, 18).minusMonths(6));
        assertThat(openTasks(team, youngPersonId)).isEmpty();

        // and closing it again is a conflict
        requestClosure(team, youngPersonId, "Again")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/no-open-transition"));
    }

    @Test
    void shouldRemoveOpenTasksWhenClosureIsRequestedWhileTasksAreOpen() {
        // given a transition that has just opened, with its two first tasks open
        TeamFixture team = people.team();
        UUID youngPersonId = youngPersonInCareSince14(team, clock.today().minusYears(15).minusMonths(10), true);
        startTransition(team, youngPersonId);
        assertThat(openTasks(team, youngPersonId)).extracting(OpenTask::stepId).containsExactlyInAnyOrder(APPOINT_ADVISER, ASSESS_NEEDS);

        // when a closure comes without a reason, then it is refused and nothing changes
        requestClosure(team, youngPersonId, " ")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("reason"));
        transitionOf(team, youngPersonId).body("open", equalTo(true));

        // when the manager closes it at the young person's request
        requestClosure(team, youngPersonId, "Young person does not want leaving-care support").then().statusCode(200);

        // then the process has ended: the transition is closed with the reason and its tasks are gone
        transitionOf(team, youngPersonId)
                .body("open", equalTo(false))
                .body("closureReason", equalTo("Young person does not want leaving-care support"));
        assertThat(openTasks(team, youngPersonId)).isEmpty();
        given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPersonId).get("/api/tasks")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldOfferAdviserAppointmentToManagersAndAssessmentToSocialWorkerWhenTransitionOpens() {
        // given a young person with an allocated social worker
        TeamFixture team = people.team();
        UUID youngPersonId = youngPersonInCareSince14(team, clock.today().minusYears(15).minusMonths(10), true);

        // when their transition opens
        startTransition(team, youngPersonId);

        // then both branches of the opening work are there at once
        assertThat(stepsOf(team, youngPersonId)).containsExactlyInAnyOrder(APPOINT_ADVISER, ASSESS_NEEDS);
        OpenTask appoint = onlyTask(team, youngPersonId, APPOINT_ADVISER);
        assertThat(appoint.assignee()).isNull();
        assertThat(appoint.candidateGroups()).containsExactly("manager");
        assertThat(onlyTask(team, youngPersonId, ASSESS_NEEDS).assignee()).isEqualTo(team.worker().username());
        given().header("Authorization", team.managerToken()).queryParam("scope", "team").queryParam("youngPersonId", youngPersonId)
                .get("/api/tasks")
                .then().statusCode(200).body("items.stepId", equalTo(List.of(APPOINT_ADVISER)));

        // when the manager names someone who is not a member of staff
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("personalAdviserUsername", "nobody." + UUID.randomUUID())))
                .post("/api/tasks/{id}/completion", appoint.id())
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/unknown-staff"))
                .body("errors.field", equalTo(List.of("personalAdviserUsername")));

        // or names the IRO, who cannot be a personal adviser
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("personalAdviserUsername", team.iro().username())))
                .post("/api/tasks/{id}/completion", appoint.id())
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/wrong-role"))
                .body("errors.field", equalTo(List.of("personalAdviserUsername")));

        // then the task stays open and no adviser is allocated
        assertThat(onlyTask(team, youngPersonId, APPOINT_ADVISER).id()).isEqualTo(appoint.id());
        assertThat(allocationsOf(team, youngPersonId).getList("kind")).doesNotContain("PERSONAL_ADVISER");

        // when the manager appoints the team's adviser
        complete(team.managerToken(), appoint.id(), Map.of("personalAdviserUsername", team.adviser().username()));

        // then the adviser is allocated as personal adviser, by that manager, from today
        JsonPath allocations = allocationsOf(team, youngPersonId);
        assertThat(allocations.getString("find { it.kind == 'PERSONAL_ADVISER' }.staffUsername")).isEqualTo(team.adviser().username());
        assertThat(allocations.getString("find { it.kind == 'PERSONAL_ADVISER' }.allocatedBy")).isEqualTo(team.manager().username());
        assertThat(allocations.getString("find { it.kind == 'PERSONAL_ADVISER' }.startedOn")).isEqualTo(clock.today().toString());
        assertThat(allocations.getString("find { it.kind == 'PERSONAL_ADVISER' }.endedOn")).isNull();
        assertThat(stepsOf(team, youngPersonId)).containsExactly(ASSESS_NEEDS);
    }

    @Test
    void shouldDateEachTaskByItsRuleWhenTheTransitionOpensAt15y10m() {
        // given a young person of 15 years 10 months in foster care, in care since 14 (so eligible from the 16th birthday)
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        LocalDate sixteenth = Birthdays.anniversary(born, 16);
        LocalDate eighteenth = Birthdays.anniversary(born, 18);
        UUID youngPersonId = youngPersonInCareSince14(team, born, true);

        // when the transition opens and each task is done as it comes
        startTransition(team, youngPersonId);

        // then each task is due on the day its rule gives
        assertThat(onlyTask(team, youngPersonId, APPOINT_ADVISER).due()).isEqualTo(sixteenth);
        assertThat(onlyTask(team, youngPersonId, ASSESS_NEEDS).due()).isEqualTo(sixteenth.plusMonths(3));
        appointAdviserAndAssessNeeds(team, youngPersonId);
        assertThat(onlyTask(team, youngPersonId, WRITE_PLAN).due()).isEqualTo(sixteenth.plusMonths(3));
        writePathwayPlan(team, youngPersonId);
        assertThat(onlyTask(team, youngPersonId, DECIDE_STAYING_PUT).due()).isEqualTo(Birthdays.anniversary(born, 17));
        completeOnly(team, youngPersonId, DECIDE_STAYING_PUT, Map.of("stayingPutAgreed", true));
        assertThat(onlyTask(team, youngPersonId, APPROVE_STAYING_PUT).due()).isEqualTo(Birthdays.anniversary(born, 17).plusMonths(6));
        completeOnly(team, youngPersonId, APPROVE_STAYING_PUT, Map.of("stayingPutApproved", true, "approvalNote", "Agreed"));
        clock.travelTo(eighteenth.minusMonths(6));
        assertThat(onlyTask(team, youngPersonId, PREPARE_HEALTH_SUMMARY).due()).isEqualTo(eighteenth.minusDays(1));
        completeOnly(team, youngPersonId, PREPARE_HEALTH_SUMMARY, Map.of("healthSummaryIssuedOn", clock.today().toString()));
        clock.travelTo(eighteenth.minusMonths(1));
        assertThat(onlyTask(team, youngPersonId, TRANSFER).due()).isEqualTo(eighteenth);
        completeOnly(team, youngPersonId, TRANSFER, Map.of("transferSummary", "Handed over"));
        clock.travelTo(Birthdays.anniversary(born, 21).minusMonths(1));
        assertThat(onlyTask(team, youngPersonId, OFFER_SUPPORT).due()).isEqualTo(Birthdays.anniversary(born, 21));
    }

    @Test
    void shouldMarkTaskOverdueWhenTheClockPassesItsDueDay() {
        // given an open needs assessment, due 3 months after the 16th birthday
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        UUID youngPersonId = youngPersonInCareSince14(team, born, false);
        startTransition(team, youngPersonId);
        LocalDate due = Birthdays.anniversary(born, 16).plusMonths(3);
        assertThat(onlyTask(team, youngPersonId, ASSESS_NEEDS).due()).isEqualTo(due);

        // when the clock reaches the due day, then the task is not yet overdue
        clock.travelTo(due);
        assertThat(onlyTask(team, youngPersonId, ASSESS_NEEDS).overdue()).isFalse();

        // when the clock passes the due day, then it is overdue, and listed among the overdue tasks
        clock.travelTo(due.plusDays(1));
        assertThat(onlyTask(team, youngPersonId, ASSESS_NEEDS).overdue()).isTrue();
        // (among the transition's tasks: an eligible child also has looked-after reviews, which may fall due on the way)
        given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPersonId).queryParam("overdue", true)
                .queryParam("process", LeavingCareTransitionProcess.KEY)
                .get("/api/tasks")
                .then().statusCode(200).body("items.stepId", equalTo(List.of(ASSESS_NEEDS)));
    }

    @Test
    void shouldRefuseToCompleteWritePathwayPlanWhenNoPlanIsSavedAndCompleteItOnTheOnePlanOnceSaved() {
        // given a transition at "Write pathway plan", and no plan saved for the young person
        TeamFixture team = people.team();
        UUID youngPersonId = youngPersonInCareSince14(team, clock.today().minusYears(15).minusMonths(10), false);
        startTransition(team, youngPersonId);
        appointAdviserAndAssessNeeds(team, youngPersonId);
        OpenTask task = onlyTask(team, youngPersonId, WRITE_PLAN);

        // when the social worker completes the step without writing the plan
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("values", Map.of()))
                .post("/api/tasks/{id}/completion", task.id())
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/pathway-plan-not-written"))
                .body("detail", startsWith("Write the pathway plan first"));

        // then the step is still open and no plan was made
        assertThat(openTasks(team, youngPersonId)).extracting(OpenTask::stepId).contains(WRITE_PLAN);
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-plan", youngPersonId)
                .then().statusCode(404);

        // when they save the plan and complete the step
        savePlan(team, youngPersonId);
        complete(team.workerToken(), task.id(), Map.of());

        // then the step is done, and the plan on record is the one they saved: one plan, one version
        assertThat(openTasks(team, youngPersonId)).extracting(OpenTask::stepId).doesNotContain(WRITE_PLAN);
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-plan/versions", youngPersonId)
                .then().statusCode(200).body("version", equalTo(List.of(1)));
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-plan", youngPersonId)
                .then().statusCode(200).body("headings.contingencyPlan.text", equalTo("Supported lodgings if the placement ends"))
                .body("allowedActions", equalTo(List.of("SAVE_DRAFT")));
    }

    @Test
    void shouldRefuseASecondTransitionWhenOneIsOpenAndRefuseWorkersWhenStartingByHand() {
        // given a young person whose transition a manager has opened by hand
        TeamFixture team = people.team();
        UUID youngPersonId = youngPersonInCareSince14(team, clock.today().minusYears(15).minusMonths(10), false);
        given().header("Authorization", team.managerToken()).post("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(201)
                .body("open", equalTo(true))
                .body("startedBy", equalTo(team.manager().username()));

        // when a manager tries to open another, then it is a conflict
        given().header("Authorization", team.managerToken()).post("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/transition-already-open"));

        // when a worker tries to open one, then their role may not
        UUID another = youngPersonInCareSince14(team, clock.today().minusYears(15).minusMonths(10), false);
        given().header("Authorization", team.workerToken()).post("/api/young-people/{id}/transition", another)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/transition", another)
                .then().statusCode(404);
    }

    // --- the young person and their transition ---

    private UUID youngPersonInCareSince14(TeamFixture team, LocalDate born, boolean fosterPlacement) {
        return people.youngPerson(team, born, Birthdays.anniversary(born, 14), fosterPlacement);
    }

    private static void startTransition(TeamFixture team, UUID youngPersonId) {
        given().header("Authorization", team.managerToken()).post("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(201);
    }

    private static ValidatableResponse transitionOf(TeamFixture team, UUID youngPersonId) {
        return given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(200);
    }

    /** The ids of the steps the transition is at now (tasks and timers). */
    private static List<String> stepsOf(TeamFixture team, UUID youngPersonId) {
        return transitionOf(team, youngPersonId).extract().jsonPath().getList("currentSteps.id", String.class);
    }

    private static Response requestClosure(TeamFixture team, UUID youngPersonId, String reason) {
        return given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/young-people/{id}/transition/closure", youngPersonId);
    }

    private static JsonPath allocationsOf(TeamFixture team, UUID youngPersonId) {
        return given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/allocations", youngPersonId)
                .then().statusCode(200).extract().jsonPath();
    }

    // --- tasks ---

    /** The opening work: both branches that start the transition, up to the pathway plan. */
    private void completeOpeningWork(TeamFixture team, UUID youngPersonId) {
        appointAdviserAndAssessNeeds(team, youngPersonId);
        writePathwayPlan(team, youngPersonId);
    }

    private static void appointAdviserAndAssessNeeds(TeamFixture team, UUID youngPersonId) {
        completeOnly(team, youngPersonId, APPOINT_ADVISER, Map.of("personalAdviserUsername", team.adviser().username()));
        completeOnly(team, youngPersonId, ASSESS_NEEDS, Map.of("assessmentSummary", "Needs support with budgeting", "youngPersonConsulted", true));
    }

    /** The social worker writes the plan in the plan's editor (its API here), then completes the step, which has no form. */
    private void writePathwayPlan(TeamFixture team, UUID youngPersonId) {
        savePlan(team, youngPersonId);
        completeOnly(team, youngPersonId, WRITE_PLAN, Map.of());
    }

    private void savePlan(TeamFixture team, UUID youngPersonId) {
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(PathwayPlanFixtures.draft("College in September", PathwayPlanFixtures.heading("Supported lodgings if the placement ends",
                        List.of()), PathwayPlanFixtures.action("Visit supported lodgings", team.adviser().username(), clock.today().plusDays(14))))
                .put("/api/young-people/{id}/pathway-plan/draft", youngPersonId)
                .then().statusCode(200);
    }

    /** Completes the one open task of a step, as the person it is for: its assignee, or a member of the role it is offered to. */
    private static void completeOnly(TeamFixture team, UUID youngPersonId, String stepId, Map<String, Object> values) {
        OpenTask task = onlyTask(team, youngPersonId, stepId);
        complete(tokenFor(team, task), task.id(), values);
    }

    private static void complete(String token, String taskId, Map<String, Object> values) {
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", taskId)
                .then().statusCode(204);
    }

    private static String tokenFor(TeamFixture team, OpenTask task) {
        if (task.assignee() == null) {
            return task.candidateGroups().contains("manager") ? team.managerToken() : team.workerToken();
        }
        if (task.assignee().equals(team.worker().username())) {
            return team.workerToken();
        }
        if (task.assignee().equals(team.adviser().username())) {
            return team.adviserToken();
        }
        throw new AssertionError("Task " + task.stepId() + " is assigned to " + task.assignee() + ", who is not of the team");
    }

    private static OpenTask onlyTask(TeamFixture team, UUID youngPersonId, String stepId) {
        List<OpenTask> tasks = openTasks(team, youngPersonId).stream().filter(task -> task.stepId().equals(stepId)).toList();
        assertThat(tasks).as("open tasks of step %s", stepId).hasSize(1);
        return tasks.get(0);
    }

    /**
     * The young person's open transition tasks, as their team's manager sees them (an eligible child's pathway reviews, which
     * the nightly check starts as the clock moves on, are not part of this process).
     */
    private static List<OpenTask> openTasks(TeamFixture team, UUID youngPersonId) {
        List<Map<String, Object>> items = given().header("Authorization", team.managerToken()).queryParam("youngPersonId", youngPersonId)
                .queryParam("process", LeavingCareTransitionProcess.KEY)
                .get("/api/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(OpenTask::of).toList();
    }

    /** The parts of a tasklist row these tests look at. */
    private record OpenTask(String id, String stepId, String assignee, List<String> candidateGroups, LocalDate due, boolean overdue) {

        @SuppressWarnings("unchecked")
        static OpenTask of(Map<String, Object> row) {
            return new OpenTask((String) row.get("id"), (String) row.get("stepId"), (String) row.get("assignee"),
                    (List<String>) row.get("candidateGroups"), row.get("due") == null ? null : LocalDate.parse((String) row.get("due")),
                    (Boolean) row.get("overdue"));
        }
    }
}
