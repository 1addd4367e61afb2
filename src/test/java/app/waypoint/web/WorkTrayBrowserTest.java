package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The work tray in a real headless Chromium: save a filter, see its count, sort, open a task, its steps, follow it up later. */
@QuarkusTest
class WorkTrayBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    TestClock clock;

    @Test
    void shouldSaveAFilterSortItAndFollowATaskUpLaterWhenAWorkerOrganisesTheirTray() {
        // given a worker with an overdue needs assessment and one not due yet
        TeamFixture team = people.team();
        openTransition(team, clock.today().minusYears(16).minusMonths(5));
        openTransition(team, clock.today().minusYears(15).minusMonths(10));

        try (Browser browser = Browser.open(app, "work-tray")) {
            browser.signIn(team.worker().username());
            browser.visit("/tasks", "tray");
            assertThat(browser.text("#filter-mine")).contains("My tasks").contains("2");
            assertThat(browser.text("#filter-overdue")).contains("Overdue").contains("1");
            browser.assertAccessible("Work tray");

            // when they choose only overdue tasks and save that as a filter
            browser.find("#overdue").click();
            browser.find("form[role=search] button[type=submit]").click();
            browser.find("#filterName").sendKeys("Late work");
            browser.find("#save-filter").click();

            // then the tray shows it chosen, with its count
            browser.screenshot("saved-filter");
            assertThat(browser.text("#chosen-title")).isEqualTo("Late work (1)");
            assertThat(browser.text("#tray-filters [aria-current]")).contains("Late work").contains("1");

            // and they sort a built-in filter by step, Z to A
            browser.find("#filter-mine").click();
            browser.find("#sort option[value='step,desc']").click();
            browser.find("#apply-sort").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=step"));
            assertThat(browser.path()).contains("sort=step");
            assertThat(browser.text("#chosen-title")).isEqualTo("My tasks (2)");
            browser.screenshot("sorted");

            // when they open the overdue task, its process's steps are listed with the current one marked
            browser.visit("/tasks?filter=overdue", "overdue");
            browser.find("table tbody tr a[href^='/tasks/']").click();
            assertThat(browser.text("#process-steps")).contains("Assess needs").contains("Current step").contains("Not reached yet");
            // and its diagram is drawn, with buttons to zoom (the drawing pans by dragging)
            WebElement diagram = browser.find("#task-diagram");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> "drawn".equals(diagram.getAttribute("data-diagram-state")));
            WebElement zoomIn = browser.driver().findElement(By.xpath("//button[normalize-space()='Zoom in']"));
            zoomIn.click();
            browser.screenshot("task-steps-and-diagram");
            browser.assertAccessible("Task with its steps");

            // and set a follow-up date for tomorrow
            LocalDate tomorrow = clock.today().plusDays(1);
            browser.find("#followUp-day").sendKeys(String.valueOf(tomorrow.getDayOfMonth()));
            browser.find("#followUp-month").sendKeys(String.valueOf(tomorrow.getMonthValue()));
            browser.find("#followUp-year").sendKeys(String.valueOf(tomorrow.getYear()));
            browser.find("#set-follow-up").click();
            browser.screenshot("followed-up");
            assertThat(browser.text("#follow-up")).contains("You will follow this up on");

            // then it waits under "Follow up later", out of "My tasks"
            browser.visit("/tasks", "tray-after-follow-up");
            assertThat(browser.text("#filter-follow-up-later")).contains("1");
            assertThat(browser.text("#filter-mine")).contains("1");

            // and the tray reads at a phone's width without scrolling sideways
            browser.resize(390, 844);
            browser.visit("/tasks?filter=mine", "tray-phone");
            assertThat(browser.scrollsSideways()).isFalse();
        }
    }

    private void openTransition(TeamFixture team, LocalDate dateOfBirth) {
        UUID youngPerson = people.youngPerson(team, dateOfBirth, clock.today().minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
    }
}
