package app.waypoint.pathwayreviews.process;

import static app.waypoint.pathwayreviews.domain.plan.PathwayPlanFixtures.action;
import static app.waypoint.pathwayreviews.domain.plan.PathwayPlanFixtures.draft;
import static app.waypoint.pathwayreviews.domain.plan.PathwayPlanFixtures.heading;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code bpmn/pathway-review.bpmn} (council accommodation or not; an eligible child's review chaired by the IRO,
 * anyone else's by a manager), its triggers, and the nightly 6-month check, driven through the REST API with the test clock.
 */
@QuarkusTest
class PathwayReviewProcessTest {

    private static final String SCHEDULE = PathwayReviewProcess.TASK_SCHEDULE_REVIEW;
    private static final String VISIT = PathwayReviewProcess.TASK_VISIT_BEFORE_REVIEW;
    private static final String VIEWS = PathwayReviewProcess.TASK_RECORD_VIEWS;
    private static final String HOLD = PathwayReviewProcess.TASK_HOLD_REVIEW;
    private static final String UPDATE_PLAN = PathwayReviewProcess.TASK_UPDATE_PLAN;
    private static final String SIGN_OFF = PathwayReviewProcess.TASK_SIGN_OFF_PLAN;
    private static final String GIVE_COPY = PathwayReviewProcess.TASK_GIVE_COPY;
    private static final String SHARE = PathwayReviewProcess.TASK_SHARE_REVIEW_RECORD;

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;
    @Inject
    RuntimeService runtime;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldVisitBeforeAManagerChairsWhenTheCouncilProvidesTheAccommodationOfAFormerRelevantYoungPerson() {
        // given a young person of 19 who left care at 18, with a social worker and no personal adviser
        TeamFixture team = people.team();
        UUID youngPersonId = careLeaverOf19(team);

        // when the young person asks for a review
        Response requested = request(team.workerToken(), youngPersonId, "REQUEST_BY_YOUNG_PERSON", "Wants to talk about college");

        // then a review starts, due 28 working days from today, and the social worker is to schedule it 10 working days before
        LocalDate reviewDue = calendar.plusWorkingDays(clock.today(), 28);
        requested.then().statusCode(201)
                .body("open", equalTo(true))
                .body("dueOn", equalTo(reviewDue.toString()))
                .body("triggers.kind", equalTo(List.of("REQUEST_BY_YOUNG_PERSON")))
                .body("currentSteps.id", equalTo(List.of(SCHEDULE)));
        OpenTask schedule = onlyTask(team, youngPersonId, SCHEDULE);
        assertThat(schedule.assignee()).isEqualTo(team.worker().username());
        assertThat(schedule.due()).isEqualTo(calendar.minusWorkingDays(reviewDue, 10));

        // when the worker schedules it, saying the council provides the accommodation
        LocalDate reviewDate = calendar.plusWorkingDays(clock.today(), 15);
        complete(team.workerToken(), schedule.id(), Map.of("councilProvidesAccommodation", true, "reviewDate", reviewDate.toString()));

        // then a pre-review visit is due on the review date, before the young person's views are recorded
        assertThat(stepsOf(team, youngPersonId)).containsExactly(VISIT);
        assertThat(onlyTask(team, youngPersonId, VISIT).due()).isEqualTo(reviewDate);
        completeOnly(team, youngPersonId, VISIT, Map.of("visitedOn", clock.today().toString()));
        completeOnly(team, youngPersonId, VIEWS, Map.of("views", "I want to stay near my college and my sister."));

        // and the review is offered to the team's managers (not an eligible child), due on the review date
        OpenTask hold = onlyTask(team, youngPersonId, HOLD);
        assertThat(hold.assignee()).isNull();
        assertThat(hold.candidateGroups()).containsExactly("manager");
        assertThat(hold.due()).isEqualTo(reviewDate);
        LocalDate heldOn = clock.today();
        complete(team.managerToken(), hold.id(), Map.of("heldOn", heldOn.toString()));

        // then the manager who held it is to share the review record, beside the plan's update
        assertThat(onlyTask(team, youngPersonId, SHARE).assignee()).isEqualTo(team.manager().username());

        // when the worker says the plan is updated without having saved a draft, then it is refused and the task stays
        OpenTask update = onlyTask(team, youngPersonId, UPDATE_PLAN);
        completion(team.workerToken(), update.id(), Map.of())
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/no-draft-pathway-plan"));
        assertThat(onlyTask(team, youngPersonId, UPDATE_PLAN).id()).isEqualTo(update.id());

        // when a draft is saved with an empty contingency plan and the plan step completed
        saveDraft(team, youngPersonId, "");
        complete(team.workerToken(), update.id(), Map.of());

        // then sign-off is due 5 working days after the review, and refused while the contingency plan is empty
        OpenTask signOff = onlyTask(team, youngPersonId, SIGN_OFF);
        assertThat(signOff.due()).isEqualTo(calendar.plusWorkingDays(heldOn, 5));
        completion(team.managerToken(), signOff.id(), Map.of("oversightNote", "Plan is realistic"))
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/pathway-plan-not-ready"))
                .body("errors.field", hasItem("headings.contingencyPlan"));
        assertThat(onlyTask(team, youngPersonId, SIGN_OFF).id()).isEqualTo(signOff.id());
        plan(team, youngPersonId).body("status", equalTo("DRAFT"));

        // and without an oversight note the form itself is refused
        completion(team.managerToken(), signOff.id(), Map.of()).then().statusCode(400).body("errors.field", hasItem("oversightNote"));

        // when the contingency plan is written and the manager signs off
        saveDraft(team, youngPersonId, "Supported lodgings if the tenancy fails");
        complete(team.managerToken(), signOff.id(), Map.of("oversightNote", "Plan is realistic"));
        plan(team, youngPersonId)
                .body("status", equalTo("SIGNED_OFF"))
                .body("signedOffBy", equalTo(team.manager().username()))
                .body("oversightNote", equalTo("Plan is realistic"));

        // and the plan's open action has become a task for its owner, due on its due date
        OpenTask action = onlyTask(team, youngPersonId, PlanActionProcess.TASK_COMPLETE_ACTION);
        assertThat(action.assignee()).isEqualTo(team.worker().username());
        assertThat(action.due()).isEqualTo(clock.today().plusMonths(1));

        // and the worker gives the young person a copy
        completeOnly(team, youngPersonId, GIVE_COPY, Map.of("copyGivenOn", clock.today().toString()));

        // then the copy is recorded on the plan and the review is closed with the day it was held
        plan(team, youngPersonId).body("copyGivenOn", equalTo(clock.today().toString()));
        JsonPath reviews = reviewsOf(team, youngPersonId);
        assertThat(reviews.getList("open")).containsExactly(false);
        assertThat(reviews.getString("[0].heldOn")).isEqualTo(heldOn.toString());
        assertThat(reviews.getList("[0].currentSteps")).isEmpty();
        assertThat(openTasks(team, youngPersonId)).extracting(OpenTask::stepId)
                .containsExactlyInAnyOrder(PlanActionProcess.TASK_COMPLETE_ACTION, SHARE);

        // when the young person asks for the next review while the action is still open
        JsonPath next = request(team.workerToken(), youngPersonId, "REQUEST_BY_YOUNG_PERSON", "Moving sooner than planned")
                .then().statusCode(201).extract().jsonPath();

        // then its agenda opens with that action, then the reason for the review, then the ten headings
        assertThat(next.getString("agenda[0].kind")).isEqualTo("CARRIED_ACTION");
        assertThat(next.getString("agenda[0].action.description")).isEqualTo("Apply for the housing register");
        assertThat(next.getString("agenda[0].action.owner")).isEqualTo(team.worker().username());
        assertThat(next.getString("agenda[1].kind")).isEqualTo("TRIGGER");
        assertThat(next.getList("agenda.kind").stream().filter("HEADING"::equals)).hasSize(10);

        // and the action's owner completes its task with what was done
        complete(team.workerToken(), action.id(), Map.of("actionOutcome", "Applied; band C"));
        assertThat(openTasks(team, youngPersonId)).extracting(OpenTask::stepId).containsExactlyInAnyOrder(SHARE, SCHEDULE);

        // and the last review's record, shared while the next review runs, is kept on the last review
        complete(team.managerToken(), onlyTask(team, youngPersonId, SHARE).id(), Map.of("sharedOn", clock.today().toString(),
                "sharedWithYoungPerson", true, "sharedWithAdviser", false, "sharedWithManager", false));
        assertThat(reviewsOf(team, youngPersonId).getString("find { !it.open }.recordSharedOn")).isEqualTo(clock.today().toString());
        assertThat(openTasks(team, youngPersonId)).extracting(OpenTask::stepId).containsExactly(SCHEDULE);
    }

    @Test
    void shouldSkipTheVisitAndHaveTheIroChairWhenAnEligibleChildLivesInAccommodationNotProvidedByTheCouncil() {
        // given an eligible child (16½, in care since 14) whose IRO is allocated
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(16).minusMonths(6);
        UUID youngPersonId = people.youngPerson(team, born, Birthdays.anniversary(born, 14), true);

        // when the IRO asks for a review on the adviser's behalf and the worker schedules it, the council not providing the home
        request(team.iroToken(), youngPersonId, "REQUEST_BY_ADVISER", null).then().statusCode(201);
        LocalDate reviewDate = calendar.plusWorkingDays(clock.today(), 15);
        completeOnly(team, youngPersonId, SCHEDULE, Map.of("councilProvidesAccommodation", false, "reviewDate", reviewDate.toString()));

        // then there is no pre-review visit: the young person's views come next
        assertThat(stepsOf(team, youngPersonId)).containsExactly(VIEWS);
        completeOnly(team, youngPersonId, VIEWS, Map.of("views", "Happy with my carers."));

        // and the IRO chairs the review
        OpenTask hold = onlyTask(team, youngPersonId, HOLD);
        assertThat(hold.assignee()).isEqualTo(team.iro().username());
        complete(team.iroToken(), hold.id(), Map.of("heldOn", clock.today().toString()));

        // and the rest of the review runs to its end
        saveDraft(team, youngPersonId, "Emergency foster placement with the same carers' family");
        completeOnly(team, youngPersonId, UPDATE_PLAN, Map.of());
        completeOnly(team, youngPersonId, SIGN_OFF, Map.of("oversightNote", "Agreed"));
        completeOnly(team, youngPersonId, GIVE_COPY, Map.of("copyGivenOn", clock.today().toString()));
        assertThat(reviewsOf(team, youngPersonId).getList("open")).containsExactly(false);
    }

    @Test
    void shouldHaveTheChairShareTheReviewRecordWithin10WorkingDaysEscalatingWhenLateAndEndTheReviewOnceShared() {
        // given an eligible child's review, held by their IRO today
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(16).minusMonths(6);
        UUID youngPersonId = people.youngPerson(team, born, Birthdays.anniversary(born, 14), true);
        String reviewId = request(team.workerToken(), youngPersonId, "REQUEST_BY_ADVISER", null).then().statusCode(201).extract()
                .path("id");
        completeOnly(team, youngPersonId, SCHEDULE, Map.of("councilProvidesAccommodation", false,
                "reviewDate", calendar.plusWorkingDays(clock.today(), 15).toString()));
        completeOnly(team, youngPersonId, VIEWS, Map.of("views", "Happy with my carers."));
        LocalDate heldOn = clock.today();
        completeOnly(team, youngPersonId, HOLD, Map.of("heldOn", heldOn.toString()));

        // then the IRO, who chaired it, is to share the review record within 10 working days, with the distribution list named
        OpenTask share = onlyTask(team, youngPersonId, SHARE);
        LocalDate due = calendar.plusWorkingDays(heldOn, 10);
        assertThat(share.assignee()).isEqualTo(team.iro().username());
        assertThat(share.due()).isEqualTo(due);
        JsonPath form = given().header("Authorization", team.iroToken()).get("/api/tasks/{id}", share.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(form.getString("form.find { it.id == 'sharedWithManager' }.label")).contains(team.manager().displayName());
        assertThat(form.getString("form.find { it.id == 'sharedWithAdviser' }.label")).contains("no personal adviser allocated");

        // and the plan's update and sign-off do not wait for it: the review closes with the copy given, the share still open
        saveDraft(team, youngPersonId, "Emergency foster placement with the same carers' family");
        completeOnly(team, youngPersonId, UPDATE_PLAN, Map.of());
        completeOnly(team, youngPersonId, SIGN_OFF, Map.of("oversightNote", "Agreed"));
        completeOnly(team, youngPersonId, GIVE_COPY, Map.of("copyGivenOn", clock.today().toString()));
        assertThat(reviewsOf(team, youngPersonId).getList("open")).containsExactly(false);
        assertThat(openTasks(team, youngPersonId)).extracting(OpenTask::stepId).contains(SHARE);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PathwayReviewProcess.KEY)
                .variableValueEquals(PathwayReviewProcess.VAR_REVIEW_ID, reviewId).count()).isEqualTo(1);

        // when the share is still not done the working day after it was due, then it is escalated to the team manager
        clock.travelTo(calendar.plusWorkingDays(due, 1));
        assertThat(given().header("Authorization", team.managerToken()).queryParam("taskId", share.id()).queryParam("state", "any")
                .get("/api/escalations").then().statusCode(200).extract().jsonPath().getList("items.stage")).contains("TEAM_MANAGER");

        // when the IRO shares it with the young person and the manager
        complete(team.iroToken(), share.id(), Map.of("sharedOn", clock.today().toString(), "sharedWithYoungPerson", true,
                "sharedWithAdviser", false, "sharedWithManager", true));

        // then the review keeps the day, with whom and by whom, and the review's process has ended
        JsonPath reviews = reviewsOf(team, youngPersonId);
        assertThat(reviews.getString("[0].recordSharedOn")).isEqualTo(clock.today().toString());
        assertThat(reviews.getString("[0].recordSharedWith")).contains("(young person)").contains(team.manager().displayName())
                .doesNotContain("personal adviser");
        assertThat(reviews.getString("[0].recordSharedBy")).isEqualTo(team.iro().username());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PathwayReviewProcess.KEY)
                .variableValueEquals(PathwayReviewProcess.VAR_REVIEW_ID, reviewId).count()).isZero();
    }

    @Test
    void shouldStartOneReviewDue28WorkingDaysAfterASignificantChangeAndRecordTheNextChangeOnIt() {
        // given a young person whose plan was last reviewed and signed off 2 months before a move in December
        TeamFixture team = people.team();
        UUID youngPersonId = careLeaverOf19(team);
        LocalDate movedOn = LocalDate.of(clock.today().getYear() + 1, 12, 1);
        clock.travelTo(movedOn.minusMonths(2));
        saveDraft(team, youngPersonId, "Back to supported lodgings");
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("oversightNote", "Fine"))
                .post("/api/young-people/{id}/pathway-plan/sign-off", youngPersonId).then().statusCode(200);
        clock.travelTo(movedOn);

        // when the worker records the move
        Response moved = significantChange(team.workerToken(), youngPersonId, "MOVE", movedOn, "Moved to a new flat");

        // then a review starts, due 28 working days after the move with the Christmas bank holidays skipped
        LocalDate reviewDue = calendar.plusWorkingDays(movedOn, 28);
        assertThat(reviewDue).isAfter(weekdaysAfter(movedOn, 28));
        moved.then().statusCode(201)
                .body("dueOn", equalTo(reviewDue.toString()))
                .body("triggers.kind", equalTo(List.of("SIGNIFICANT_CHANGE")))
                .body("triggers[0].changeKind", equalTo("MOVE"))
                .body("triggers[0].occurredOn", equalTo(movedOn.toString()));
        String reviewId = moved.then().extract().path("id");

        // and its first step is due 10 working days before the review is due
        assertThat(onlyTask(team, youngPersonId, SCHEDULE).due()).isEqualTo(calendar.minusWorkingDays(reviewDue, 10));

        // when a second change comes while the review is open
        significantChange(team.managerToken(), youngPersonId, "MISSING", movedOn, "Missing overnight")
                .then().statusCode(200)
                .body("id", equalTo(reviewId))
                .body("triggers.changeKind", equalTo(List.of("MOVE", "MISSING")))
                .body("triggers.startedReview", equalTo(List.of(true, false)));

        // then no second review starts: the one open review lists both changes and still waits at its first step
        JsonPath reviews = reviewsOf(team, youngPersonId);
        assertThat(reviews.getList("id")).containsExactly(reviewId);
        assertThat(reviews.getList("[0].currentSteps.id")).containsExactly(SCHEDULE);
        assertThat(openTasks(team, youngPersonId)).extracting(OpenTask::stepId).containsOnlyOnce(SCHEDULE);

        // and a request is recorded on it too, while a change dated in the future is refused
        request(team.workerToken(), youngPersonId, "REQUEST_BY_YOUNG_PERSON", "Wants it soon").then().statusCode(200)
                .body("id", equalTo(reviewId));
        significantChange(team.workerToken(), youngPersonId, "CUSTODY", movedOn.plusDays(1), null)
                .then().statusCode(422).body("errors.field", equalTo(List.of("occurredOn")));
    }

    @Test
    void shouldStartAReviewByItselfAsTheSixMonthsSinceTheLastSignOffRunOut() {
        // given a young person whose plan was signed off today, with nothing else happening
        TeamFixture team = people.team();
        UUID youngPersonId = careLeaverOf19(team);
        saveDraft(team, youngPersonId, "Stay with a friend's family");
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("oversightNote", "Fine"))
                .post("/api/young-people/{id}/pathway-plan/sign-off", youngPersonId).then().statusCode(200);
        LocalDate sixMonths = calendar.plusMonths(clock.today(), 6);
        LocalDate startsOn = firstDayWithin10WorkingDaysOf(sixMonths);

        // when the nights pass until the day before the review is 10 working days away, then no review has started
        clock.travelToWithNightlyScans(startsOn.minusDays(1));
        assertThat(reviewsOf(team, youngPersonId).getList("id")).isEmpty();

        // when the next night passes
        clock.travelToWithNightlyScans(startsOn);

        // then a review has started by itself, due 6 months after the sign-off, with the worker to schedule it
        JsonPath reviews = reviewsOf(team, youngPersonId);
        assertThat(reviews.getList("id")).hasSize(1);
        assertThat(reviews.getString("[0].dueOn")).isEqualTo(sixMonths.toString());
        assertThat(reviews.getList("[0].triggers.kind")).containsExactly("SIX_MONTHLY");
        assertThat(reviews.getString("[0].startedBy")).isEqualTo("pathway-review-scan");
        assertThat(onlyTask(team, youngPersonId, SCHEDULE).assignee()).isEqualTo(team.worker().username());

        // and the next night starts no second one
        clock.travelToWithNightlyScans(startsOn.plusDays(1));
        assertThat(reviewsOf(team, youngPersonId).getList("id")).hasSize(1);
    }

    @Test
    void shouldStartEveryReviewDueOnTheSameNightOnceEachAndLeaveAnOpenReviewAsItIs() {
        // given three young people whose plans were signed off today (more than a scan's batch, 2 in tests), and a fourth
        // whose plan was too but who has asked for a review since
        TeamFixture team = people.team();
        List<UUID> signedOff = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID youngPersonId = careLeaverOf19(team);
            saveDraft(team, youngPersonId, "Stay with a friend's family");
            given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("oversightNote", "Fine"))
                    .post("/api/young-people/{id}/pathway-plan/sign-off", youngPersonId).then().statusCode(200);
            signedOff.add(youngPersonId);
        }
        UUID asked = signedOff.get(3);
        String requested = request(team.workerToken(), asked, "REQUEST_BY_YOUNG_PERSON", "Wants to talk about college").then().statusCode(201)
                .extract().path("id");

        // when the night comes on which their six-monthly reviews are 10 working days away
        LocalDate sixMonths = calendar.plusMonths(clock.today(), 6);
        clock.travelToWithNightlyScans(firstDayWithin10WorkingDaysOf(sixMonths));

        // then each of the three has one review, started by the scan and due six months after the sign-off
        for (UUID youngPersonId : signedOff.subList(0, 3)) {
            JsonPath reviews = reviewsOf(team, youngPersonId);
            assertThat(reviews.getList("id")).hasSize(1);
            assertThat(reviews.getString("[0].startedBy")).isEqualTo("pathway-review-scan");
            assertThat(reviews.getString("[0].dueOn")).isEqualTo(sixMonths.toString());
        }
        // and the fourth still has only the review asked for, with no trigger from the scan
        JsonPath theirs = reviewsOf(team, asked);
        assertThat(theirs.getList("id")).containsExactly(requested);
        assertThat(theirs.getList("[0].triggers.kind")).containsExactly("REQUEST_BY_YOUNG_PERSON");
    }

    @Test
    void shouldReviewAnEligibleChildOnTheLookedAfterTimetable20WorkingDaysAfterComingIntoCareThen3MonthsThen6Months() {
        // given a child of 16½, eligible from a stay in care at 14, who comes back into care today and is recorded today
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(16).minusMonths(6);
        LocalDate cameIntoCare = clock.today();
        UUID youngPersonId = people.youngPerson(team, born, true, List.of(
                new CareEpisodeInput(Birthdays.anniversary(born, 14), Birthdays.anniversary(born, 14).plusMonths(6), LegalBasis.CARE_ORDER),
                new CareEpisodeInput(cameIntoCare, null, LegalBasis.SECTION_20)));

        // then the first review starts by itself 10 working days before it is due, 20 working days after coming into care
        LocalDate firstDue = calendar.plusWorkingDays(cameIntoCare, 20);
        LocalDate heldFirst = expectTimetabledReview(team, youngPersonId, firstDue);

        // and the second, 3 months after the first was held
        LocalDate heldSecond = expectTimetabledReview(team, youngPersonId, calendar.plusMonths(heldFirst, 3));

        // and the third, 6 months after the second
        expectTimetabledReview(team, youngPersonId, calendar.plusMonths(heldSecond, 6));
    }

    /**
     * Moves the nights on until the timetabled review due on {@code due} should start, checks it starts then and not the night
     * before, and holds it with the IRO in the chair; returns the day it was held.
     */
    private LocalDate expectTimetabledReview(TeamFixture team, UUID youngPersonId, LocalDate due) {
        LocalDate startsOn = firstDayWithin10WorkingDaysOf(due);
        clock.travelToWithNightlyScans(startsOn.minusDays(1));
        assertThat(reviewsOf(team, youngPersonId).getList("open")).doesNotContain(true);
        clock.travelToWithNightlyScans(startsOn);
        JsonPath reviews = reviewsOf(team, youngPersonId);
        assertThat(reviews.getBoolean("[0].open")).isTrue();
        assertThat(reviews.getString("[0].dueOn")).isEqualTo(due.toString());
        assertThat(reviews.getList("[0].triggers.kind")).containsExactly("LOOKED_AFTER_TIMETABLE");

        completeOnly(team, youngPersonId, SCHEDULE, Map.of("councilProvidesAccommodation", false, "reviewDate", due.toString()));
        completeOnly(team, youngPersonId, VIEWS, Map.of("views", "Fine where I am."));
        clock.travelTo(due);
        OpenTask hold = onlyTask(team, youngPersonId, HOLD);
        assertThat(hold.assignee()).isEqualTo(team.iro().username());
        complete(team.iroToken(), hold.id(), Map.of("heldOn", due.toString()));
        saveDraft(team, youngPersonId, "Back to the same foster carers");
        completeOnly(team, youngPersonId, UPDATE_PLAN, Map.of());
        completeOnly(team, youngPersonId, SIGN_OFF, Map.of("oversightNote", "Agreed"));
        completeOnly(team, youngPersonId, GIVE_COPY, Map.of("copyGivenOn", clock.today().toString()));
        return due;
    }

    @Test
    void shouldRefuseAnIroRecordingASignificantChangeAndHideReviewsFromStaffWhoMayNotSeeTheYoungPerson() {
        // given a young person of one team and the manager of another
        TeamFixture team = people.team();
        TeamFixture other = people.team();
        UUID youngPersonId = careLeaverOf19(team);

        // then the IRO may not record a significant change, and the other team may neither trigger nor read
        significantChange(team.iroToken(), youngPersonId, "MOVE", clock.today(), null).then().statusCode(403);
        request(other.managerToken(), youngPersonId, "REQUEST_BY_YOUNG_PERSON", null).then().statusCode(404);
        given().header("Authorization", other.managerToken()).get("/api/young-people/{id}/pathway-reviews", youngPersonId)
                .then().statusCode(404);
        assertThat(reviewsOf(team, youngPersonId).getList("id")).isEmpty();
    }

    // --- the young person, their plan and their reviews ---

    private UUID careLeaverOf19(TeamFixture team) {
        LocalDate born = clock.today().minusYears(19);
        return people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 14),
                Birthdays.anniversary(born, 18), LegalBasis.CARE_ORDER)));
    }

    private void saveDraft(TeamFixture team, UUID youngPersonId, String contingencyPlan) {
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(draft("I want my own flat", heading(contingencyPlan, List.of()),
                        action("Apply for the housing register", team.worker().username(), clock.today().plusMonths(1))))
                .put("/api/young-people/{id}/pathway-plan/draft", youngPersonId)
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse plan(TeamFixture team, UUID youngPersonId) {
        return given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/pathway-plan", youngPersonId)
                .then().statusCode(200);
    }

    private static Response request(String token, UUID youngPersonId, String reason, String note) {
        Map<String, Object> body = note == null ? Map.of("reason", reason) : Map.of("reason", reason, "note", note);
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/young-people/{id}/pathway-reviews", youngPersonId);
    }

    private static Response significantChange(String token, UUID youngPersonId, String kind, LocalDate occurredOn, String detail) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "occurredOn", occurredOn.toString()));
        if (detail != null) {
            body.put("detail", detail);
        }
        if (kind.equals("MOVE")) {
            // a move records the new accommodation
            body.put("accommodation", Map.of("category", "U", "addressOrProvider", "Flat in Northgate", "startDate", occurredOn.toString(),
                    "suitable", true, "judgedBy", "Wes Worker"));
        }
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/young-people/{id}/significant-changes", youngPersonId);
    }

    private static JsonPath reviewsOf(TeamFixture team, UUID youngPersonId) {
        return given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/pathway-reviews", youngPersonId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The steps the young person's open review is at now. */
    private static List<String> stepsOf(TeamFixture team, UUID youngPersonId) {
        return reviewsOf(team, youngPersonId).getList("find { it.open }.currentSteps.id", String.class);
    }

    /** The first day from which {@code day} is no more than 10 working days ahead. */
    private LocalDate firstDayWithin10WorkingDaysOf(LocalDate day) {
        LocalDate first = day;
        while (!calendar.plusWorkingDays(first.minusDays(1), 10).isBefore(day)) {
            first = first.minusDays(1);
        }
        return first;
    }

    /** The day {@code days} weekdays after {@code from}, ignoring bank holidays. */
    private static LocalDate weekdaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    // --- tasks ---

    private static void completeOnly(TeamFixture team, UUID youngPersonId, String stepId, Map<String, Object> values) {
        OpenTask task = onlyTask(team, youngPersonId, stepId);
        complete(tokenFor(team, task), task.id(), values);
    }

    private static void complete(String token, String taskId, Map<String, Object> values) {
        completion(token, taskId, values).then().statusCode(204);
    }

    private static Response completion(String token, String taskId, Map<String, Object> values) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", taskId);
    }

    private static String tokenFor(TeamFixture team, OpenTask task) {
        if (task.assignee() == null) {
            return task.candidateGroups().contains("manager") ? team.managerToken() : team.workerToken();
        }
        if (task.assignee().equals(team.worker().username())) {
            return team.workerToken();
        }
        if (task.assignee().equals(team.iro().username())) {
            return team.iroToken();
        }
        throw new AssertionError("Task " + task.stepId() + " is assigned to " + task.assignee() + ", who is not expected");
    }

    private static OpenTask onlyTask(TeamFixture team, UUID youngPersonId, String stepId) {
        List<OpenTask> tasks = openTasks(team, youngPersonId).stream().filter(task -> task.stepId().equals(stepId)).toList();
        assertThat(tasks).as("open tasks of step %s", stepId).hasSize(1);
        return tasks.get(0);
    }

    private static List<OpenTask> openTasks(TeamFixture team, UUID youngPersonId) {
        List<Map<String, Object>> items = given().header("Authorization", team.managerToken()).queryParam("youngPersonId", youngPersonId)
                .get("/api/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(OpenTask::of).toList();
    }

    private record OpenTask(String id, String stepId, String assignee, List<String> candidateGroups, LocalDate due) {

        @SuppressWarnings("unchecked")
        static OpenTask of(Map<String, Object> row) {
            return new OpenTask((String) row.get("id"), (String) row.get("stepId"), (String) row.get("assignee"),
                    (List<String>) row.get("candidateGroups"), row.get("due") == null ? null : LocalDate.parse((String) row.get("due")));
        }
    }
}
