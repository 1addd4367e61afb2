package app.waypoint.web;

import static io.restassured.RestAssured.given;
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
 * An exploitation concern raised at a visit, decided by the manager with a safety plan, in a real browser: the worker follows
 * the visit page's risk prompts to raise it, the manager records the decision, and the file and the list show the active
 * risk. Screenshots: target/screenshots/risks/.
 */
@QuarkusTest
class RiskPageBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldShowTheBadgeAndTheSafetyPlanOnTheFileWhenTheManagerAcceptsAConcernRaisedAtAVisit() {
        // given a care leaver of 19 with their worker, their team's manager and adviser
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID id = people.careLeaver(team, today, 19);

        try (Browser browser = Browser.open(app, "risks")) {
            // when the worker, at the visit page, follows the risk prompts to raise a concern
            browser.signIn(team.worker().username());
            browser.visit("/young-people/" + id + "/visit", "visit-prompts");
            assertThat(browser.text("#risk-prompts")).contains("carry, hold or sell things");
            browser.find("#raise-concern-link").click();
            assertThat(browser.find("#source-VISIT").isSelected()).isTrue();
            browser.find("#kind-CRIMINAL_EXPLOITATION").click();
            browser.find("#whatWasSeen").sendKeys("Two new phones and cash; older men collect him from the flat");
            browser.find("button#raise-concern").click();
            browser.screenshot("seen-missing");
            assertThat(browser.text(".error-summary")).contains("Enter the day it was seen");
            browser.typeDate("seenOn", today);
            browser.find("button#raise-concern").click();
            browser.screenshot("raised");

            // then the concern awaits a decision, and the worker cannot decide it
            assertThat(browser.text("#concerns")).contains("Criminal exploitation").contains("Awaiting a manager's decision")
                    .contains("Two new phones and cash");
            assertThat(browser.all("a[id^=decide-]")).isEmpty();
            browser.assertAccessible("risks page");

            // when the manager opens the decision task, it sends them to the risks page
            browser.submitWith(".sign-out button");
            browser.signIn(team.manager().username());
            String task = given().header("Authorization", team.managerToken()).queryParam("youngPersonId", id).get("/api/tasks").then()
                    .statusCode(200).extract().path("items.find { it.stepId == 'Task_DecideOnConcern' }.id");
            browser.visit("/tasks/" + task, "decision-task");
            browser.find("#open-risks").click();

            // and opens the decision, first forgetting the review date
            browser.find("a[id^=decide-]").click();
            browser.find("#active-true").click();
            browser.find("#rationale").sendKeys("Strategy discussion held with the police; signs of county lines");
            browser.find("#action1-description").sendKeys("Make a National Referral Mechanism referral");
            browser.find("#action1-owner option[value='" + team.adviser().username() + "']").click();
            browser.typeDate("action1-dueOn", today.plusDays(7));
            browser.find("button#record-decision").click();
            browser.screenshot("decision-error");
            assertThat(browser.text(".error-summary")).contains("Give the day the safety plan is reviewed");
            browser.assertAccessible("decision form with an error");

            // and then gives it
            browser.typeDate("reviewOn", today.plusDays(28));
            browser.find("button#record-decision").click();
            browser.screenshot("decided");

            // then the risk is active with its plan and its history
            assertThat(browser.text("#active-risks")).contains("Criminal exploitation");
            assertThat(browser.text(".safety-plan")).contains("Make a National Referral Mechanism referral").contains(team.adviser().displayName());
            assertThat(browser.text(".risk-history")).contains("Concern raised").contains("Accepted as an active risk")
                    .contains("Strategy discussion held");

            // and the young person's page and the list show the badge
            browser.visit("/young-people/" + id, "file-badge");
            assertThat(browser.text("#risk-badges")).contains("Criminal exploitation");
            browser.visit("/young-people", "list-badge");
            assertThat(browser.text("#caseload")).contains("Criminal exploitation");

            // and the risks page reads on a phone without scrolling sideways
            browser.resize(390, 844);
            browser.visit("/young-people/" + id + "/risks", "phone");
            assertThat(browser.scrollsSideways()).isFalse();
        }
    }
}
