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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A contact written up late asks why, on a phone; the manager's late-recording report shows it by member of staff with the
 * reason, in a real headless Chromium. Screenshots: target/screenshots/late-recording/.
 */
@QuarkusTest
class LateRecordingBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldAskWhyAContactIsRecordedLateAndShowItToTheManagerOnAPhone() {
        // given a worker's care leaver, phoned ten days ago (more than 2 working days)
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 19);
        LocalDate tenDaysAgo = clock.today().minusDays(10);

        try (Browser browser = Browser.open(app, "late-recording")) {
            browser.resize(390, 844);
            browser.signIn(team.worker().username());

            // when the worker records the call with no reason
            browser.visit("/young-people/" + youngPerson + "/contact", "contact-form");
            browser.find("#outcome-MADE").click();
            browser.find("#kind-PHONE").click();
            browser.typeDate("contactOn", tenDaysAgo);
            browser.submitWith("button#record-contact");
            browser.screenshot("reason-asked");

            // then the error summary and the field ask for the reason
            assertThat(browser.text(".error-summary")).contains("late");
            assertThat(browser.text("#lateReason-error")).contains("2 working days");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible("the contact form asking why it is late");

            // when they give it
            browser.find("#lateReason").sendKeys("Off sick last week");
            browser.submitWith("button#record-contact");
            browser.screenshot("contact-recorded");
            assertThat(browser.path()).startsWith("/young-people/" + youngPerson);

            // then their manager's report counts it late for the worker and lists it with the reason
            browser.signInAs(team.manager().username());
            browser.visit("/service", "service-view");
            browser.find("#late-recording").click();
            browser.screenshot("report");
            assertThat(browser.text("#late-teams")).contains("1");
            assertThat(browser.text("#late-staff")).contains(team.worker().displayName());
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible("the late-recording report");

            browser.find("#late-staff a").click();
            browser.screenshot("late-contacts");
            assertThat(browser.text("#late-contacts")).contains("Off sick last week");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible("a worker's late contacts");
        }
    }

    @Test
    void shouldRefuseTheReportToAWorker() {
        TeamFixture team = people.team();
        try (Browser browser = Browser.open(app, "late-recording-worker")) {
            browser.signIn(team.worker().username());
            browser.visit("/reports/late-recording", "refused");
            assertThat(browser.text("h1")).isEqualTo("You cannot do this");
        }
    }
}
