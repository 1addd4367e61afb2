package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.YoungPersonCouncilServices;
import app.waypoint.youngpersonview.domain.access.YoungPersonAccessService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A young person signs in with their council account on a phone 360 px wide (issue 18): the sign-in page offers it, the
 * council's provider (a fake one) signs them in, and they land on their own page; someone not invited is told so. Axe-clean.
 */
@QuarkusTest
@TestProfile(YoungPersonCouncilServices.class)
class CouncilAccountBrowserTest {

    private static final int WIDTH = 360;

    FakeOpenIdProvider provider;

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    YoungPersonAccessService access;

    @Test
    void shouldLandOnTheirPageWhenAnInvitedYoungPersonSignsInWithTheirCouncilAccountOnAPhone() {
        // given a care leaver invited with the address their council account has
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, clock.today(), 18);
        String email = "account." + UUID.randomUUID() + "@example.org";
        access.invite(careLeaver, email, team.workerCaller());
        provider.signsIn(email);

        try (Browser browser = Browser.open(app, "young-person-council-account")) {
            browser.resize(WIDTH, 800);
            // when they open the sign-in page, which offers their council account
            browser.visit("/me/sign-in", "sign in with a council account");
            assertThat(browser.text("main")).contains("Sign in with " + YoungPersonCouncilServices.ACCOUNT_NAME);
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(WIDTH);
            browser.assertAccessible("young person's sign-in with a council account");

            // and choose it, signing in at the provider
            browser.find("a[href='/me/oidc/sign-in']").click();

            // then they land on their own page
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(driver -> "/me".equals(URI.create(driver.getCurrentUrl()).getPath()));
            assertThat(browser.text("main")).contains("Who helps you").contains(team.worker().displayName());
            browser.screenshot("signed in with a council account");
            browser.assertAccessible("young person's page after the council account");
        }
    }

    @Test
    void shouldTellSomeoneNobodyInvitedThatTheirAccountDoesNotSignThemIn() {
        provider.signsIn("nobody." + UUID.randomUUID() + "@example.org");

        try (Browser browser = Browser.open(app, "young-person-council-account-refused")) {
            browser.resize(WIDTH, 800);
            browser.visit("/me/sign-in", "sign in");
            browser.find("a[href='/me/oidc/sign-in']").click();

            assertThat(browser.path()).isEqualTo("/me/oidc/sign-in");
            assertThat(browser.text("main")).contains("We could not sign you in with that account");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(WIDTH);
            browser.screenshot("council account refused");
            browser.assertAccessible("council account refused");
        }
    }
}
