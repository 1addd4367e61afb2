package app.waypoint.escalations.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.notifications.NotificationDelivery;
import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import app.waypoint.transitions.TransitionService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Late work climbs the chain on working days, each rung once, and stops when the work is done. */
@QuarkusTest
class EscalationChainTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    TransitionService transitions;
    @Inject
    WorkingCalendar calendar;
    @Inject
    NotificationDelivery delivery;
    @Inject
    MockMailbox mailbox;
    @Inject
    EscalationPolicy policy;
    @Inject
    WaypointClock time;
    @Inject
    RuntimeService runtime;
    @Inject
    TaskService tasks;
    @Inject
    ManagementService management;
    @Inject
    AgroalDataSource dataSource;

    private TeamFixture team;
    private SeniorManagers seniors;
    private UUID youngPerson;
    private String assessment;

    @BeforeEach
    void openTransition() {
        team = people.team();
        seniors = people.seniorManagersOf(team);
        LocalDate today = clock.today();
        youngPerson = people.youngPerson(team, today.minusYears(15).minusMonths(10), today.minusYears(2), false);
        transitions.start(youngPerson, team.managerCaller());
        assessment = given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPerson)
                .get("/api/tasks").then().statusCode(200).extract().path("items[0].id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        mailbox.clear();
    }

    @Test
    void shouldRemindThenEscalateOnTuesdayWhenDueFridayBeforeBankHolidayMonday() {
        // given the needs assessment moved to a Friday before a bank-holiday Monday
        LocalDate friday = fridayBeforeBankHolidayMonday();
        moveDueDate(friday, "Assessment meeting rearranged with the young person");
        LocalDate reminderDay = calendar.minusWorkingDays(friday, 10);
        LocalDate tuesday = friday.plusDays(4);

        // when the day before the reminder comes, then nothing has been sent
        clock.travelTo(reminderDay.minusDays(1));
        assertThat(headlines(team.workerToken())).noneMatch(h -> h.contains("Assess needs"));

        // when the reminder day comes, then the worker is reminded once
        clock.travelTo(reminderDay);
        assertThat(headlines(team.workerToken())).filteredOn(h -> h.startsWith("Due ")).hasSize(1);

        // when the bank holiday Monday comes, then nothing is escalated yet
        clock.travelTo(friday.plusDays(3));
        assertThat(escalations(team.managerToken()).getList("items")).isEmpty();

        // when Tuesday comes, then exactly one overdue escalation reaches the worker, the manager and the IRO
        clock.travelTo(tuesday);
        JsonPath raised = escalations(team.managerToken());
        assertThat(raised.getList("items.stage")).containsExactly("TEAM_MANAGER");
        assertThat(raised.getList("items[0].notified", String.class))
                .containsExactlyInAnyOrder(team.worker().username(), team.manager().username(), team.iro().username());
        assertThat(headlines(team.iroToken())).filteredOn(h -> h.startsWith("Overdue: Assess needs")).hasSize(1);
    }

    @Test
    void shouldNotifyEachPersonOnceWhenTimeMovesOnAgain() {
        // given an overdue escalation that has been raised and delivered
        LocalDate due = nextWorkingDayAfter(clock.today().plusDays(30));
        moveDueDate(due, "Waiting for the health assessment");
        LocalDate overdueDay = calendar.plusWorkingDays(due, 1);
        clock.travelTo(overdueDay);
        delivery.deliverDue();

        // when time moves on within the grace period and delivery runs again
        clock.travelTo(overdueDay.plusDays(1));
        delivery.deliverDue();

        // then one escalation, one inbox entry and one e-mail per person
        assertThat(escalations(team.managerToken()).getList("items")).hasSize(1);
        assertThat(headlines(team.managerToken())).filteredOn(h -> h.startsWith("Overdue: Assess needs")).hasSize(1);
        assertThat(mailbox.getMailMessagesSentTo(team.manager().email())).filteredOn(m -> m.getSubject().contains("Overdue: Assess needs"))
                .hasSize(1);
        assertThat(mailbox.getMailMessagesSentTo(team.worker().email())).filteredOn(m -> m.getSubject().contains("Overdue: Assess needs"))
                .hasSize(1);
    }

    @Test
    void shouldClimbToServiceManagerThenStopWhenTaskCompleted() {
        // given an overdue task
        LocalDate due = nextWorkingDayAfter(clock.today().plusDays(30));
        moveDueDate(due, "Young person in hospital");
        LocalDate overdueDay = calendar.plusWorkingDays(due, 1);
        clock.travelTo(overdueDay);

        // when the grace period passes, then the service manager is told
        clock.travelTo(calendar.plusWorkingDays(overdueDay, 5));
        assertThat(escalations(team.managerToken()).getList("items.stage")).containsExactlyInAnyOrder("TEAM_MANAGER", "SERVICE_MANAGER");
        String serviceManagerToken = Tokens.bearer(seniors.serviceManager().username(), "manager");
        assertThat(escalations(serviceManagerToken, "mine").getList("items.taskName")).contains("Assess needs");

        // when the worker completes the task
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("assessmentSummary", "Done at last", "youngPersonConsulted", true)))
                .post("/api/tasks/{id}/completion", assessment).then().statusCode(204);

        // then its escalations are resolved and the head of service is never troubled
        clock.travelTo(calendar.plusWorkingDays(overdueDay, 12));
        JsonPath all = given().header("Authorization", team.managerToken()).queryParam("state", "any")
                .queryParam("taskId", assessment).get("/api/escalations").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.stage")).containsExactlyInAnyOrder("TEAM_MANAGER", "SERVICE_MANAGER");
        assertThat(all.getList("items.resolvedAt")).doesNotContainNull();
        assertThat(headlines(Tokens.bearer(seniors.headOfService().username(), "manager"))).noneMatch(h -> h.contains("Assess needs"));
    }

    @Test
    void shouldTellHeadOfServiceOnceAndPromptIroWhenTaskStaysOverdueThroughBothGracePeriods() {
        // given an overdue task escalated to the team manager, then a grace period later to the service manager
        LocalDate due = nextWorkingDayAfter(clock.today().plusDays(30));
        moveDueDate(due, "Young person moved placement");
        LocalDate overdueDay = calendar.plusWorkingDays(due, 1);
        clock.travelTo(overdueDay);
        clock.travelTo(calendar.plusWorkingDays(overdueDay, 5));
        String head = Tokens.bearer(seniors.headOfService().username(), "manager");
        assertThat(headlines(head)).noneMatch(h -> h.contains("Assess needs"));

        // when the second grace period passes, and time moves on again with e-mail delivered each time
        clock.travelTo(calendar.plusWorkingDays(overdueDay, 10));
        delivery.deliverDue();
        clock.travelTo(calendar.plusWorkingDays(overdueDay, 12));
        delivery.deliverDue();

        // then the head-of-service rung is on record exactly once, naming only the head of service
        JsonPath all = escalations(team.managerToken());
        assertThat(all.getList("items.stage")).containsExactlyInAnyOrder("TEAM_MANAGER", "SERVICE_MANAGER", "HEAD_OF_SERVICE");
        assertThat(all.getList("items.find { it.stage == 'HEAD_OF_SERVICE' }.notified", String.class))
                .containsExactly(seniors.headOfService().username());
        // and the head of service sees it as theirs, with one inbox entry and one e-mail
        assertThat(escalations(head, "mine").getList("items.stage")).containsExactly("HEAD_OF_SERVICE");
        assertThat(headlines(head)).filteredOn(h -> h.startsWith("Still overdue, escalated to head of service: Assess needs")).hasSize(1);
        assertThat(mailbox.getMailMessagesSentTo(seniors.headOfService().email()))
                .filteredOn(m -> m.getSubject().contains("escalated to head of service")).hasSize(1);
        // and the young person's IRO is prompted, once, to consider a dispute
        assertThat(headlines(team.iroToken()))
                .filteredOn("Still unresolved after escalation to head of service: consider raising a dispute about Assess needs"::equals)
                .hasSize(1);
        // and the service manager is not told of this rung
        assertThat(headlines(Tokens.bearer(seniors.serviceManager().username(), "manager"))).noneMatch(h -> h.contains("head of service"));
    }

    @Test
    void shouldRescheduleChainWhenManagerMovesDueDate() {
        // given a task due soon whose due date the manager then moves a month later, with a reason
        LocalDate due = nextWorkingDayAfter(clock.today().plusDays(20));
        moveDueDate(due, "First date");
        LocalDate later = nextWorkingDayAfter(due.plusDays(30));
        moveDueDate(later, "Young person asked to wait until after exams");

        // when the first date has long passed, then nothing is escalated
        clock.travelTo(calendar.plusWorkingDays(due, 3));
        assertThat(escalations(team.managerToken()).getList("items")).isEmpty();

        // when the new date has passed, then it is
        clock.travelTo(calendar.plusWorkingDays(later, 1));
        assertThat(escalations(team.managerToken()).getList("items.stage")).containsExactly("TEAM_MANAGER");
    }

    @Test
    void shouldLetRecipientAcknowledgeOnceAndHideFromOtherCaseloads() {
        // given an overdue escalation
        LocalDate due = nextWorkingDayAfter(clock.today().plusDays(30));
        moveDueDate(due, "Rearranged");
        clock.travelTo(calendar.plusWorkingDays(due, 1));
        String id = escalations(team.managerToken()).getString("items[0].id");

        // when the manager acknowledges it, then it records who and when, and a second acknowledgement is refused
        given().header("Authorization", team.managerToken()).post("/api/escalations/{id}/acknowledgement", id)
                .then().statusCode(200).body("acknowledgedBy", equalTo(team.manager().username()));
        given().header("Authorization", team.managerToken()).post("/api/escalations/{id}/acknowledgement", id)
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", team.managerToken()).queryParam("state", "acknowledged")
                .queryParam("taskId", assessment).get("/api/escalations").then().body("total", equalTo(1));

        // and a worker of another team, or one not allocated, cannot see it
        TeamFixture other = people.team();
        given().header("Authorization", other.workerToken()).get("/api/escalations/{id}", id).then().statusCode(404);
        given().header("Authorization", other.managerToken()).get("/api/escalations/{id}", id).then().statusCode(404);
        given().header("Authorization", team.adviserToken()).get("/api/escalations/{id}", id).then().statusCode(404);
        given().header("Authorization", other.managerToken()).queryParam("state", "any").get("/api/escalations")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void shouldRefuseDueDateChangeWithoutReasonOrByWorker() {
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("due", clock.today().plusDays(10).toString()))
                .put("/api/tasks/{id}/due-date", assessment).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("due", clock.today().plusDays(10).toString(), "reason", "I would like longer"))
                .put("/api/tasks/{id}/due-date", assessment).then().statusCode(403);
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("due", clock.today().minusDays(1).toString(), "reason", "Backdated"))
                .put("/api/tasks/{id}/due-date", assessment).then().statusCode(422);
    }

    @Test
    void shouldEscalateOnFirstWorkingDayAfterChristmasWhenDueOnChristmasEve() {
        // given the needs assessment due on the next Christmas Eve that is a working day at least 30 days ahead
        LocalDate christmasEve = LocalDate.of(clock.today().plusDays(30).getYear(), 12, 24);
        while (christmasEve.isBefore(clock.today().plusDays(30)) || !calendar.isWorkingDay(christmasEve)) {
            christmasEve = christmasEve.plusYears(1).withDayOfMonth(24);
        }
        moveDueDate(christmasEve, "Review meeting set for Christmas Eve");
        LocalDate firstWorkingDay = calendar.plusWorkingDays(christmasEve, 1);

        // when every day of the holiday passes, then nothing is escalated
        for (LocalDate day = christmasEve.plusDays(1); day.isBefore(firstWorkingDay); day = day.plusDays(1)) {
            clock.travelTo(day);
            assertThat(escalations(team.managerToken()).getList("items")).as("escalations on %s", day).isEmpty();
        }

        // when the first working day after Christmas comes, then the overdue escalation is raised, once
        clock.travelTo(firstWorkingDay);
        assertThat(firstWorkingDay).isAfter(christmasEve.plusDays(2));
        assertThat(escalations(team.managerToken()).getList("items.stage")).containsExactly("TEAM_MANAGER");
    }

    @Test
    void shouldEscalateOnTuesdayAfterEasterMondayWhenDueOnMaundyThursday() {
        // given the needs assessment due on the Thursday before the next Good Friday at least 30 days ahead
        LocalDate day = clock.today().plusDays(30);
        while (!(day.getDayOfWeek() == DayOfWeek.FRIDAY && !calendar.isWorkingDay(day) && !calendar.isWorkingDay(day.plusDays(3))
                && day.getMonthValue() >= 3 && day.getMonthValue() <= 4)) {
            day = day.plusDays(1);
        }
        LocalDate maundyThursday = day.minusDays(1);
        moveDueDate(maundyThursday, "Pathway meeting before the Easter break");

        // when Good Friday and Easter Monday pass, then nothing is escalated
        clock.travelTo(maundyThursday.plusDays(1));
        clock.travelTo(maundyThursday.plusDays(4));
        assertThat(escalations(team.managerToken()).getList("items")).isEmpty();

        // when the Tuesday after Easter comes, then it is
        clock.travelTo(maundyThursday.plusDays(5));
        assertThat(escalations(team.managerToken()).getList("items.stage")).containsExactly("TEAM_MANAGER");
    }

    @Test
    void shouldStopEscalatingWhenManagerReassignsOverdueTask() {
        // given an overdue task escalated to the team manager
        LocalDate due = nextWorkingDayAfter(clock.today().plusDays(30));
        moveDueDate(due, "Rearranged");
        LocalDate overdueDay = calendar.plusWorkingDays(due, 1);
        clock.travelTo(overdueDay);

        // when the manager gives it to another worker
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("username", team.adviser().username())).put("/api/tasks/{id}/assignee", assessment)
                .then().statusCode(200);

        // then the chain stops: no service manager, however long it stays late
        clock.travelTo(calendar.plusWorkingDays(overdueDay, 12));
        assertThat(escalations(team.managerToken()).getList("items.stage")).containsExactly("TEAM_MANAGER");

        // until a manager gives it a new due date, which starts a new chain
        LocalDate newDue = nextWorkingDayAfter(clock.today().plusDays(5));
        moveDueDate(newDue, "New worker needs a week");
        clock.travelTo(calendar.plusWorkingDays(newDue, 1));
        assertThat(escalations(team.managerToken()).getList("items.stage")).containsExactly("TEAM_MANAGER", "TEAM_MANAGER");
    }

    @Test
    void shouldRemindNewOwnerWhenTaskNotYetDueChangesHands() {
        // given a task due in six weeks, given to another worker now
        LocalDate due = nextWorkingDayAfter(clock.today().plusDays(42));
        moveDueDate(due, "Planned");
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("username", team.adviser().username())).put("/api/tasks/{id}/assignee", assessment)
                .then().statusCode(200);

        // when the reminder day comes
        clock.travelTo(calendar.minusWorkingDays(due, 10));

        // then the new owner is reminded, the old one is not
        assertThat(headlines(team.adviserToken())).filteredOn(h -> h.startsWith("Due ") && h.contains("Assess needs")).hasSize(1);
        assertThat(headlines(team.workerToken())).noneMatch(h -> h.startsWith("Due ") && h.contains("Assess needs"));
    }

    @Test
    void shouldFinishAChainStartedAsAProcessBeforeTheChainsBecameJobsWhenItsTaskIsCompleted() {
        // given a task whose chain is a TaskEscalationProcess instance, as on a database from before V88, linked as V30 linked them
        LocalDate due = nextWorkingDayAfter(clock.today().plusDays(30));
        moveDueDate(due, "Rearranged");
        String process = chainStartedAsAProcess(due);

        // when the morning after the due date comes, then the running chain escalates as before
        LocalDate overdueDay = calendar.plusWorkingDays(due, 1);
        clock.travelTo(overdueDay);
        assertThat(escalations(team.managerToken()).getList("items.stage")).containsExactly("TEAM_MANAGER");

        // when the worker completes the task
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("assessmentSummary", "Done", "youngPersonConsulted", true)))
                .post("/api/tasks/{id}/completion", assessment).then().statusCode(204);

        // then its chain ends and nothing more is raised, however long it would have stayed late
        clock.travelTo(calendar.plusWorkingDays(overdueDay, 12));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
        JsonPath all = escalations(team.managerToken());
        assertThat(all.getList("items.stage")).containsExactly("TEAM_MANAGER");
        assertThat(all.getList("items.resolvedAt")).doesNotContainNull();
    }

    /** Replaces the task's chain by one started the way chains were before V88: a process instance, linked by its id. */
    private String chainStartedAsAProcess(LocalDate due) {
        String job = jdbc("select job_id from waypoint.escalation_chain where task_id = ?", assessment);
        management.deleteJob(job);
        Task task = tasks.createTaskQuery().taskId(assessment).singleResult();
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        String process = runtime.startProcessInstanceByKey("TaskEscalationProcess", businessKey, Map.of("taskId", assessment,
                "timetable", policy.timetable(task.getTaskDefinitionKey(), due, time.now()).text())).getId();
        jdbc("update waypoint.escalation_chain set job_id = null, process_instance_id = ? where task_id = ? returning task_id", process, assessment);
        return process;
    }

    private String jdbc(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as(sql).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void moveDueDate(LocalDate due, String reason) {
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("due", due.toString(), "reason", reason))
                .put("/api/tasks/{id}/due-date", assessment).then().statusCode(200).body("due", equalTo(due.toString()));
    }

    private JsonPath escalations(String token) {
        return given().header("Authorization", token).queryParam("taskId", assessment).queryParam("state", "any")
                .get("/api/escalations").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath escalations(String token, String scope) {
        return given().header("Authorization", token).queryParam("scope", scope).queryParam("state", "any")
                .get("/api/escalations").then().statusCode(200).extract().jsonPath();
    }

    private List<String> headlines(String token) {
        return given().header("Authorization", token).queryParam("size", 200).get("/api/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.headline", String.class);
    }

    private LocalDate nextWorkingDayAfter(LocalDate day) {
        return calendar.plusWorkingDays(day, 1);
    }

    /** The first Friday at least 30 days ahead that is followed by a bank-holiday Monday (from the shipped calendar). */
    private LocalDate fridayBeforeBankHolidayMonday() {
        LocalDate day = clock.today().plusDays(30);
        while (!(day.getDayOfWeek() == DayOfWeek.MONDAY && !calendar.isWorkingDay(day) && calendar.isWorkingDay(day.minusDays(3))
                && calendar.isWorkingDay(day.plusDays(1)))) {
            day = day.plusDays(1);
        }
        return day.minusDays(3);
    }
}
