package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.serviceview.domain.Ssda903CareLeavers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Care leavers aged 22 to 25 in a collection year, opened from the service view by a manager, in a real headless Chromium, on
 * a desktop and on a phone. Screenshots: target/screenshots/care-leavers-22-to-25/.
 */
@QuarkusTest
class CareLeavers22To25BrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    Ssda903CareLeavers oc3;

    @Test
    void shouldShowAManagerWhoOfTheirOlderCareLeaversAskedForSupportAndLinkEachToTheirRecord() {
        // given a care leaver whose 23rd birthday falls in the year under way, with the team's personal adviser allocated today
        TeamFixture team = people.team();
        int year = oc3.lastCompleteYear() + 1;
        UUID person = people.careLeaverWithAdviser(team, LocalDate.of(year - 1, 10, 20), 23);

        try (Browser browser = Browser.open(app, "care-leavers-22-to-25")) {
            // when their manager opens the figures from the service view and chooses the year under way
            browser.signIn(team.manager().username());
            browser.visit("/service", "service-view");
            browser.find("#older-care-leavers").click();
            assertThat(browser.text("h1")).isEqualTo("Care leavers aged 22 to 25");
            browser.find("#older-year option[value='" + year + "']").click();
            browser.find("#show-year").click();
            browser.screenshot("year-under-way");

            // then the 23-year-old is counted as having asked for and got support, and their name opens their record
            assertThat(browser.text("#older-by-age")).contains("1 April " + (year - 1) + " to 31 March " + year);
            assertThat(browser.text("#older-total")).isEqualTo("Total 1 0 1");
            assertThat(browser.all("#older-young-people .older-young-person")).hasSize(1);
            assertThat(browser.text("#older-young-people")).contains("Yes");
            assertThat(browser.find("#older-young-people a").getAttribute("href")).endsWith("/young-people/" + person);
            assertThat(browser.find("#download-older").getAttribute("href")).endsWith("/service/care-leavers-22-to-25/download?year=" + year);
            browser.assertAccessible("care leavers 22 to 25");

            // and on a phone nothing is wider than the screen
            browser.resize(390, 844);
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible("care leavers 22 to 25 on a phone");
        }
    }
}
