package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.testsupport.Casework.DisputedReview;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every main page, as each role sees it, checked by axe-core in a real headless Chromium: no serious or critical
 * accessibility violation (issue 14). Screenshots: target/screenshots/.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    Casework casework;
    @Inject
    NotificationService notifications;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldHaveNoSeriousOrCriticalAccessibilityViolationOnAnyMainPageWhenEachRoleOpensIt() {
        // given a care leaver whose review scheduling is late (escalated), with a dispute raised by their IRO and a notification
        DisputedReview disputed = casework.escalatedReviewWithDispute();
        TeamFixture team = disputed.team();
        UUID youngPerson = disputed.youngPersonId();
        String dispute = disputed.disputeId();
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(
                new Notice("accessibility:" + team.id(), team.worker().username(), "Schedule review is overdue", "N-1", "/tasks")));
        Map<String, List<String>> violations = new LinkedHashMap<>();

        // when the worker opens their pages, the task with a form error among them
        try (Browser browser = Browser.open(app, "accessibility-worker")) {
            check(browser, violations, "/sign-in", "sign-in");
            browser.signIn(team.worker().username());
            check(browser, violations, "/tasks", "my-tasks");
            browser.all("table tbody tr td:first-child a").get(0).click();
            violations.put("task", browser.accessibilityViolations());
            browser.find("#complete").click();
            browser.screenshot("task-with-errors");
            assertThat(browser.text(".error-summary")).contains("There is a problem");
            violations.put("task with errors", browser.accessibilityViolations());
            check(browser, violations, "/young-people", "young-people");
            check(browser, violations, "/young-people/" + youngPerson, "young-person");
            check(browser, violations, "/escalations", "escalations");
            check(browser, violations, "/notifications", "notifications");
        }
        // and the manager theirs
        try (Browser browser = Browser.open(app, "accessibility-manager")) {
            browser.signIn(team.manager().username());
            check(browser, violations, "/team", "team-board");
            check(browser, violations, "/escalations", "manager-escalations");
            check(browser, violations, "/disputes/" + dispute, "manager-dispute");
        }
        // and the IRO theirs
        try (Browser browser = Browser.open(app, "accessibility-iro")) {
            browser.signIn(team.iro().username());
            check(browser, violations, "/escalations", "iro-escalations");
            check(browser, violations, "/disputes/" + dispute, "iro-dispute");
            check(browser, violations, "/disputes/new?youngPerson=" + youngPerson, "raise-dispute");
        }

        // then axe finds nothing serious or critical on any of them
        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
    }

    private static void check(Browser browser, Map<String, List<String>> violations, String path, String label) {
        browser.visit(path, label);
        violations.put(path, browser.accessibilityViolations());
    }
}
