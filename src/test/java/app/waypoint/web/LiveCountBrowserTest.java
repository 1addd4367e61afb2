package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The header's live unread count keeps one connection per browser, however many pages and tabs are open (issue 14): a
 * page never waits for one of the browser's six connections to the server. Screenshots: target/screenshots/.
 */
@QuarkusTest
class LiveCountBrowserTest {

    /** The bound on a page load: a page waiting for a connection waited 40 to 60 seconds. */
    private static final Duration SLOWEST_LOAD = Duration.ofSeconds(2);

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    NotificationService notifications;
    @Inject
    TestClock clock;

    @Test
    void shouldLoadThirtyPagesInARowWithoutWaitingWhenFourTabsAreOpen() {
        // given a worker with a young person in transition, signed in, with four tabs open on pages with the header (every
        // kind of page loaded once, so that what is timed is the wait for a connection, not a first rendering)
        TeamFixture team = people.team();
        UUID youngPerson = people.youngPerson(team, clock.today().minusYears(16).minusMonths(5), clock.today().minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
        List<String> pages = List.of("/tasks", "/young-people", "/escalations", "/notifications", "/young-people/" + youngPerson);

        try (Browser browser = Browser.open(app, "thirty-pages-four-tabs")) {
            browser.signIn(team.worker().username());
            browser.visit("/young-people/" + youngPerson, "first-tab");
            browser.openTab("/young-people", "second-tab");
            browser.openTab("/escalations", "third-tab");
            browser.openTab("/notifications", "fourth-tab");
            assertThat(browser.tabs()).hasSize(4);

            // when they load 30 pages in a row in the last tab
            Map<String, Duration> loads = new LinkedHashMap<>();
            for (int load = 1; load <= 30; load++) {
                String page = pages.get(load % pages.size());
                browser.visit(page, "load-" + load);
                loads.put(load + ". " + page, browser.loadTime());
            }

            // then none of them waited: every load took under two seconds
            assertThat(loads).allSatisfy((page, took) -> assertThat(took).as(page).isLessThan(SLOWEST_LOAD));

            // and with six tabs open, as many as the browser's connections to the server, a page still loads at once
            browser.openTab("/tasks", "fifth-tab");
            browser.openTab("/young-people", "sixth-tab");
            for (String page : pages) {
                browser.visit(page, "six-tabs");
                assertThat(browser.loadTime()).as("with six tabs open, " + page).isLessThan(SLOWEST_LOAD);
            }

            // and the count in every tab's header still follows the inbox live
            QuarkusTransaction.requiringNew().run(() -> notifications.notify(
                    new Notice("live-count:" + team.id(), team.worker().username(), "Assess needs is overdue", "N-1", "/tasks")));
            for (String tab : browser.tabs()) {
                browser.switchTo(tab);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> "1".equals(browser.text("#unread-count")));
            }
            browser.screenshot("count-updated");
        }
    }
}
