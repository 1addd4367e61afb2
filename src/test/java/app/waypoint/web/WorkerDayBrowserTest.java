package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.TestClock;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A social worker's day in a real browser, every step on a page: they record a contact, write the pathway plan, complete their
 * overdue step, book the next visit (their task, due that day) and record the visit, which closes it. Each step is its own
 * method. Screenshots: target/screenshots/worker-day/.
 */
@QuarkusTest
class WorkerDayBrowserTest {

    private static final String OVERDUE_STEP = "Schedule review and invite";
    private static final String VISIT_STEP = "Make planned visit";

    @TestHTTPResource("/")
    URL app;
    @Inject
    Casework casework;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    private TeamFixture team;
    private UUID youngPerson;
    private LocalDate today;
    private Browser browser;

    @BeforeEach
    void workerWithAnOverdueStep() {
        // a care leaver whose review the worker has not scheduled by its due day: the step is a working day overdue
        ReviewRequested review = casework.careLeaverWithReviewSchedulingLate();
        team = review.team();
        youngPerson = review.youngPersonId();
        today = clock.today();
        browser = Browser.open(app, "worker-day");
        browser.signIn(team.worker().username());
    }

    @AfterEach
    void endOfTheDay() {
        if (browser != null) { // none when the browser is missing: the test was skipped
            browser.close();
        }
        clock.reset();
    }

    @Test
    void shouldGetThroughTheWorkersDayWhenEveryStepIsDoneOnThePages() {
        recordsAContact();
        writesThePlan();
        completesTheirOverdueSteps();
        booksTheNextVisit();
        recordsTheVisit();
    }

    /** From the young person's file, a phone call made today: the file shows the contact. */
    private void recordsAContact() {
        browser.visit("/young-people/" + youngPerson, "file");
        browser.assertAccessible("the young person's file");
        browser.find("#record-contact").click();
        browser.assertAccessible("the contact form");
        browser.find("#outcome-MADE").click();
        browser.find("#kind-PHONE").click();
        browser.typeDate("contactOn", today);
        browser.find("#note").sendKeys("Talked about starting college");
        browser.find("button#record-contact").click();
        browser.screenshot("contact-recorded");
        assertThat(browser.text("#last-contact")).contains("today");
        assertThat(browser.text("#contacts")).contains("Talked about starting college");
    }

    /** From the file, the pathway plan's editor: the contact, the contingency plan and a dated action, saved as a draft. */
    private void writesThePlan() {
        browser.visit("/young-people/" + youngPerson, "file-before-plan");
        browser.find("a[href='/young-people/" + youngPerson + "/pathway-plan']").click();
        browser.find("#edit-plan").click();
        browser.assertAccessible("the pathway plan editor");
        new PlanJourney(browser).writeThePlan("Weekly calls from the worker, a visit every month",
                "If the flat falls through, supported lodgings through the duty PA",
                new PlanJourney.Action("EDUCATION_AND_TRAINING", "Enrol at college", team.worker().username(), today.plusDays(14)));
        browser.submitWith("#save-draft");
        browser.screenshot("plan-saved");
        assertThat(browser.text("#plan-status")).contains("Draft");
        assertThat(browser.text("#section-educationAndTraining")).contains("Enrol at college");
    }

    /** From "My tasks", the overdue step is opened and completed: nothing is overdue any more. */
    private void completesTheirOverdueSteps() {
        browser.visit("/tasks", "my-tasks");
        browser.assertAccessible("my tasks");
        assertThat(browser.text("#task-count")).contains("1 overdue");
        link(OVERDUE_STEP).orElseThrow().click();
        browser.screenshot("overdue-step");
        browser.assertAccessible("the overdue step");
        browser.find("#councilProvidesAccommodation-no").click();
        browser.typeDate("reviewDate", calendar.plusWorkingDays(today, 5));
        browser.find("#complete").click();
        browser.screenshot("step-completed");
        assertThat(browser.text(".notice")).contains("You completed “" + OVERDUE_STEP + "”");
        assertThat(browser.text("#task-count")).contains("0 overdue");
    }

    /** From the file, a home visit today (first sent without its day, then whole): the file and the tasklist show it. */
    private void booksTheNextVisit() {
        browser.visit("/young-people/" + youngPerson, "file-before-visit");
        assertThat(browser.text("#next-visit")).isEqualTo("No visit is booked.");
        browser.find("#book-visit").click();
        browser.assertAccessible("the visit form");
        browser.find("#kind-HOME").click();
        browser.find("button#book-visit").click();
        browser.screenshot("visit-error");
        assertThat(browser.text(".error-summary")).contains("Enter the day of the visit");
        browser.assertAccessible("the visit form with errors");
        browser.typeDate("visitOn", today);
        browser.find("button#book-visit").click();
        browser.screenshot("visit-booked");
        assertThat(browser.text("#next-visit")).isEqualTo("Next visit: home visit on " + DueWording.date(today) + ", by "
                + team.worker().displayName() + ".");

        browser.visit("/tasks", "tasks-with-visit");
        WebElement visit = link(VISIT_STEP).orElseThrow();
        assertThat(visit.findElement(org.openqa.selenium.By.xpath("ancestor::tr")).getText()).contains("Due today");
    }

    /** The visit made, recorded from the file as a contact: the visit is no longer booked and its task is gone. */
    private void recordsTheVisit() {
        browser.visit("/young-people/" + youngPerson + "/contact", "visit-contact");
        browser.find("#outcome-MADE").click();
        browser.find("#kind-VISIT").click();
        browser.typeDate("contactOn", today);
        browser.find("button#record-contact").click();
        browser.screenshot("visit-recorded");
        assertThat(browser.text("#next-visit")).isEqualTo("No visit is booked.");
        browser.visit("/tasks", "tasks-after-visit");
        assertThat(link(VISIT_STEP)).isEmpty();
    }

    private Optional<WebElement> link(String step) {
        return browser.all("a[href^='/tasks/']").stream().filter(link -> link.getText().equals(step)).findFirst();
    }
}
