package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.staff.StaffResponse;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The administrators' audit page in a real headless Chromium. Screenshots: target/screenshots/admin-reads-audit/. */
@QuarkusTest
class AuditBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldShowAnAdministratorWhoOpenedAYoungPersonsPageAndWhatThatWorkerOpened() {
        // given a young person whose page their social worker opened
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);
        try (Browser browser = Browser.open(app, "worker-opens-young-person")) {
            browser.signIn(team.worker().username());
            browser.visit("/young-people/" + youngPerson, "young-person");
        }
        StaffResponse admin = people.admin();

        try (Browser browser = Browser.open(app, "admin-reads-audit")) {
            // when an administrator follows the header's Audit link and chooses the young person
            browser.signIn(admin.username());
            browser.find("header").findElement(By.linkText("Audit")).click();
            browser.screenshot("audit");
            assertThat(browser.text("h1")).isEqualTo("Audit");
            new Select(browser.find("#youngPerson")).selectByValue(youngPerson.toString());
            browser.find("#show-young-person").click();
            browser.screenshot("who-looked");

            // then the worker's read of the page is listed, in words (with the reads of the lists that named the young person:
            // the worker's My tasks after signing in, and the administrator's own)
            assertThat(browser.text("#entry-count")).contains("entries, newest first");
            assertThat(browser.text("#entries tbody")).contains(team.worker().displayName()).contains("Read").contains("Young person")
                    .contains("Page /young-people/{id}");

            // when they choose the worker instead
            new Select(browser.find("#staff")).selectByValue(team.worker().id().toString());
            browser.find("#show-staff").click();
            browser.screenshot("what-they-looked-at");

            // then the young person the worker looked at is named
            assertThat(browser.text("#entries-title")).contains(team.worker().displayName());
            assertThat(browser.text("#entries tbody")).contains("Alex Test").contains("Read");
        }
    }
}
