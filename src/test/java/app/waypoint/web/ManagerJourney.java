package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.web.youngpeople.AllocationPage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A manager's steps in the browser, each through the pages as a person would (links and forms, no address typed but the
 * first), each page checked with axe and saved as a screenshot. For the manager's browser tests and the role journeys.
 */
final class ManagerJourney {

    private final Browser browser;

    ManagerJourney(Browser browser) {
        this.browser = browser;
    }

    /** From the team board, allocates {@code staffUsername} as the young person's {@code kind} and comes back to the board. */
    void allocateFromTheBoard(UUID youngPerson, AllocationKind kind, String staffUsername) {
        String role = AllocationPage.path(kind);
        browser.visit("/team", "team-board");
        browser.assertAccessible("the team board");
        browser.find("#allocate-" + role + "-" + youngPerson).click();
        browser.screenshot("allocate-" + role);
        browser.assertAccessible("the allocation page");
        browser.find("input[name=staffUsername][value='" + staffUsername + "']").click();
        browser.submitWith("button#allocate");
        browser.screenshot("allocated-" + role);
        assertThat(browser.path()).startsWith("/team");
    }

    /** From the task's page, moves its due date with the reason and comes back to the task's comments. */
    void changeDueDate(String taskId, LocalDate due, String reason) {
        browser.visit("/tasks/" + taskId, "task");
        browser.find("#change-due").click();
        browser.screenshot("due-date-form");
        browser.assertAccessible("the due date page");
        date("due", due);
        browser.find("#reason").sendKeys(reason);
        browser.submitWith("button#change-due-date");
        browser.screenshot("due-date-changed");
        assertThat(browser.path()).startsWith("/tasks/" + taskId);
    }

    /** From the navigation's Cohorts, creates a cohort led by {@code lead} with {@code others}, and lands on its board. */
    void createCohort(String name, LocalDate startsOn, String lead, List<String> others) {
        browser.visit("/tasks", "tasks");
        browser.find("nav a[href='/house-project/cohorts']").click();
        browser.screenshot("cohorts");
        browser.assertAccessible("the cohorts");
        browser.find("#new-cohort").click();
        browser.screenshot("cohort-form");
        browser.assertAccessible("the cohort form");
        browser.find("#name").sendKeys(name);
        date("startsOn", startsOn);
        browser.find("#lead-" + css(lead)).click();
        others.forEach(other -> browser.find("#others-" + css(other)).click());
        browser.find("button#create-cohort").click();
        browser.screenshot("cohort-board");
        browser.assertAccessible("the cohort board");
    }

    /** From the list of cohorts, opens the board of the one with this name. */
    void openCohortBoard(String name) {
        browser.visit("/house-project/cohorts", "cohorts-again");
        browser.all("#cohorts a").stream().filter(link -> link.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no cohort " + name + " in the list")).click();
        browser.screenshot("cohort-board-from-list");
    }

    private void date(String name, LocalDate day) {
        browser.find("#" + name + "-day").sendKeys(Integer.toString(day.getDayOfMonth()));
        browser.find("#" + name + "-month").sendKeys(Integer.toString(day.getMonthValue()));
        browser.find("#" + name + "-year").sendKeys(Integer.toString(day.getYear()));
    }

    /** A username inside an id selector: its dots escaped. */
    private static String css(String username) {
        return username.replace(".", "\\.");
    }
}
