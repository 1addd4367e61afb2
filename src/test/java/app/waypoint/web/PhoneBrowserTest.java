package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.Casework.DisputedReview;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.TestClock;
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

/** The main pages on a phone 390 px wide: nothing wider than the screen, so nobody scrolls sideways (issue 14). */
@QuarkusTest
class PhoneBrowserTest {

    private static final int PHONE_WIDTH = 390;

    @TestHTTPResource("/")
    URL app;
    @Inject
    Casework casework;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldShowEveryMainPageWithoutScrollingSidewaysWhenTheScreenIs390PixelsWide() {
        // given a care leaver whose review scheduling is late (escalated), with a dispute raised by their IRO
        DisputedReview disputed = casework.escalatedReviewWithDispute();
        TeamFixture team = disputed.team();
        UUID youngPerson = disputed.youngPersonId();
        String dispute = disputed.disputeId();
        Map<String, Long> widths = new LinkedHashMap<>();

        // when the worker and then the manager open their pages on a phone
        try (Browser browser = Browser.open(app, "phone-worker")) {
            browser.resize(PHONE_WIDTH, 844);
            assertThat(browser.viewportWidth()).as("the window is a phone's").isLessThanOrEqualTo(PHONE_WIDTH);
            browser.signIn(team.worker().username());
            for (String page : List.of("/tasks", "/young-people", "/young-people/" + youngPerson, "/escalations", "/notifications")) {
                browser.visit(page, "phone");
                widths.put(page, browser.pageWidth());
            }
            browser.all("a[href^='/tasks/']").get(0).click();
            browser.screenshot("task");
            widths.put("a task", browser.pageWidth());
        }
        try (Browser browser = Browser.open(app, "phone-manager")) {
            browser.resize(PHONE_WIDTH, 844);
            browser.signIn(team.manager().username());
            for (String page : List.of("/team", "/disputes/" + dispute)) {
                browser.visit(page, "phone");
                widths.put(page, browser.pageWidth());
            }
        }

        // then no page is wider than the screen
        assertThat(widths).allSatisfy((page, width) -> assertThat(width).as(page).isLessThanOrEqualTo(PHONE_WIDTH));
    }
}
