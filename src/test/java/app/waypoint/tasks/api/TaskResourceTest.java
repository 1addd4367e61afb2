package app.waypoint.tasks.api;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tasklist over HTTP, on real leaving-care transitions: each transition opens with "Appoint personal adviser" (offered to
 * the team's managers) and "Assess needs" (assigned to the allocated social worker, or offered to the team's workers).
 */
@QuarkusTest
class TaskResourceTest {

    private static final String TASKS = "/api/tasks";
    private static final String PROCESS = "LeavingCareTransitionProcess";
    private static final String APPOINT_ADVISER = "Task_AppointPersonalAdviser";
    private static final String ASSESS_NEEDS = "Task_AssessNeeds";
    private static final String WRITE_PLAN = "Task_WritePathwayPlan";
    private static final Map<String, Object> ASSESSMENT =
            Map.of("assessmentSummary", "Needs help with budgeting", "youngPersonConsulted", true);

    private static ExecutorService racers;
    private static ExecutorService stragglers;

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @BeforeAll
    static void startRacers() {
        racers = Executors.newFixedThreadPool(2);
        stragglers = Executors.newFixedThreadPool(5);
    }

    @AfterAll
    static void stopRacers() {
        racers.shutdownNow();
        stragglers.shutdownNow();
    }

    // --- what the list shows, and to whom --------------------------------------------------------------------------------

    @Test
    void shouldListOnlyTasksAssignedToCallerWithYoungPersonProcessAndDueDateWhenScopeIsMine() {
        // given a young person of 16 years 10 months with an allocated social worker, whose transition opened late
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(16).minusMonths(10);
        UUID youngPersonId = people.youngPerson(team, born, clock.today().minusYears(3), false);
        startTransition(team, youngPersonId);

        // when the social worker, the manager and another worker list their own tasks
        JsonPath worker = list(team.workerToken(), Map.of("scope", "mine"));
        JsonPath manager = list(team.managerToken(), Map.of("scope", "mine"));
        JsonPath otherWorker = list(team.adviserToken(), Map.of("scope", "mine"));

        // then only the social worker has one: the needs assessment, already overdue, with the young person and the process
        assertThat(worker.getLong("total")).isEqualTo(1);
        assertThat(worker.getString("items[0].stepId")).isEqualTo(ASSESS_NEEDS);
        assertThat(worker.getString("items[0].step")).isEqualTo("Assess needs");
        assertThat(worker.getString("items[0].processKey")).isEqualTo(PROCESS);
        assertThat(worker.getString("items[0].processName")).isEqualTo("Leaving-care transition");
        assertThat(worker.getString("items[0].youngPersonId")).isEqualTo(youngPersonId.toString());
        assertThat(worker.getString("items[0].youngPersonName")).startsWith("Alex Test");
        assertThat(worker.getString("items[0].assignee")).isEqualTo(team.worker().username());
        assertThat(worker.getString("items[0].due")).isEqualTo(born.plusYears(16).plusMonths(3).toString());
        assertThat(worker.getBoolean("items[0].overdue")).isTrue();
        assertThat(manager.getLong("total")).isZero();
        assertThat(otherWorker.getLong("total")).isZero();
    }

