package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.housing.process.HomelessnessReferralProcess;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A homelessness referral in a real browser: the worker starts it from the housing page, records the referral and the housing
 * authority's outcome through its tasks, and finds it under Accommodation on the pathway plan; on a phone 390 px wide too.
 * Screenshots: target/screenshots/housing/.
 */
@QuarkusTest
class HousingBrowserTest {

    private static final int PHONE_WIDTH = 390;

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldShowTheReferralAndItsOutcomeUnderAccommodationWhenTheWorkerRecordsThemThroughTheTasks() {
        // given a care leaver of 19 with a pathway plan, and their social worker
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID id = people.careLeaver(team, today, 19);
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("headings", Map.of("accommodation", Map.of("text", "Stays in her flat"))))
                .put("/api/young-people/{id}/pathway-plan/draft", id).then().statusCode(200);

        try (Browser browser = Browser.open(app, "housing")) {
            browser.resize(PHONE_WIDTH, 844);
            browser.signIn(team.worker().username());

            // when the worker opens the housing page from the file and starts a referral, first forgetting the day
            browser.visit("/young-people/" + id, "file");
            assertThat(browser.text("#housing-state")).isEqualTo("No homelessness referral is open.");
            browser.find("#open-housing").click();
            browser.assertAccessible("housing page");
            assertThat(browser.find("#likelyHomelessOn-day").isDisplayed()).as("the 56-day question shows only for a threat").isFalse();
            browser.find("#reason-THREATENED_WITHIN_56_DAYS").click();
            assertThat(browser.find("#likelyHomelessOn-day").isDisplayed()).isTrue();
            browser.typeDate("likelyHomelessOn", today.plusDays(28));
            browser.find("#note").sendKeys("Notice to quit from the landlord");
            browser.find("#start-referral").click();
            browser.screenshot("start-error");
            assertThat(browser.text(".error-summary")).contains("Enter the day you learned of it");
            browser.typeDate("identifiedOn", today);
            browser.find("#start-referral").click();
            browser.screenshot("started");
            assertThat(browser.scrollsSideways()).as("the housing page fits a phone").isFalse();

            // then the young person is at risk of homelessness, on the housing page and on their file
            assertThat(browser.text("#housing-risk")).contains("At risk of homelessness");
            browser.visit("/young-people/" + id, "file-at-risk");
            assertThat(browser.text("#housing-state")).contains("At risk of homelessness");

            // when they record the referral on its task, with the young person's consent, to the authority they chose
            browser.visit("/tasks/" + taskId(team, id), "refer-task");
            browser.assertAccessible("refer task");
            browser.find("#reason-THREATENED_WITHIN_56_DAYS").click();
            browser.find("#consentToRefer").click();
            browser.find("#consentToShareContact").click();
            browser.find("#housingAuthority").sendKeys("Leeds City Council");
            browser.typeDate("referredOn", today);
            browser.find("#complete").click();
            browser.screenshot("referred");

            // and the housing authority's outcome on the next task
            browser.visit("/tasks/" + taskId(team, id), "outcome-task");
            browser.find("#outcome-PREVENTION_DUTY").click();
            browser.typeDate("outcomeOn", today);
            browser.find("#complete").click();
            assertThat(browser.text(".notice")).contains("You completed “Record the housing authority's outcome”");

            // then the plan's accommodation heading shows the referral, its authority and its outcome, and the risk is closed
            browser.visit("/young-people/" + id + "/pathway-plan", "plan");
            browser.assertAccessible("plan with housing actions");
            assertThat(browser.text("#section-accommodation")).contains("Homelessness referral").contains("Referred to Leeds City Council")
                    .contains("Prevention duty accepted").contains(DueWording.date(today));
            assertThat(browser.scrollsSideways()).as("the plan fits a phone").isFalse();
            browser.visit("/young-people/" + id + "/pathway-plan/edit", "editor");
            assertThat(browser.text("#plan-housing-actions")).contains("Referred to Leeds City Council");
            browser.visit("/young-people/" + id, "file-after");
            assertThat(browser.text("#housing-state")).isEqualTo("No homelessness referral is open.");
        }
    }

    private static String taskId(TeamFixture team, UUID youngPersonId) {
        List<String> ids = given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPersonId)
                .queryParam("process", HomelessnessReferralProcess.KEY).get("/api/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
