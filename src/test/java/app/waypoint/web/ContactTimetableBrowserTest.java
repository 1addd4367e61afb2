package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.contacttimetable.domain.ContactTimetableService;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationRequest;
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
 * The contact timetable on a phone: the personal adviser sees the next visit due on the young person's file, with the rule in
 * words, records the visit there, and the file shows the next one 2 months on. Screenshots: target/screenshots/contact-timetable/.
 */
@QuarkusTest
class ContactTimetableBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    AllocationService allocations;
    @Inject
    YoungPersonRecordService records;
    @Inject
    ContactTimetableService timetables;
    @Inject
    TestClock clock;

    @Test
    void shouldShowTheNextVisitDueAndMoveItOnWhenTheAdviserRecordsTheVisit() {
        // given a care leaver of 19 who moved today into supported lodgings the council provides, with a personal adviser
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID id = people.careLeaver(team, today, 19);
        allocations.allocate(id, AllocationKind.PERSONAL_ADVISER, team.adviser().username(), team.manager().username());
        records.recordAccommodation(id, new AccommodationRequest("E", "Hillside lodgings", today, false, true, "Close to her college",
                team.worker().username()), YoungPersonRecordService.ANY_VERSION, team.workerCaller());
        timetables.startIfDue(id);

        try (Browser browser = Browser.open(app, "contact-timetable")) {
            browser.resize(390, 844);
            // when the adviser opens the file on a phone
            browser.signIn(team.adviser().username());
            browser.visit("/young-people/" + id, "file");

            // then it shows the visit due within 7 days of the move, with the rule in words
            assertThat(browser.text("#next-contact-due")).startsWith("Next contact due: Visit by " + DueWording.date(today.plusDays(7)))
                    .contains("within 7 days of moving", "reg 8").doesNotContain("overdue");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible("file with the next contact due");

            // when they record today's visit
            browser.find("#record-contact").click();
            browser.find("#kind-VISIT").click();
            browser.find("#outcome-MADE").click();
            browser.typeDate("contactOn", today);
            browser.find("button#record-contact").click();
            browser.screenshot("visit-recorded");

            // then the next visit is due 2 months on
            assertThat(browser.path()).startsWith("/young-people/" + id);
            assertThat(browser.text("#next-contact-due")).startsWith("Next contact due: Visit by " + DueWording.date(today.plusMonths(2)))
                    .contains("at least every 2 months");
        }
    }
}
