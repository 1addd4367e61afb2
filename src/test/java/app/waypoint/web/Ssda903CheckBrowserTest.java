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
 * "Check the return before submitting": the SSDA903 care-leaver return's errors against the DfE's rules, listed against the
 * young person, in a real headless Chromium. Screenshots: target/screenshots/ssda903-check/ and ssda903-check-phone/.
 */
@QuarkusTest
class Ssda903CheckBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    Ssda903CareLeavers oc3;

    @Test
    void shouldListEachErrorAgainstTheYoungPersonWithWhereToFixItWhenAManagerChecksTheReturn() {
        // given a care leaver whose 20th birthday falls in the last complete collection year, with nothing recorded by then
        TeamFixture team = people.team();
        UUID person = people.careLeaver(team, LocalDate.of(oc3.lastCompleteYear() - 1, 10, 20), 20);

        try (Browser browser = Browser.open(app, "ssda903-check")) {
            // when their manager checks the return from the service view, for the year chosen there
            browser.signIn(team.manager().username());
            browser.visit("/service", "service-view");
            assertThat(browser.text("#check-ssda903")).isEqualTo("Check the return before submitting");
            browser.find("#check-ssda903").click();
            browser.screenshot("check");

            // then the three blank codes are errors against the young person, each with the DfE's rule and message
            assertThat(browser.text("h1")).isEqualTo("Check the SSDA903 care-leaver return (OC3)");
            assertThat(browser.text("#ssda903-check-summary")).contains("1 young person in the return").contains("3 errors");
            assertThat(browser.all("#ssda903-failures .ssda903-failure")).hasSize(3);
            assertThat(browser.text("#ssda903-failures")).contains("131").contains("Data entry for being in touch after leaving care is invalid.")
                    .contains("132").contains("133").contains("Alex Test");
            assertThat(browser.find("#ssda903-failures a[href$='/in-touch']").getAttribute("href"))
                    .endsWith("/young-people/" + person + "/in-touch");
            assertThat(browser.find("#ssda903-failures a[href$='#accommodation']").getAttribute("href"))
                    .endsWith("/young-people/" + person + "#accommodation");
            browser.assertAccessible("ssda903 check");
        }
    }

    @Test
    void shouldShowTheErrorsOnAPhoneWithoutScrollingSideways() {
        // given
        TeamFixture team = people.team();
        people.careLeaver(team, LocalDate.of(oc3.lastCompleteYear() - 1, 11, 2), 19);

        try (Browser browser = Browser.open(app, "ssda903-check-phone")) {
            // when the manager checks the return on a phone
            browser.resize(390, 844);
            browser.signIn(team.manager().username());
            browser.visit("/service/ssda903-oc3/check", "check");

            // then the errors are listed and nothing is wider than the screen
            assertThat(browser.all("#ssda903-failures .ssda903-failure")).hasSize(3);
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible("ssda903 check on a phone");
        }
    }
}