    @Test
    void shouldOfferUnassignedTasksToTheTeamRoleTheyAreForWhenScopeIsTeam() {
        // given a young person recorded with no allocations at all, whose transition is open
        TeamFixture team = people.team();
        TeamFixture otherTeam = people.team();
        String youngPersonId = recordedWithoutAllocations(team, clock.today().minusYears(15).minusMonths(10));
        startTransition(team, UUID.fromString(youngPersonId));

        // when the team's worker and manager, and the other team's worker and manager, list what is offered to their team
        JsonPath worker = list(team.workerToken(), Map.of("scope", "team"));
        JsonPath manager = list(team.managerToken(), Map.of("scope", "team"));
        JsonPath otherWorker = list(otherTeam.workerToken(), Map.of("scope", "team"));
        JsonPath otherManager = list(otherTeam.managerToken(), Map.of("scope", "team"));
        JsonPath workerAll = list(team.workerToken(), Map.of("scope", "all"));

        // then the team's workers are offered the needs assessment (also under scope=all), the managers both tasks, the other team nothing
        assertThat(worker.getList("items.stepId", String.class)).containsExactly(ASSESS_NEEDS);
        assertThat(worker.getList("items.assignee", String.class)).containsOnlyNulls();
        assertThat(worker.getList("items[0].candidateGroups", String.class)).containsExactly("worker");
        assertThat(manager.getList("items.stepId", String.class)).containsExactlyInAnyOrder(ASSESS_NEEDS, APPOINT_ADVISER);
        assertThat(manager.getList("items.find { it.stepId == '" + APPOINT_ADVISER + "' }.candidateGroups", String.class))
                .containsExactly("manager");
        assertThat(otherWorker.getLong("total")).isZero();
        assertThat(otherManager.getLong("total")).isZero();
        assertThat(workerAll.getList("items.stepId", String.class)).containsExactly(ASSESS_NEEDS);

        // and the other team cannot read the tasks either; a worker cannot read the managers' task
        String assessNeeds = manager.getString("items.find { it.stepId == '" + ASSESS_NEEDS + "' }.id");
        String appointAdviser = manager.getString("items.find { it.stepId == '" + APPOINT_ADVISER + "' }.id");
        as(otherTeam.workerToken()).get(TASKS + "/{id}", assessNeeds).then().spec(problem(404, "task-not-found"));
        as(otherTeam.managerToken()).get(TASKS + "/{id}", appointAdviser).then().spec(problem(404, "task-not-found"));
        as(team.workerToken()).get(TASKS + "/{id}", appointAdviser).then().spec(problem(404, "task-not-found"));
        as(team.workerToken()).get(TASKS + "/{id}", assessNeeds).then().statusCode(200)
                .body("form.id", contains("assessmentSummary", "youngPersonConsulted"))
                .body("form.required", contains(true, true));
    }

    @Test
    void shouldShowTasksAboutTheirYoungPersonToIroButAnswer409WhenIroCompletesWorkersTask() {
        // given a young person with a social worker and an IRO, whose transition is open
        TeamFixture team = people.team();
        UUID youngPersonId = people.youngPerson(team, clock.today().minusYears(15).minusMonths(10), clock.today().minusYears(3), false);
        startTransition(team, youngPersonId);
        String assessNeeds = taskId(team.managerToken(), youngPersonId, ASSESS_NEEDS);
        String appointAdviser = taskId(team.managerToken(), youngPersonId, APPOINT_ADVISER);

        // when the IRO lists their tasks and tries to complete the worker's task and the managers' task
        JsonPath iro = list(team.iroToken(), Map.of());
        Response completeWorkers = as(team.iroToken()).body(Map.of("values", ASSESSMENT)).post(TASKS + "/{id}/completion", assessNeeds);
        Response completeManagers = as(team.iroToken()).body(Map.of("values", Map.of("personalAdviserUsername", team.adviser().username())))
                .post(TASKS + "/{id}/completion", appointAdviser);

        // then the IRO sees both tasks, but the worker's is someone else's (409) and the managers' is not offered to IROs (403)
        assertThat(iro.getList("items.stepId", String.class)).containsExactlyInAnyOrder(ASSESS_NEEDS, APPOINT_ADVISER);
        completeWorkers.then().spec(problem(409, "task-assigned-to-someone-else"));
        completeManagers.then().spec(problem(403, "forbidden"));

        // and both tasks are still open, as they were
        as(team.managerToken()).get(TASKS + "/{id}", assessNeeds).then().statusCode(200)
                .body("assignee", equalTo(team.worker().username()));
        as(team.managerToken()).get(TASKS + "/{id}", appointAdviser).then().statusCode(200).body("assignee", nullValue());
    }

    @Test
    void shouldAnswer404WhenTaskIsUnknown() {
        // given a worker and a task id that does not exist
        TeamFixture team = people.team();
        String unknown = UUID.randomUUID().toString();

        // when they read, claim, complete and comment on it
        List<Response> responses = List.of(
                as(team.workerToken()).get(TASKS + "/{id}", unknown),
                as(team.workerToken()).post(TASKS + "/{id}/claim", unknown),
                as(team.workerToken()).post(TASKS + "/{id}/unclaim", unknown),
                as(team.workerToken()).body(Map.of("values", ASSESSMENT)).post(TASKS + "/{id}/completion", unknown),
                as(team.workerToken()).get(TASKS + "/{id}/comments", unknown),
                as(team.workerToken()).body(Map.of("message", "Hello")).post(TASKS + "/{id}/comments", unknown));

        // then each is a 404 problem
        responses.forEach(response -> response.then().spec(problem(404, "task-not-found")));
    }

    // --- filters, sorting and paging -------------------------------------------------------------------------------------

