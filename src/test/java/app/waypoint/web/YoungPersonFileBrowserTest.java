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
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A day on a young person's file in a real browser: the worker records a visit and a significant change, the manager allocates a
 * personal adviser, all through the pages. Screenshots: target/screenshots/young-person-file/.
 */
@QuarkusTest
class YoungPersonFileBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldShowTheVisitTheChangeAndTheNewAdviserOnTheFileWhenTheWorkerAndManagerUseItsForms() {
        // given a care leaver of 19 with their social worker and IRO
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID id = people.careLeaver(team, today, 19);

        try (Browser browser = Browser.open(app, "young-person-file")) {
            // when the social worker opens the file, it has no contact yet and offers the forms
            browser.signIn(team.worker().username());
            browser.visit("/young-people/" + id, "file");
            assertThat(browser.text("#last-contact")).isEqualTo("No contact made is recorded.");

            // and they record today's visit, first forgetting how it happened
            browser.find("#record-contact").click();
            browser.find("#outcome-MADE").click();
            date(browser, "contactOn", today);
            browser.find("#note").sendKeys("Talked about college");
            browser.find("button#record-contact").click();
            browser.screenshot("contact-error");
            assertThat(browser.text(".error-summary")).contains("There is a problem").contains("Select how you made or tried to make contact");
            assertThat(browser.find("#note").getAttribute("value")).isEqualTo("Talked about college");
            browser.find("#kind-VISIT").click();
            browser.find("button#record-contact").click();
            browser.screenshot("contact-recorded");

            // then the file shows the visit as the last contact made, today
            assertThat(browser.path()).startsWith("/young-people/" + id);
            assertThat(browser.text("#last-contact")).startsWith("Last contact made today");
            assertThat(browser.text("#contacts")).contains("Visit").contains("Contact made").contains("Talked about college");

            // when they record that the young person lost their job three days ago
            browser.find("#record-significant-change").click();
            browser.find("#kind-LOSS_OF_EET").click();
            date(browser, "occurredOn", today.minusDays(3));
            browser.find("#detail").sendKeys("Lost his job at the warehouse");
            browser.find("button#record-significant-change").click();
            browser.screenshot("change-recorded");

            // then a pathway review runs, and the change is on the chronology in words
            assertThat(browser.text("main")).contains("Pathway review");
            assertThat(browser.text(".chronology[aria-labelledby=chronology]")).contains("Lost his job at the warehouse")
                    .doesNotContain("LOSS_OF_EET");

            // when the manager signs in and allocates the team's adviser as personal adviser, chosen from a list
            browser.submitWith(".sign-out button");
            browser.signIn(team.manager().username());
            browser.visit("/young-people/" + id, "manager-file");
            browser.find("#allocate-personal-adviser").click();
            browser.screenshot("allocate-form");
            assertThat(browser.all("input[type=text]")).isEmpty();
            browser.find("input[name=staffUsername][value='" + team.adviser().username() + "']").click();
            browser.find("button#allocate").click();
            browser.screenshot("allocated");

            // then the file shows the adviser allocated from today
            assertThat(browser.path()).startsWith("/young-people/" + id);
            assertThat(browser.text("#allocations")).contains("Personal adviser " + team.adviser().displayName() + " "
                    + DueWording.date(today) + " Now");
        }
    }

    private static void date(Browser browser, String name, LocalDate day) {
        browser.find("#" + name + "-day").sendKeys(Integer.toString(day.getDayOfMonth()));
        browser.find("#" + name + "-month").sendKeys(Integer.toString(day.getMonthValue()));
        browser.find("#" + name + "-year").sendKeys(Integer.toString(day.getYear()));
    }
}
