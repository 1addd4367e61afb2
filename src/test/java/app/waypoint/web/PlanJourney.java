package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.openqa.selenium.support.ui.Select;

/**
 * The pathway plan's steps as people take them in the browser, for the journeys of each role: a worker writes the plan from
 * the "Write pathway plan" task, a manager signs it off, versions are compared, the copy is printed and recorded as given.
 * Each step starts and ends on a page a person would be on, and takes its screenshots.
 */
final class PlanJourney {

    private final Browser browser;

    PlanJourney(Browser browser) {
        this.browser = browser;
    }

    /** One action of the plan: the part of the plan it is for (a heading's name, e.g. {@code HEALTH}), what, who, by when. */
    record Action(String part, String what, String ownerUsername, LocalDate due) {
    }

    /**
     * The worker opens their "Write pathway plan" task, follows it to the editor, writes the contact and support, the
     * contingency plan, the young person's views and the actions (adding rows as needed), then saves and completes the step.
     * Ends on their task list.
     */
    void workerWritesThePlanFromTheTask(String taskId, String contact, String contingency, Action... actions) {
        browser.visit("/tasks/" + taskId, "plan-task");
        assertThat(browser.text("h1")).isEqualTo("Write pathway plan");
        browser.assertAccessible("the Write pathway plan task");
        browser.find("#open-plan-editor").click();
        browser.screenshot("plan-editor");
        browser.assertAccessible("the pathway plan editor");
        writeThePlan(contact, contingency, actions);
        browser.submitWith("#save-and-complete");
        browser.screenshot("plan-step-completed");
        assertThat(browser.path()).startsWith("/tasks?");
        assertThat(browser.text(".notice")).contains("Write pathway plan");
    }

    /** Fills the editor that is open: the texts, then each action in the next free row (asking for another row when none is left). */
    void writeThePlan(String contact, String contingency, Action... actions) {
        browser.find("#youngPersonViews").sendKeys("I want to stay near my college and my friends");
        browser.find("#headings-contactAndSupport").sendKeys(contact);
        browser.find("#headings-contingencyPlan").sendKeys(contingency);
        for (int i = 0; i < actions.length; i++) {
            if (browser.all("#action-" + i + "-description").isEmpty()) {
                browser.find("#add-action").click();
            }
            Action action = actions[i];
            String row = "#action-" + i;
            new Select(browser.find(row + "-part")).selectByValue(action.part());
            browser.find(row + "-description").sendKeys(action.what());
            new Select(browser.find(row + "-owner")).selectByValue(action.ownerUsername());
            browser.find(row + "-dueDate-day").sendKeys(Integer.toString(action.due().getDayOfMonth()));
            browser.find(row + "-dueDate-month").sendKeys(Integer.toString(action.due().getMonthValue()));
            browser.find(row + "-dueDate-year").sendKeys(Integer.toString(action.due().getYear()));
        }
        browser.screenshot("plan-written");
    }

    /** The manager opens the young person's plan, signs it off with their oversight note, and is back on the plan, signed off. */
    void managerSignsOffThePlan(UUID youngPersonId, String oversightNote) {
        browser.visit("/young-people/" + youngPersonId + "/pathway-plan", "plan-to-sign-off");
        browser.assertAccessible("the pathway plan");
        browser.find("#sign-off-plan").click();
        browser.screenshot("sign-off-form");
        browser.assertAccessible("the sign-off form");
        browser.find("#oversightNote").sendKeys(oversightNote);
        browser.find("button#sign-off").click();
        browser.screenshot("plan-signed-off");
        assertThat(browser.text("#plan-status")).contains("Signed off");
        assertThat(browser.text("#oversight-note")).contains(oversightNote);
    }

    /** From the plan page, the editor: a change to the accommodation saved as the next version's draft. */
    void workerStartsTheNextVersion(UUID youngPersonId, String accommodation) {
        browser.visit("/young-people/" + youngPersonId + "/pathway-plan", "plan-before-next-version");
        browser.find("#edit-plan").click();
        browser.find("#headings-accommodation").sendKeys(accommodation);
        browser.submitWith("#save-draft");
        browser.screenshot("next-version-saved");
        assertThat(browser.text("#plan-status")).contains("Draft").contains("Version 2");
    }

    /** From the plan page, the two newest versions side by side; returns the ids of the sections marked as changed. */
    java.util.List<String> compareVersions(UUID youngPersonId) {
        browser.visit("/young-people/" + youngPersonId + "/pathway-plan", "plan-with-versions");
        browser.find("#compare-versions").click();
        browser.screenshot("versions-side-by-side");
        browser.assertAccessible("the versions side by side");
        return browser.all("#comparison .plan-section.changed[id^=left-]").stream().map(section -> section.getAttribute("id")).toList();
    }

    /** The young person's printed copy, from the plan page; returns its text. */
    String printTheCopy(UUID youngPersonId) {
        browser.visit("/young-people/" + youngPersonId + "/pathway-plan", "plan-to-print");
        browser.find("#print-copy").click();
        browser.screenshot("printed-copy");
        browser.assertAccessible("the printed copy");
        return browser.text("main");
    }

    /** Records the day the copy was given, from the plan page, and is back on the plan. */
    void recordTheCopyGiven(UUID youngPersonId, LocalDate givenOn) {
        browser.visit("/young-people/" + youngPersonId + "/pathway-plan", "plan-copy-to-record");
        browser.find("#record-copy-given").click();
        browser.assertAccessible("the copy-given form");
        browser.find("#givenOn-day").sendKeys(Integer.toString(givenOn.getDayOfMonth()));
        browser.find("#givenOn-month").sendKeys(Integer.toString(givenOn.getMonthValue()));
        browser.find("#givenOn-year").sendKeys(Integer.toString(givenOn.getYear()));
        browser.find("button#record-copy-given").click();
        browser.screenshot("copy-given");
    }
}
