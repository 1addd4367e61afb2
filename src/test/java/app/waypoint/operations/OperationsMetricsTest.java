package app.waypoint.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.escalations.domain.EscalationService;
import app.waypoint.escalations.domain.EscalationStage;
import app.waypoint.operations.domain.OverdueTaskGauge;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an operator's dashboard reads at /q/metrics: overdue tasks by process and step, escalations raised by rung and process. */
@QuarkusTest
class OperationsMetricsTest {

    private static final String PROCESS = "LeavingCareTransitionProcess";
    private static final String ASSESS_NEEDS = "Task_AssessNeeds";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;
    @Inject
    TransitionService transitions;
    @Inject
    OverdueTaskGauge overdueTasks;
    @Inject
    EscalationService escalations;

    private TeamFixture team;
    private String assessment;

    @BeforeEach
    void openTransition() {
        team = people.team();
        LocalDate today = clock.today();
        UUID youngPerson = people.youngPerson(team, today.minusYears(15).minusMonths(10), today.minusYears(2), false);
        transitions.start(youngPerson, team.managerCaller());
        assessment = given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPerson)
                .get("/api/tasks").then().statusCode(200).body("items[0].stepId", equalTo(ASSESS_NEEDS)).extract().path("items[0].id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldShowTaskInOverdueGaugeWhenItsDueDateHasPassed() {
        // given the needs assessment due on a working day a month ahead, counted the day before
        LocalDate due = calendar.plusWorkingDays(clock.today().plusDays(30), 1);
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("due", due.toString(), "reason", "Meeting rearranged"))
                .put("/api/tasks/{id}/due-date", assessment).then().statusCode(200);
        clock.travelTo(due.minusDays(1));
        overdueTasks.count();
        double before = sample("waypoint_tasks_overdue", "process=\"" + PROCESS + "\",step=\"" + ASSESS_NEEDS + "\"");

        // when the due date has passed and the overdue tasks are counted again
        clock.travelTo(calendar.plusWorkingDays(due, 1));
        overdueTasks.count();

        // then the gauge of this process and step counts it
        assertThat(sample("waypoint_tasks_overdue", "process=\"" + PROCESS + "\",step=\"" + ASSESS_NEEDS + "\"")).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void shouldCountEscalationOnceWhenTheSameRungIsRaisedTwice() {
        // given the counter of head-of-service escalations in the transition process
        String counter = "rung=\"head_of_service\"";
        double before = sample("waypoint_escalations_raised_total", "process=\"" + PROCESS + "\"," + counter);

        // when one chain raises that rung for the needs assessment, and then again
        String chain = "metrics-" + UUID.randomUUID();
        escalations.escalate(chain, assessment, EscalationStage.HEAD_OF_SERVICE);
        escalations.escalate(chain, assessment, EscalationStage.HEAD_OF_SERVICE);

        // then the counter went up by exactly one
        assertThat(sample("waypoint_escalations_raised_total", "process=\"" + PROCESS + "\"," + counter)).isEqualTo(before + 1);
    }

    /** The value of one series in the Prometheus scrape, 0 when it is not there (yet). */
    private static double sample(String name, String labels) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
