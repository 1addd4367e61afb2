package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.tasks.domain.task.TaskResponse;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The tasklist in a real headless Chromium, as workers and managers use it. Screenshots: target/screenshots/. */
@QuarkusTest
class TasklistBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    TaskQueries queries;
    @Inject
    TestClock clock;

    @Test
    void shouldLeadAWorkerFromTheirOverdueTaskThroughAFormErrorToTheNextTaskWhenTheyCompleteIt() {
        // given a worker with two needs assessments: one overdue (16 years 5 months old), one not due yet (15 years 10 months)
        TeamFixture team = people.team();
        UUID late = openTransition(team, clock.today().minusYears(16).minusMonths(5));
        openTransition(team, clock.today().minusYears(15).minusMonths(10));

        try (Browser browser = Browser.open(app, "worker-completes-overdue-task")) {
            // when they sign in, their list opens with the overdue task first, in working days
            browser.signIn(team.worker().username());
            assertThat(browser.path()).startsWith("/tasks");
            browser.screenshot("my-tasks");
            assertThat(browser.text("#task-count")).contains("2 tasks assigned to you").contains("1 overdue");
            WebElement first = browser.all("table tbody tr").get(0);
            assertThat(first.getText()).contains("Assess needs").contains("working days overdue");
            assertThat(browser.all("caption").get(0).getText()).isEqualTo("Overdue");
            browser.assertAccessible("My tasks");

            // and they open it: the young person's key facts are beside the form
            first.findElement(org.openqa.selenium.By.linkText("Assess needs")).click();
            browser.screenshot("task");
            assertThat(browser.text("h1")).isEqualTo("Assess needs");
            assertThat(browser.text(".facts")).contains("Age").contains("16").contains("Needs assessment due").contains(team.worker().username());
            browser.assertAccessible("the task");

            // when they submit it without the summary, the message stands next to that field and nothing is completed
            browser.find("#youngPersonConsulted").click();
            browser.submitWith("#complete");
            browser.screenshot("task-with-error");
            assertThat(browser.text("#assessmentSummary-error")).contains("Enter “Summary of needs”");
            assertThat(browser.text(".error-summary")).contains("There is a problem");
            assertThat(browser.find("#youngPersonConsulted").isSelected()).isTrue();
            browser.assertAccessible("the task with an error");

            // when they fill it in and complete, they are back on their list and see the next step, which is theirs
            browser.find("#assessmentSummary").sendKeys("Needs support with budgeting and finding a college course");
            browser.submitWith("#complete");
            browser.screenshot("completed");
            assertThat(browser.path()).startsWith("/tasks?");
            assertThat(browser.text(".notice")).contains("You completed “Assess needs”").contains("Next: Write pathway plan");
            browser.find("#next-task").click();
            browser.screenshot("next-task");
            assertThat(browser.text("h1")).isEqualTo("Write pathway plan");
        }
        assertThat(mine(team.worker().username(), team, late)).extracting(TaskResponse::stepId).containsExactly("Task_WritePathwayPlan");
    }

    @Test
    void shouldGiveEveryOpenTaskOfOneWorkerToAnotherWhenTheManagerConfirmsTheReassignment() {
        // given a worker with two tasks, and a colleague with none
        TeamFixture team = people.team();
        openTransition(team, clock.today().minusYears(16).minusMonths(5));
        openTransition(team, clock.today().minusYears(15).minusMonths(10));
        StaffResponse colleague = team.adviser();

        try (Browser browser = Browser.open(app, "manager-reassigns-all")) {
            // when the manager picks both on the team board and confirms
            browser.signIn(team.manager().username());
            browser.visit("/team", "team-board");
            assertThat(browser.text("#loads")).contains(team.worker().username());
            browser.assertAccessible("the team board");
            new org.openqa.selenium.support.ui.Select(browser.find("#from")).selectByValue(team.worker().username());
            new org.openqa.selenium.support.ui.Select(browser.find("#to")).selectByValue(colleague.username());
            browser.find("#reassign").click();
            browser.screenshot("confirm");
            assertThat(browser.text("h1")).contains("Move all 2 open tasks");
            browser.find("#confirm").click();
            browser.screenshot("moved");
            assertThat(browser.text("#moved")).contains("2 tasks moved from " + team.worker().username() + " to " + colleague.username());
        }

        // then the colleague sees them on their list
        try (Browser browser = Browser.open(app, "colleague-sees-reassigned")) {
            browser.signIn(colleague.username());
            browser.screenshot("my-tasks");
            assertThat(browser.text("#task-count")).contains("2 tasks assigned to you");
            assertThat(browser.all("table tbody tr td:first-child a")).extracting(WebElement::getText).containsOnly("Assess needs");
        }
    }

    @Test
    void shouldShowANotFoundPageWhenAWorkerOpensAnotherTeamsTaskByItsAddress() {
        // given a task of another team
        TeamFixture other = people.team();
        UUID theirs = openTransition(other, clock.today().minusYears(16).minusMonths(5));
        String taskId = mine(other.worker().username(), other, theirs).get(0).id();
        TeamFixture team = people.team();

        try (Browser browser = Browser.open(app, "worker-opens-other-teams-task")) {
            // when a worker of this team types its address
            browser.signIn(team.worker().username());
            browser.visit("/tasks/" + taskId, "other-teams-task");

            // then there is nothing to see: not the step, not the young person
            assertThat(browser.text("h1")).isEqualTo("Page not found");
            assertThat(browser.find("main").getText()).doesNotContain("Assess needs").doesNotContain("Alex");

            // and the same when they type the young person's own address
            browser.visit("/young-people/" + theirs, "other-teams-young-person");
            assertThat(browser.text("h1")).isEqualTo("Page not found");
            assertThat(browser.find("main").getText()).doesNotContain("Alex").doesNotContain("Leaving-care transition");
        }
    }

    @Test
    void shouldDrawAYoungPersonsOpenProcessWithTheStepItIsAtHighlighted() {
        // given a worker's young person with a leaving-care transition waiting at its first steps
        TeamFixture team = people.team();
        openTransition(team, clock.today().minusYears(16).minusMonths(5));

        try (Browser browser = Browser.open(app, "worker-opens-young-person")) {
            // when the worker follows the young person's name from their task list
            browser.signIn(team.worker().username());
            browser.all("table tbody tr").get(0).findElement(By.partialLinkText("Alex")).click();

            // then the transition is drawn, and the steps it is at are marked on the diagram
            WebElement diagram = browser.find(".process-diagram");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(driver -> "drawn".equals(diagram.getAttribute("data-diagram-state")));
            browser.screenshot("young-person");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", diagram);
            browser.screenshot("process-diagram");
            List<String> current = List.of(diagram.getAttribute("data-current-steps").split("[\\s,]+"));
            assertThat(current).isNotEmpty();
            for (String step : current) {
                assertThat(diagram.findElements(By.cssSelector("g.djs-element.process-diagram__current[data-element-id='" + step + "']")))
                        .as("step %s marked on the diagram", step).hasSize(1);
            }
            assertThat(diagram.findElements(By.cssSelector("g.process-diagram__current"))).hasSize(current.size());
            browser.assertAccessible("the young person with their process drawn");
        }
    }

    @Test
    void shouldFitATabletHeldUprightWithoutScrollingSideways() {
        // given a worker with an overdue needs assessment, on a tablet held upright
        TeamFixture team = people.team();
        UUID youngPerson = openTransition(team, clock.today().minusYears(16).minusMonths(5));

        try (Browser browser = Browser.open(app, "worker-on-a-tablet")) {
            browser.resize(768, 1024);
            browser.signIn(team.worker().username());
            browser.screenshot("my-tasks");
            assertThat(browser.scrollsSideways()).as("My tasks scrolls sideways").isFalse();

            // when they open the task and the young person, then neither page is wider than the screen
            browser.all("table tbody tr td:first-child a").get(0).click();
            browser.screenshot("task");
            assertThat(browser.scrollsSideways()).as("the task page scrolls sideways").isFalse();
            browser.visit("/young-people/" + youngPerson, "young-person");
            assertThat(browser.scrollsSideways()).as("the young person's page scrolls sideways").isFalse();
        }
    }

    private UUID openTransition(TeamFixture team, LocalDate born) {
        UUID youngPerson = people.youngPerson(team, born, clock.today().minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
        return youngPerson;
    }

    private List<TaskResponse> mine(String username, TeamFixture team, UUID youngPerson) {
        StaffResponse member = username.equals(team.worker().username()) ? team.worker() : team.adviser();
        return queries.list(new TaskFilter("mine", youngPerson, null, null, null, null, null, null, new Paging(0, 10)),
                new app.waypoint.people.staff.Caller(member.id(), member.username(), StaffRole.WORKER, team.id())).items();
    }
}
