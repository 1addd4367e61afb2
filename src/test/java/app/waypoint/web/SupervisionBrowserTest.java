package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Supervision in a real browser: the manager books a session from the menu, reads the agenda and records the session, first
 * leaving out the action's owner. Screenshots: target/screenshots/supervision/.
 */
@QuarkusTest
class SupervisionBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldRecordTheSessionWhenTheManagerBooksAndRecordsItThroughThePages() {
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        people.careLeaver(team, today, 19);

        try (Browser browser = Browser.open(app, "supervision")) {
            // given the manager books a session for their worker, chosen from a list
            browser.signIn(team.manager().username());
            browser.visit("/supervision/book", "book");
            browser.assertAccessible("the booking form");
            browser.find("input[name=worker][value='" + team.worker().id() + "']").click();
            date(browser, "scheduledFor", today);
            browser.find("button#book-supervision").click();

            // then the session page shows its agenda
            assertThat(browser.text("#agenda")).contains("Agenda").contains("Alex Test");
            browser.assertAccessible("the session page");

            // when they record a decision with an action but no owner
            browser.find("#discussions-0-decision").sendKeys("Find a second carer");
            browser.find("#discussions-0-actions-0-description").sendKeys("Ask fostering for a respite carer");
            date(browser, "discussions-0-actions-0-dueDate", today.plusDays(7));
            browser.find("button#record-session").click();
            browser.screenshot("record-error");

            // then the error summary says so and what they typed is kept
            assertThat(browser.text(".error-summary")).contains("There is a problem");
            assertThat(browser.find("#discussions-0-actions-0-description").getAttribute("value")).isEqualTo("Ask fostering for a respite carer");
            browser.assertAccessible("the session page with errors");

            // when they choose the owner, the session is recorded
            browser.find("input[name='discussions-0-actions-0-owner'][value='" + team.worker().username() + "']").click();
            browser.find("button#record-session").click();
            browser.screenshot("recorded");
            assertThat(browser.text("#session-status")).isEqualTo("Held, waiting for sign-off");
            assertThat(browser.text("#discussed")).contains("Find a second carer").contains("Ask fostering for a respite carer");
        }
    }

    private static void date(Browser browser, String name, LocalDate day) {
        browser.find("#" + name + "-day").sendKeys(Integer.toString(day.getDayOfMonth()));
        browser.find("#" + name + "-month").sendKeys(Integer.toString(day.getMonthValue()));
        browser.find("#" + name + "-year").sendKeys(Integer.toString(day.getYear()));
    }
}
