package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A team manager's day in a real browser, every step on a page: they allocate a new young person from the team board, sign
 * off a pathway plan their worker drafted, book and record their worker's supervision (the agenda
 * showing the caseload's overdue work; two dated actions, each with an owner chosen from staff), book the next session and sign
 * this one off, and move the worker's tasks to a colleague while the worker is away. Each step is its own method. Screenshots:
 * target/screenshots/manager-day/.
 */
@QuarkusTest
class ManagerDayBrowserTest {

    private static final String OVERDUE_STEP = "Schedule review and invite";

    @TestHTTPResource("/")
    URL app;
    @Inject
    Casework casework;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID youngPerson;
    private LocalDate today;
    private Browser browser;
    private String session;

    @BeforeEach
    void teamWithOverdueWork() {
        // a care leaver whose worker has not scheduled their review by its due day
        ReviewRequested review = casework.careLeaverWithReviewSchedulingLate();
        team = review.team();
        youngPerson = review.youngPersonId();
        today = clock.today();
        browser = Browser.open(app, "manager-day");
        browser.signIn(team.manager().username());
    }

    @AfterEach
    void endOfTheDay() {
        if (browser != null) { // none when the browser is missing: the test was skipped
            browser.close();
        }
        clock.reset();
    }

    @Test
    void shouldGetThroughTheManagersDayWhenEveryStepIsDoneOnThePages() {
        allocatesANewYoungPerson();
        signsOffAPlan();
        booksSupervision();
        recordsSupervisionWithDatedActions();
        signsTheSupervisionOff();
        reassignsAnAbsentWorkersTasks(team.adviser());
    }

    /** A young person the team has just recorded, nobody allocated: from the team board, a social worker and an IRO. */
    private void allocatesANewYoungPerson() {
        LocalDate born = today.minusYears(16).minusMonths(3);
        UUID newcomer = people.newYoungPerson(team, born, false, List.of(new CareEpisodeInput(born.plusYears(15), null, LegalBasis.CARE_ORDER)));
        ManagerJourney journey = new ManagerJourney(browser);
        journey.allocateFromTheBoard(newcomer, AllocationKind.SOCIAL_WORKER, team.worker().username());
        journey.allocateFromTheBoard(newcomer, AllocationKind.IRO, team.iro().username());
        browser.visit("/young-people/" + newcomer, "newcomer-allocated");
        assertThat(browser.text("#allocations")).contains(team.worker().displayName()).contains(team.iro().displayName());
    }

    /** The worker's draft plan (written in their own session), signed off by the manager with an oversight note. */
    private void signsOffAPlan() {
        PlanJourney plan = new PlanJourney(browser);
        browser.signInAs(team.worker().username());
        browser.visit("/young-people/" + youngPerson + "/pathway-plan", "plan-by-worker");
        browser.find("#edit-plan").click();
        plan.writeThePlan("A visit every month and a call every week", "If the tenancy fails, the duty PA finds supported lodgings",
                new PlanJourney.Action("ACCOMMODATION", "Apply for the housing register", team.worker().username(), today.plusDays(21)));
        browser.submitWith("#save-draft");
        browser.signInAs(team.manager().username());
        plan.managerSignsOffThePlan(youngPerson, "Plan is realistic; check the housing register at the next review");
    }

    /** From the menu's booking page, a session today with their worker, chosen from a list: its agenda shows the overdue work. */
    private void booksSupervision() {
        browser.visit("/supervision/book", "book");
        browser.assertAccessible("the booking form");
        browser.find("input[name=worker][value='" + team.worker().id() + "']").click();
        browser.typeDate("scheduledFor", today);
        browser.submitWith("button#book-supervision");
        browser.screenshot("agenda");
        session = browser.path();
        assertThat(browser.text("#agenda-caseload")).contains("1 overdue").contains(OVERDUE_STEP);
        browser.assertAccessible("the session page");
    }

    /** The discussion, a decision and two actions, the second in a row added on the page, each with its owner and due date. */
    private void recordsSupervisionWithDatedActions() {
        browser.find("#discussions-0-discussion").sendKeys("The review is late; college place to confirm");
        browser.find("#discussions-0-decision").sendKeys("Schedule the review this week");
        action(0, "Schedule the pathway review", team.worker(), today.plusDays(2));
        browser.find("#add-action-0").click();
        browser.screenshot("second-action");
        assertThat(browser.find("#discussions-0-actions-0-description").getAttribute("value")).isEqualTo("Schedule the pathway review");
        action(1, "Ask the college for a start date", team.manager(), today.plusDays(14));
        browser.find("button#record-session").click();
        browser.screenshot("recorded");
        assertThat(browser.text("#session-status")).isEqualTo("Held, waiting for sign-off");
        assertThat(browser.text("#discussed")).contains("Schedule the review this week").contains("Schedule the pathway review")
                .contains("Ask the college for a start date");
    }

    /** The next session booked from the session page, then this one signed off by the supervisor. */
    private void signsTheSupervisionOff() {
        browser.visit(session, "held");
        browser.find("#book-next").click();
        browser.find("input[name=worker][value='" + team.worker().id() + "']").click();
        browser.typeDate("scheduledFor", today.plusDays(28));
        browser.submitWith("button#book-supervision");
        browser.visit(session, "to-sign");
        browser.find("#sign-off").click();
        browser.screenshot("signed");
        assertThat(browser.text("#supervisor-signature")).isEqualTo("Given");
        assertThat(browser.all("#sign-off")).isEmpty();
    }

    /** On the team board, every open task of the worker, away from today, moved to a colleague after confirming. */
    private void reassignsAnAbsentWorkersTasks(StaffResponse colleague) {
        browser.visit("/team", "team-board");
        browser.assertAccessible("the team board");
        new Select(browser.find("#from")).selectByValue(team.worker().username());
        new Select(browser.find("#to")).selectByValue(colleague.username());
        browser.find("#reassign").click();
        browser.screenshot("confirm");
        browser.assertAccessible("the reassignment confirmation");
        browser.find("#confirm").click();
        browser.screenshot("moved");
        assertThat(browser.text("#moved")).contains(" moved from " + team.worker().username() + " to " + colleague.username());

        browser.signInAs(colleague.username());
        browser.screenshot("colleague-tasks");
        assertThat(browser.all("a[href^='/tasks/']")).extracting(org.openqa.selenium.WebElement::getText).contains(OVERDUE_STEP);
    }

    private void action(int row, String description, StaffResponse owner, LocalDate due) {
        String at = "discussions-0-actions-" + row;
        browser.find("#" + at + "-description").sendKeys(description);
        browser.find("input[name='" + at + "-owner'][value='" + owner.username() + "']").click();
        browser.typeDate(at + "-dueDate", due);
    }
}
