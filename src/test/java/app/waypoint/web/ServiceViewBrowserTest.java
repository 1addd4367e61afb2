package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.serviceview.domain.ServiceViewSnapshots;
import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.web.shell.DueWording;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The service view in a real headless Chromium. Screenshots: target/screenshots/service-view/ and service-view-phone/. */
@QuarkusTest
class ServiceViewBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    ServiceViewSnapshots snapshots;
    @Inject
    TestClock clock;
    @Inject
    EntityManager entities;

    @Test
    void shouldShowAHeadOfServiceTheirTeamsFiguresWithATrendAndTheNamesBehindAFigure() {
        // given a team with a 16-year-old without a pathway plan and a care leaver, under a head of service, and today's snapshot
        TeamFixture team = people.team();
        SeniorManagers seniors = people.seniorManagersOf(team);
        LocalDate today = clock.today();
        people.youngPerson(team, today.minusYears(16).minusDays(5), today.minusYears(3), false);
        people.careLeaver(team, today, 19);
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("delete from waypoint.service_view_snapshot where day = ?1").setParameter(1, today).executeUpdate();
            entities.createNativeQuery("delete from waypoint.service_view_snapshot_team where day = ?1").setParameter(1, today).executeUpdate();
        });
        snapshots.take(today);

        try (Browser browser = Browser.open(app, "service-view")) {
            // when the head of service follows the header's link
            browser.signIn(seniors.headOfService().username());
            browser.find("header").findElement(By.linkText("Service view")).click();
            browser.screenshot("service-view");

            // then every figure is there with its rule and a chart drawn as SVG
            assertThat(browser.text("h1")).isEqualTo("Service view");
            assertThat(browser.text("#as-of")).startsWith("Figures as of " + DueWording.date(today));
            assertThat(browser.text("#figure-plans-16-17")).contains("16–17-year-olds without an in-date pathway plan")
                    .contains("signed-off pathway plan");
            assertThat(browser.all("#figure-plans-16-17 svg[role=img]")).hasSize(1);
            // and the SSDA903 care-leaver return can be downloaded for a collection year, the last complete one chosen
            LocalDate lastMarch = today.getMonthValue() >= 4 ? LocalDate.of(today.getYear(), 3, 31) : LocalDate.of(today.getYear() - 1, 3, 31);
            assertThat(browser.text("#ssda903-year option:checked")).endsWith("to 31 March " + lastMarch.getYear());
            assertThat(browser.text("#download-ssda903")).isEqualTo("Download the SSDA903 care-leaver return (OC3)");
            assertThat(browser.find("#ssda903-oc3").getAttribute("action")).endsWith("/service/ssda903-oc3.csv");
            browser.assertAccessible("service view");

            // when they drill into the 16-17-year-olds without an in-date plan
            browser.find("#open-plans-16-17").click();
            browser.screenshot("figure");

            // then the young person is named, and the trend has its table
            assertThat(browser.text("#members")).contains("Alex Test");
            assertThat(browser.all("#trend-table")).hasSize(1);
            browser.assertAccessible("figure");

            // when they open the inspector's list of care leavers
            browser.visit("/service", "service-view-again");
            browser.find("#inspector-list").click();
            browser.screenshot("care-leavers");

            // then it has Annex A's columns and the download
            assertThat(browser.text("#care-leavers thead")).contains("Child Unique ID").contains("Eligibility Category");
            assertThat(browser.find("#download-csv").getAttribute("href")).endsWith("/service/care-leavers.csv");
            assertThat(browser.text("#download-xlsx")).isEqualTo("Download as a spreadsheet (xlsx)");
            assertThat(browser.find("#download-xlsx").getAttribute("href")).endsWith("/service/care-leavers.xlsx");
            browser.assertAccessible("care leavers");

            // when they ask for the care leavers of the last year
            browser.typeDate("from", today.minusYears(1));
            browser.find("#show-period").click();
            browser.screenshot("care-leavers-period");

            // then the list says so, and both downloads carry the period
            assertThat(browser.text("#care-leavers-period-words")).startsWith("Care leavers at any time from");
            assertThat(browser.find("#download-xlsx").getAttribute("href"))
                    .endsWith("/service/care-leavers.xlsx?from=" + today.minusYears(1) + "&to=" + today);
            assertThat(browser.text("#care-leavers tbody")).contains("Former relevant");
            browser.assertAccessible("care leavers of a period");
        }
    }

    @Test
    void shouldShowAFigureOnAPhoneWithoutScrollingSideways() {
        // given
        TeamFixture team = people.team();
        people.youngPerson(team, clock.today().minusYears(17), clock.today().minusYears(3), false);

        try (Browser browser = Browser.open(app, "service-view-phone")) {
            // when the team manager opens a figure on a phone
            browser.resize(390, 844);
            browser.signIn(team.manager().username());
            browser.visit("/service/plans-16-17", "figure");

            // then nothing is wider than the screen
            assertThat(browser.scrollsSideways()).isFalse();
            assertThat(browser.text("#members")).contains("Alex Test");
        }
    }

    @Test
    void shouldNotOfferTheServiceViewToAWorker() {
        // given
        TeamFixture team = people.team();

        try (Browser browser = Browser.open(app, "service-view-worker")) {
            // when a worker signs in
            browser.signIn(team.worker().username());

            // then the header has no link to it
            assertThat(browser.find("header").findElements(By.linkText("Service view"))).isEmpty();
        }
    }
}