    @Test
    void shouldFilterByYoungPersonAndProcessWhenAsked() {
        // given two young people with open transitions
        TeamFixture team = people.team();
        UUID first = people.youngPerson(team, clock.today().minusYears(16).minusMonths(10), clock.today().minusYears(3), false);
        UUID second = people.youngPerson(team, clock.today().minusYears(15).minusMonths(10), clock.today().minusYears(3), false);
        startTransition(team, first);
        startTransition(team, second);

        // when the manager filters by young person and by process
        JsonPath byFirst = list(team.managerToken(), Map.of("youngPersonId", first));
        JsonPath byProcess = list(team.managerToken(), Map.of("process", PROCESS));
        JsonPath byOtherProcess = list(team.managerToken(), Map.of("process", "EligibilityScanProcess"));
        JsonPath byUnknownYoungPerson = list(team.managerToken(), Map.of("youngPersonId", UUID.randomUUID()));

        // then each filter narrows the list
        assertThat(byFirst.getList("items.youngPersonId", String.class)).containsOnly(first.toString()).hasSize(2);
        assertThat(byFirst.getLong("total")).isEqualTo(2);
        assertThat(byProcess.getList("items.processKey", String.class)).containsOnly(PROCESS).hasSize(4);
        assertThat(byOtherProcess.getLong("total")).isZero();
        assertThat(byUnknownYoungPerson.getLong("total")).isZero();
    }

    @Test
    void shouldFilterByOverdueAndDueDatesWhenAsked() {
        // given a transition opened late (needs assessment overdue) and one opened on time (nothing overdue)
        TeamFixture team = people.team();
        UUID late = people.youngPerson(team, clock.today().minusYears(16).minusMonths(10), clock.today().minusYears(3), false);
        UUID onTime = people.youngPerson(team, clock.today().minusYears(15).minusMonths(10), clock.today().minusYears(3), false);
        startTransition(team, late);
        startTransition(team, onTime);
        Map<String, String> names = Map.of(late.toString(), "late", onTime.toString(), "onTime");
        JsonPath all = list(team.managerToken(), Map.of("sort", "due"));
        assertThat(labels(all, names)).containsExactly(
                "late:" + ASSESS_NEEDS, "late:" + APPOINT_ADVISER, "onTime:" + APPOINT_ADVISER, "onTime:" + ASSESS_NEEDS);
        String pivot = all.getString("items[2].due");

        // when the manager filters by overdue, and by due before and after the on-time adviser appointment's due day
        JsonPath overdue = list(team.managerToken(), Map.of("overdue", true));
        JsonPath notOverdue = list(team.managerToken(), Map.of("overdue", false, "sort", "due"));
        JsonPath dueBefore = list(team.managerToken(), Map.of("dueBefore", pivot, "sort", "due"));
        JsonPath dueAfter = list(team.managerToken(), Map.of("dueAfter", pivot));
        JsonPath dueBetween = list(team.managerToken(), Map.of("dueAfter", all.getString("items[0].due"), "dueBefore", pivot));

        // then overdue is the late needs assessment only; due before and after leave out the pivot day itself
        assertThat(labels(overdue, names)).containsExactly("late:" + ASSESS_NEEDS);
        assertThat(overdue.getList("items.overdue", Boolean.class)).containsOnly(true);
        assertThat(labels(notOverdue, names))
                .containsExactly("late:" + APPOINT_ADVISER, "onTime:" + APPOINT_ADVISER, "onTime:" + ASSESS_NEEDS);
        assertThat(notOverdue.getList("items.overdue", Boolean.class)).containsOnly(false);
        assertThat(labels(dueBefore, names)).containsExactly("late:" + ASSESS_NEEDS, "late:" + APPOINT_ADVISER);
        assertThat(labels(dueAfter, names)).containsExactly("onTime:" + ASSESS_NEEDS);
        assertThat(labels(dueBetween, names)).containsExactly("late:" + APPOINT_ADVISER);
    }

    @Test
    void shouldSortByDueOrCreatedInEitherOrderWhenAsked() {
        // given two transitions opened one after the other
        TeamFixture team = people.team();
        UUID first = people.youngPerson(team, clock.today().minusYears(16).minusMonths(10), clock.today().minusYears(3), false);
        UUID second = people.youngPerson(team, clock.today().minusYears(15).minusMonths(10), clock.today().minusYears(3), false);
        startTransition(team, first);
        startTransition(team, second);

        // when the manager sorts by due date and by creation, ascending and descending
        JsonPath dueAsc = list(team.managerToken(), Map.of("sort", "due", "order", "asc"));
        JsonPath dueDesc = list(team.managerToken(), Map.of("sort", "due", "order", "desc"));
        JsonPath createdAsc = list(team.managerToken(), Map.of("sort", "created"));
        JsonPath createdDesc = list(team.managerToken(), Map.of("sort", "created", "order", "desc"));

        // then due dates run up, then down, and the descending list is the ascending one reversed
        List<String> dueUp = dueAsc.getList("items.due", String.class);
        assertThat(dueUp).hasSize(4).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(dueDesc.getList("items.due", String.class)).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dueDesc.getList("items.id", String.class)).containsExactlyElementsOf(reversed(dueAsc.getList("items.id", String.class)));

