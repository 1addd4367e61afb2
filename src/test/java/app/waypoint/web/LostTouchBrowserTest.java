package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Losing touch, as people live it, on a phone-sized screen: the worker records two unanswered calls, the file and the manager's
 * list flag the young person, the manager records "not in touch", and the worker's contact made takes the flag away.
 * Screenshots: target/screenshots/lost-touch/.
 */
@QuarkusTest
class LostTouchBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldFlagTheYoungPersonAfterTwoFailedAttemptsAndClearItWhenAContactIsMade() {
        // given a care leaver of 19 with their social worker
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID id = people.careLeaver(team, today, 19);

        try (Browser browser = Browser.open(app, "lost-touch")) {
            browser.resize(390, 844);
            // when the worker records two calls that were not answered
            browser.signIn(team.worker().username());
            browser.visit("/young-people/" + id, "file");
            assertThat(browser.text("#keeping-in-touch")).isEqualTo("In touch.");
            recordContact(browser, id, "ATTEMPTED", today);
            recordContact(browser, id, "ATTEMPTED", today);

            // then the file says possibly not in touch, with the attempts
            browser.screenshot("flagged-file");
            assertThat(browser.text("#keeping-in-touch")).startsWith("Possibly not in touch since").contains("2 failed attempts");
            browser.assertAccessible("the flagged file");

            // when the manager opens the list of young people
            browser.signInAs(team.manager().username());
            browser.visit("/young-people", "manager-list");

            // then the flag is on the young person's row
            String row = browser.find("a[href='/young-people/" + id + "']").findElement(By.xpath("./ancestor::tr")).getText();
            assertThat(row).contains("Possibly not in touch since " + DueWording.date(today));
            browser.assertAccessible("the list with the flag");

            // when they open keeping in touch and record the decision "not in touch"
            browser.visit("/young-people/" + id + "/in-touch", "in-touch");
            assertThat(browser.text("#in-touch-state")).startsWith("Possibly not in touch");
            browser.assertAccessible("keeping in touch");
            browser.find("button#record-not-in-touch").click();
            browser.screenshot("decision-error");
            assertThat(browser.text(".error-summary")).contains("There is a problem");
            browser.typeDate("decidedOn", today);
            browser.find("#reasons").sendKeys("Phone and text tried twice; the hostel has not seen him");
            browser.find("button#record-not-in-touch").click();
            browser.screenshot("decided");
            assertThat(browser.text("#keeping-in-touch")).startsWith("Not in touch since " + DueWording.date(today));

            // when the worker gets through at last
            browser.signInAs(team.worker().username());
            recordContact(browser, id, "MADE", today);

            // then the flag is gone
            browser.screenshot("back-in-touch");
            assertThat(browser.text("#keeping-in-touch")).isEqualTo("In touch.");
            assertThat(browser.text("#last-contact")).startsWith("Last contact made today");
        }
    }

    private static void recordContact(Browser browser, UUID id, String outcome, LocalDate on) {
        browser.visit("/young-people/" + id + "/contact", "contact-" + outcome.toLowerCase());
        browser.find("#outcome-" + outcome).click();
        browser.find("#kind-PHONE").click();
        browser.typeDate("contactOn", on);
        browser.find("button#record-contact").click();
        // the next visit must not overtake the form's redirect back to the file
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> !browser.path().endsWith("/contact"));
    }
}
