package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.IncidentDrill;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrators' page of failed steps, in a real headless Chromium and as plain HTTP. Screenshots: target/screenshots/admin-retries-failed-step/. */
@QuarkusTest
class IncidentsPageTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    IncidentDrill drill;

    @AfterEach
    void endDrills() {
        drill.cleanUp();
    }

    @Test
    void shouldShowAnAdministratorTheStoppedStepAndClearItWhenRetried() {
        // given a step for a young person that failed until the engine gave up
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);
        String jobId = drill.stoppedStep(youngPerson);
        String admin = people.admin().username();

        try (Browser browser = Browser.open(app, "admin-retries-failed-step")) {
            // when an administrator follows the header's link
            browser.signIn(admin);
            browser.find("header").findElement(By.linkText("Failed steps")).click();
            browser.screenshot("failed-steps");

            // then the step is listed as stopped, in words, without the address or the name its error quoted
            assertThat(browser.text("h1")).isEqualTo("Failed steps");
            String row = browser.text("#failed-" + jobId);
            assertThat(row).contains(IncidentDrill.STEP_NAME).contains(IncidentDrill.PROCESS_NAME).contains("Alex Test")
                    .contains("Mail server refused the letter to [hidden] for [hidden]").doesNotContain("example.org");
            browser.assertAccessible("failed-steps");

            // when the cause is fixed and they retry it (the job executor runs it at once; here the test does)
            drill.fixCause();
            browser.submitWith("#retry-" + jobId);
            drill.runAgain(jobId);
            browser.visit("/incidents", "after-retry");

            // then nothing has stopped any more
            assertThat(browser.text("main")).contains("No step has stopped.");
            assertThat(browser.all("#failed-" + jobId)).isEmpty();
            browser.assertAccessible("after-retry");

            // and at a phone's width the page does not scroll sideways
            browser.resize(390, 844);
            assertThat(browser.scrollsSideways()).isFalse();
        }
    }

    @Test
    void shouldShowThePageNotFoundAndNoLinkToAnyoneButAdministrators() {
        // given a team's manager signed in
        TeamFixture team = people.team();
        Map<String, String> session = PageSessions.signIn(team.manager().username());

        // when they open the page, and their task list
        given().cookies(session).get("/incidents").then().statusCode(404);
        String tasks = given().cookies(session).get("/tasks").then().statusCode(200).extract().asString();

        // then the header has no link to it
        assertThat(tasks).doesNotContain("href=\"/incidents\"");
    }
}