        // and by creation, the first transition's tasks come first (last when descending)
        assertThat(createdAsc.getList("items.created", String.class).stream().map(Instant::parse).toList())
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(createdAsc.getList("items.youngPersonId", String.class))
                .containsExactly(first.toString(), first.toString(), second.toString(), second.toString());
        assertThat(createdDesc.getList("items.youngPersonId", String.class))
                .containsExactly(second.toString(), second.toString(), first.toString(), first.toString());
    }

    @Test
    void shouldPageTasksWithTotalWhenPageIsSmallerThanTheList() {
        // given four open tasks in a team
        TeamFixture team = people.team();
        startTransition(team, people.youngPerson(team, clock.today().minusYears(16).minusMonths(10), clock.today().minusYears(3), false));
        startTransition(team, people.youngPerson(team, clock.today().minusYears(15).minusMonths(10), clock.today().minusYears(3), false));

        // when the manager reads them three at a time
        JsonPath first = list(team.managerToken(), Map.of("size", 3));
        JsonPath second = list(team.managerToken(), Map.of("size", 3, "page", 1));
        JsonPath beyond = list(team.managerToken(), Map.of("size", 3, "page", 2));

        // then the pages hold every task once, each with the total, page and size
        assertThat(first.getList("items.id", String.class)).hasSize(3);
        assertThat(second.getList("items.id", String.class)).hasSize(1)
                .doesNotContainAnyElementsOf(first.getList("items.id", String.class));
        assertThat(beyond.getList("items", Object.class)).isEmpty();
        for (JsonPath page : List.of(first, second, beyond)) {
            assertThat(page.getLong("total")).isEqualTo(4);
            assertThat(page.getInt("size")).isEqualTo(3);
        }
        assertThat(second.getInt("page")).isEqualTo(1);
        List<String> all = new ArrayList<>(first.getList("items.id", String.class));
        all.addAll(second.getList("items.id", String.class));
        assertThat(all).containsExactlyElementsOf(list(team.managerToken(), Map.of()).getList("items.id", String.class));
    }

    @ParameterizedTest
    @CsvSource({"scope, everyone", "sort, name", "sort, assignee", "order, up", "order, DESCENDING", "size, 0", "size, 1000",
            "page, -1"})
    void shouldAnswer400NamingTheParameterWhenItIsInvalid(String parameter, String value) {
        // given a worker
        TeamFixture team = people.team();

        // when they list with an invalid parameter
        Response response = as(team.workerToken()).queryParam(parameter, value).get(TASKS);

        // then it is a 400 problem naming the parameter
        response.then().spec(problem(400, "invalid-input")).body("errors.field", contains(parameter));
    }

    // --- claim, unclaim, assign -------------------------------------------------------------------------------------------

    @Test
    void shouldMakeCallerTheAssigneeWhenWorkerClaimsTaskOfferedToTheirTeam() {
        // given a needs assessment offered to the team's workers
        TeamFixture team = people.team();
        String taskId = offeredNeedsAssessment(team);

        // when a worker of the team claims it
        Response response = as(team.workerToken()).post(TASKS + "/{id}/claim", taskId);

        // then it is theirs, listed as theirs, and no longer offered to the other workers
        response.then().statusCode(200).body("assignee", equalTo(team.worker().username()));
        assertThat(list(team.workerToken(), Map.of("scope", "mine")).getList("items.id", String.class)).containsExactly(taskId);
        assertThat(list(team.adviserToken(), Map.of("scope", "team")).getList("items.id", String.class)).doesNotContain(taskId);
    }

    @Test
    void shouldAnswer409AndKeepAssigneeWhenSecondManagerClaimsTaskAlreadyClaimed() {
        // given an adviser appointment claimed by one of the team's two managers
        TeamFixture team = people.team();
        StaffResponse secondManager = people.member(team, StaffRole.MANAGER);
        String youngPersonId = recordedWithoutAllocations(team, clock.today().minusYears(15).minusMonths(10));
        startTransition(team, UUID.fromString(youngPersonId));
        String taskId = taskId(team.managerToken(), UUID.fromString(youngPersonId), APPOINT_ADVISER);
        as(team.managerToken()).post(TASKS + "/{id}/claim", taskId).then().statusCode(200);

        // when the second manager claims it too
        Response response = as(Tokens.bearer(secondManager)).post(TASKS + "/{id}/claim", taskId);

        // then it is a 409 problem and the first manager keeps it
        response.then().spec(problem(409, "task-assigned-to-someone-else"));
        as(team.managerToken()).get(TASKS + "/{id}", taskId).then().statusCode(200).body("assignee", equalTo(team.manager().username()));
    }

    @Test
    void shouldAnswer404WhenWorkerClaimsTaskAColleagueHasClaimed() {
        // given a needs assessment offered to the team's workers, claimed by one of them
        TeamFixture team = people.team();
        String taskId = offeredNeedsAssessment(team);
        as(team.workerToken()).post(TASKS + "/{id}/claim", taskId).then().statusCode(200);

        // when another worker of the team claims it
        Response response = as(team.adviserToken()).post(TASKS + "/{id}/claim", taskId);

        // then it is a 404 problem: a task assigned to someone else is not the other worker's to see; the first keeps it
        response.then().spec(problem(404, "task-not-found"));
        as(team.managerToken()).get(TASKS + "/{id}", taskId).then().statusCode(200).body("assignee", equalTo(team.worker().username()));
    }

    @Test
    void shouldOfferTaskToTheTeamAgainWhenAssigneeUnclaimsIt() {
        // given a needs assessment claimed by a worker
        TeamFixture team = people.team();
        String taskId = offeredNeedsAssessment(team);
        as(team.workerToken()).post(TASKS + "/{id}/claim", taskId).then().statusCode(200);

        // when the worker gives it back
        Response response = as(team.workerToken()).post(TASKS + "/{id}/unclaim", taskId);

        // then nobody has it and every worker of the team is offered it again
        response.then().statusCode(200).body("assignee", nullValue());
        assertThat(list(team.workerToken(), Map.of("scope", "mine")).getLong("total")).isZero();
        assertThat(list(team.adviserToken(), Map.of("scope", "team")).getList("items.id", String.class)).containsExactly(taskId);
    }

    @Test
    void shouldListTaskAsTheirsWhenManagerAssignsItToAWorkerOfTheTeam() {
        // given a needs assessment offered to the team's workers
        TeamFixture team = people.team();
        String taskId = offeredNeedsAssessment(team);

        // when the manager gives it to one of the workers
        Response response = assign(team.managerToken(), taskId, team.adviser().username());

        // then it is that worker's, under scope=mine, and no longer offered to the team
        response.then().statusCode(200).body("assignee", equalTo(team.adviser().username()));
        assertThat(list(team.adviserToken(), Map.of("scope", "mine")).getList("items.id", String.class)).containsExactly(taskId);
        assertThat(list(team.workerToken(), Map.of("scope", "team")).getLong("total")).isZero();
    }

    @Test
    void shouldAnswer422AndLeaveTaskUnassignedWhenManagerAssignsToSomeoneWhoCannotTakeIt() {
        // given a needs assessment offered to the team's workers, and a worker of another team
        TeamFixture team = people.team();
        TeamFixture otherTeam = people.team();
        String taskId = offeredNeedsAssessment(team);

        // when the manager gives it to the other team's worker, to the team's IRO, to themselves and to nobody known
        Response otherTeamsWorker = assign(team.managerToken(), taskId, otherTeam.worker().username());
        Response iro = assign(team.managerToken(), taskId, team.iro().username());
        Response manager = assign(team.managerToken(), taskId, team.manager().username());
        Response unknown = assign(team.managerToken(), taskId, "nobody." + UUID.randomUUID());

        // then each is a 422 problem naming the username, and nobody has the task
        otherTeamsWorker.then().spec(problem(422, "cannot-take-task")).body("errors.field", contains("username"));
        iro.then().spec(problem(422, "cannot-take-task")).body("errors.field", contains("username"));
        manager.then().spec(problem(422, "cannot-take-task")).body("errors.field", contains("username"));
        unknown.then().spec(problem(422, "unknown-staff")).body("errors.field", contains("username"));
        as(team.managerToken()).get(TASKS + "/{id}", taskId).then().statusCode(200).body("assignee", nullValue());
    }

    @Test
    void shouldAnswer403AndLeaveTaskUnassignedWhenWorkerAssignsTask() {
        // given a needs assessment offered to the team's workers
        TeamFixture team = people.team();
        String taskId = offeredNeedsAssessment(team);

        // when a worker tries to give it to a colleague
        Response response = assign(team.workerToken(), taskId, team.adviser().username());

        // then it is a 403 problem and nobody has the task
        response.then().spec(problem(403, "forbidden"));
        as(team.managerToken()).get(TASKS + "/{id}", taskId).then().statusCode(200).body("assignee", nullValue());
    }

    @Test
    void shouldAnswer400NamingUsernameWhenAssigneeIsMissing() {
        // given a needs assessment offered to the team's workers
        TeamFixture team = people.team();
        String taskId = offeredNeedsAssessment(team);

        // when the manager assigns it without saying to whom
        Response response = as(team.managerToken()).body(Map.of()).put(TASKS + "/{id}/assignee", taskId);

        // then it is a 400 problem naming the username
        response.then().spec(problem(400, "invalid-input")).body("errors.field", contains("username"));
    }

    // --- completion ----------------------------------------------------------------------------------------------------------

    @Test
    void shouldAnswer400NamingTheFieldAndKeepTaskOpenWhenCompletionHasUnknownField() {
        // given the social worker's needs assessment
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);

        // when the worker completes it with a field the form does not have
        Map<String, Object> values = new java.util.HashMap<>(ASSESSMENT);
        values.put("favouriteColour", "green");
        Response response = as(team.workerToken()).body(Map.of("values", values)).post(TASKS + "/{id}/completion", taskId);

        // then it is a 400 problem naming that field, and the task is still open
        response.then().spec(problem(400, "invalid-input")).body("errors.field", contains("favouriteColour"));
        as(team.workerToken()).get(TASKS + "/{id}", taskId).then().statusCode(200).body("assignee", equalTo(team.worker().username()));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenBooleanFieldGetsAString() {
        // given the social worker's needs assessment
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);

        // when the worker says the young person was consulted with the word "yes"
        Response response = as(team.workerToken())
                .body(Map.of("values", Map.of("assessmentSummary", "Needs help with budgeting", "youngPersonConsulted", "yes")))
                .post(TASKS + "/{id}/completion", taskId);

        // then it is a 400 problem naming the field, and the task is still open
        response.then().spec(problem(400, "invalid-input")).body("errors.field", contains("youngPersonConsulted"));
        as(team.workerToken()).get(TASKS + "/{id}", taskId).then().statusCode(200);
    }

    @Test
    void shouldAnswer400ListingEveryFieldWhenCompletionHasNoValues() {
        // given the social worker's needs assessment
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);

        // when the worker completes it with no values
        Response response = as(team.workerToken()).body(Map.of()).post(TASKS + "/{id}/completion", taskId);

        // then it is a 400 problem naming both required fields
        response.then().spec(problem(400, "invalid-input"))
                .body("errors.field", containsInAnyOrder("assessmentSummary", "youngPersonConsulted"));
    }

    @Test
    void shouldAnswer409WhenTaskIsCompletedTwice() {
        // given the social worker's needs assessment, completed once
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);
        as(team.workerToken()).body(Map.of("values", ASSESSMENT)).post(TASKS + "/{id}/completion", taskId).then().statusCode(204);

        // when the worker completes it again
        Response response = as(team.workerToken()).body(Map.of("values", ASSESSMENT)).post(TASKS + "/{id}/completion", taskId);

        // then it is a 409 problem
        response.then().spec(problem(409, "task-already-completed"));
    }

    @RepeatedTest(5)
    void shouldCompleteOnceAndAnswer409ToTheOtherWhenWorkerAndManagerCompleteAtOnce() throws Exception {
        // given the social worker's needs assessment
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);
        String youngPersonId = as(team.workerToken()).get(TASKS + "/{id}", taskId).then().statusCode(200).extract().path("youngPersonId");

        // when the worker and their manager complete it at the same moment
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Response> worker = racers.submit(() -> completeAfter(start, team.workerToken(), taskId, 0));
        Future<Response> manager = racers.submit(() -> completeAfter(start, team.managerToken(), taskId, 0));
        List<Response> responses = List.of(worker.get(30, TimeUnit.SECONDS), manager.get(30, TimeUnit.SECONDS));

        // then exactly one succeeds and the other is a 409 problem (never a 500)
        assertThat(responses.stream().map(Response::statusCode).sorted().toList()).containsExactly(204, 409);
        responses.stream().filter(r -> r.statusCode() == 409).forEach(conflict -> conflict.then().spec(problem(409)));

        // and the process moved on exactly once: one pathway plan, no needs assessment left
        assertThat(list(team.managerToken(), Map.of("youngPersonId", youngPersonId)).getList("items.stepId", String.class))
                .containsExactlyInAnyOrder(APPOINT_ADVISER, WRITE_PLAN);
    }

    @RepeatedTest(8)
    void shouldCompleteOnceAndAnswer409ToEveryoneWhoCompletesWhileTheCompletionIsUnderWay(RepetitionInfo repetition) throws Exception {
        // given the social worker's needs assessment, and four managers of the team who will each complete it a little later
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);
        List<String> managers = List.of(team.managerToken(), Tokens.bearer(people.member(team, StaffRole.MANAGER)),
                Tokens.bearer(people.member(team, StaffRole.MANAGER)), Tokens.bearer(people.member(team, StaffRole.MANAGER)));

        // when the worker completes it and the managers follow, staggered, while the worker's completion is being committed
        CyclicBarrier start = new CyclicBarrier(1 + managers.size());
        List<Future<Response>> racing = new ArrayList<>();
        racing.add(stragglers.submit(() -> completeAfter(start, team.workerToken(), taskId, 0)));
        for (int i = 0; i < managers.size(); i++) {
            String manager = managers.get(i);
            long lateByMillis = 12 + 2L * repetition.getCurrentRepetition() + 16L * i;
            racing.add(stragglers.submit(() -> completeAfter(start, manager, taskId, lateByMillis)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> racer : racing) {
            Response response = racer.get(30, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            if (response.statusCode() != 204) {
                response.then().spec(problem(409));
            }
        }

        // then exactly one succeeds and every other is a 409 problem, whichever step of the completion it ran into
        assertThat(statuses).containsOnly(204, 409).containsOnlyOnce(204);
    }

    @RepeatedTest(3)
    void shouldCompleteOnceAndNeverFailWhenTwoWorkersCompleteATeamOfferedTaskAtOnce() throws Exception {
        // given a needs assessment offered to the team's workers (nobody is allocated)
        TeamFixture team = people.team();
        String taskId = offeredNeedsAssessment(team);

        // when two workers of the team complete it at the same moment (each claims it as part of completing)
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Response> first = racers.submit(() -> completeAfter(start, team.workerToken(), taskId, 0));
        Future<Response> second = racers.submit(() -> completeAfter(start, team.adviserToken(), taskId, 0));
        List<Response> responses = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

        // then exactly one succeeds; the other is a 409 problem, or a 404 problem if it only arrived once the task was done
        // (the task then belongs to a young person that worker is not allocated to, so it is no longer theirs to see)
        assertThat(responses.stream().map(Response::statusCode).filter(status -> status == 204)).hasSize(1);
        Response loser = responses.stream().filter(r -> r.statusCode() != 204).findFirst().orElseThrow();
        assertThat(loser.statusCode()).isIn(404, 409);
        loser.then().spec(problem(loser.statusCode()));
    }

    // --- comments -------------------------------------------------------------------------------------------------------------

    @Test
    void shouldListCommentsWithAuthorAndTimeWhenWorkerAndManagerComment() {
        // given the social worker's needs assessment
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);

        // when the worker and then the manager comment on it
        Response first = as(team.workerToken()).body(Map.of("message", "Visit booked for Tuesday")).post(TASKS + "/{id}/comments", taskId);
        Response second = as(team.managerToken()).body(Map.of("message", "Thanks, please add the notes"))
                .post(TASKS + "/{id}/comments", taskId);

        // then each comment is created with its author and time, and the list shows both
        first.then().statusCode(201).body("id", notNullValue()).body("author", equalTo(team.worker().username()))
                .body("time", notNullValue()).body("message", equalTo("Visit booked for Tuesday"));
        second.then().statusCode(201).body("author", equalTo(team.manager().username()));
        JsonPath comments = as(team.workerToken()).get(TASKS + "/{id}/comments", taskId).then().statusCode(200).extract().jsonPath();
        assertThat(comments.getList("message", String.class))
                .containsExactlyInAnyOrder("Visit booked for Tuesday", "Thanks, please add the notes");
        assertThat(comments.getList("author", String.class)).containsExactlyInAnyOrder(team.worker().username(), team.manager().username());
        assertThat(comments.getList("time", String.class))
                .allSatisfy(time -> assertThat(Instant.parse(time)).isBefore(Instant.now().plusSeconds(60)));
    }

    @Test
    void shouldAnswer400AndAddNothingWhenCommentIsBlank() {
        // given the social worker's needs assessment
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);

        // when the worker posts a blank comment
        Response response = as(team.workerToken()).body(Map.of("message", "  ")).post(TASKS + "/{id}/comments", taskId);

        // then it is a 400 problem naming the message, and there are no comments
        response.then().spec(problem(400, "invalid-input")).body("errors.field", contains("message"));
        as(team.workerToken()).get(TASKS + "/{id}/comments", taskId).then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldAnswer404WhenWorkerWhoIsNotAllocatedCommentsOnTask() {
        // given the social worker's needs assessment
        TeamFixture team = people.team();
        String taskId = assignedNeedsAssessment(team);

        // when another worker of the team comments on it
        Response response = as(team.adviserToken()).body(Map.of("message", "Hello")).post(TASKS + "/{id}/comments", taskId);

        // then it is a 404 problem, and there are no comments
        response.then().spec(problem(404, "task-not-found"));
        as(team.workerToken()).get(TASKS + "/{id}/comments", taskId).then().statusCode(200).body("message", not(hasItem("Hello")));
    }

    // --- helpers ----------------------------------------------------------------------------------------------------------------

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    private static Response assign(String token, String taskId, String username) {
        return as(token).body(Map.of("username", username)).put(TASKS + "/{id}/assignee", taskId);
    }

    private static JsonPath list(String token, Map<String, ?> query) {
        return as(token).queryParams(query).get(TASKS).then().statusCode(200).extract().jsonPath();
    }

    private static String taskId(String token, UUID youngPersonId, String stepId) {
        return list(token, Map.of("youngPersonId", youngPersonId)).getString("items.find { it.stepId == '" + stepId + "' }.id");
    }

    private static void startTransition(TeamFixture team, UUID youngPersonId) {
        as(team.managerToken()).post("/api/young-people/{id}/transition", youngPersonId).then().statusCode(201);
    }

    /** Records a young person over HTTP, in care for two years, with nobody allocated; returns the id. */
    private static String recordedWithoutAllocations(TeamFixture team, LocalDate born) {
        return as(team.managerToken())
                .body(Map.of("localId", "TASK-" + UUID.randomUUID().toString().substring(0, 18),
                        "givenName", "Jo", "familyName", "Unallocated",
                        "dateOfBirth", born.toString(), "teamId", team.id().toString(),
                        "careEpisodes", List.of(Map.of("start", born.plusYears(13).toString(), "legalBasis", "CARE_ORDER"))))
                .post("/api/young-people").then().statusCode(201).extract().path("id");
    }

    /** A needs assessment offered to the team's workers: the young person has no social worker. */
    private String offeredNeedsAssessment(TeamFixture team) {
        UUID youngPersonId = UUID.fromString(recordedWithoutAllocations(team, clock.today().minusYears(15).minusMonths(10)));
        startTransition(team, youngPersonId);
        return taskId(team.managerToken(), youngPersonId, ASSESS_NEEDS);
    }

    /** A needs assessment assigned to the team's worker, the young person's social worker. */
    private String assignedNeedsAssessment(TeamFixture team) {
        UUID youngPersonId = people.youngPerson(team, clock.today().minusYears(15).minusMonths(10), clock.today().minusYears(3), false);
        startTransition(team, youngPersonId);
        return taskId(team.workerToken(), youngPersonId, ASSESS_NEEDS);
    }

    /** Completes the needs assessment once both racers are at the start line, {@code lateByMillis} after the other. */
    private static Response completeAfter(CyclicBarrier start, String token, String taskId, long lateByMillis) throws Exception {
        RequestSpecification request = as(token).body(Map.of("values", ASSESSMENT));
        start.await(10, TimeUnit.SECONDS);
        if (lateByMillis > 0) {
            Thread.sleep(lateByMillis);
        }
        return request.post(TASKS + "/{id}/completion", taskId);
    }

    /** Each task as {@code <young person label>:<step id>}, in list order. */
    private static List<String> labels(JsonPath page, Map<String, String> youngPeople) {
        List<String> ids = page.getList("items.youngPersonId", String.class);
        List<String> steps = page.getList("items.stepId", String.class);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            labels.add(youngPeople.get(ids.get(i)) + ":" + steps.get(i));
        }
        return labels;
    }

    private static List<String> reversed(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
