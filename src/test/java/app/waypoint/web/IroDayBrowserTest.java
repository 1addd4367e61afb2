package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * An IRO's day in a real browser, every step on a page: they read the escalation of a late review step, raise a dispute about
 * it, judge the team manager's response (which the manager sends from the dispute's page) and refer the case to Cafcass.
 * Screenshots: target/screenshots/iro-day/.
 */
@QuarkusTest
class IroDayBrowserTest {

    private static final String LATE_STEP = "Schedule review and invite";

    @TestHTTPResource("/")
    URL app;
    @Inject
    Casework casework;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID youngPerson;
    private Browser browser;
    private String dispute;

    @BeforeEach
    void lateReviewEscalated() {
        // a care leaver whose review scheduling is a working day late: escalated
        ReviewRequested review = casework.careLeaverWithReviewSchedulingLate();
        team = review.team();
        youngPerson = review.youngPersonId();
        browser = Browser.open(app, "iro-day");
        browser.signIn(team.iro().username());
    }

    @AfterEach
    void endOfTheDay() {
        if (browser != null) { // none when the browser is missing: the test was skipped
            browser.close();
        }
        clock.reset();
    }

    @Test
    void shouldGetThroughTheIrosDayWhenEveryStepIsDoneOnThePages() {
        readsAnEscalation();
        raisesADispute();
        theManagerResponds();
        judgesTheResponse();
        refersToCafcass();
    }

    /** The escalations page lists the late step about the young person they review. */
    private void readsAnEscalation() {
        browser.visit("/escalations", "escalations");
        browser.assertAccessible("the escalations page");
        assertThat(browser.text("main")).contains(LATE_STEP);
    }

    /** From the escalations page, a dispute about drift and delay, to be resolved informally within a week. */
    private void raisesADispute() {
        browser.find("#raise-dispute").click();
        browser.assertAccessible("the raise form");
        new Select(browser.find("#youngPersonId")).selectByValue(youngPerson.toString());
        new Select(browser.find("#issueType")).selectByValue("DRIFT_AND_DELAY");
        browser.find("#detail").sendKeys("The pathway review has not been scheduled");
        browser.typeDate("informalResolutionBy", clock.today().plusDays(7));
        browser.find("#raise").click();
        browser.screenshot("raised");
        assertThat(browser.text("#confirmation")).contains("You raised the dispute");
        dispute = browser.path().replaceFirst("\\?.*", "");
        browser.assertAccessible("the dispute page");
    }

    /** The team manager answers on the dispute's page. */
    private void theManagerResponds() {
        browser.signInAs(team.manager().username());
        browser.visit(dispute, "manager-dispute");
        browser.find("#response").sendKeys("The review is booked for next week");
        browser.find("#respond").click();
        browser.screenshot("responded");
        assertThat(browser.text("#confirmation")).contains("Your response is recorded");
    }

    /** Not satisfied: the dispute goes to its next stage. */
    private void judgesTheResponse() {
        browser.signInAs(team.iro().username());
        browser.visit(dispute, "to-judge");
        browser.assertAccessible("the dispute page with the judgement form");
        String stageBefore = browser.text("#stage");
        browser.find("#satisfied-no").click();
        browser.find("#note").sendKeys("A date is not a plan");
        browser.find("#judge").click();
        browser.screenshot("judged");
        assertThat(browser.text("#confirmation")).contains("Your judgement is recorded");
        assertThat(browser.text("#stage")).isNotEqualTo(stageBefore);
    }

    /** The referral to Cafcass, from the dispute's page. */
    private void refersToCafcass() {
        browser.all("details summary").stream().filter(summary -> summary.getText().contains("Refer to Cafcass")).findFirst()
                .orElseThrow().click();
        browser.find("#cafcass-note").sendKeys("Drift continues after the formal stage began");
        browser.find("form[action$='/cafcass-referral'] button").click();
        browser.screenshot("referred");
        assertThat(browser.text("#confirmation")).contains("The referral to Cafcass is recorded");
        browser.assertAccessible("the dispute page after the referral");
    }
}
