package app.waypoint.contacttimetable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.contacttimetable.domain.ContactTimetableScan;
import app.waypoint.contacttimetable.domain.ContactTimetableService;
import app.waypoint.contacttimetable.process.ContactTimetableProcess;
import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.RecordContactRequest;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.shared.ScanPasses;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code bpmn/contact-timetable.bpmn} with the test clock: the due visit or contact for the personal adviser,
 * closed by a matching contact (never an attempt), by the pre-review visit, or by hand; re-timed by a move; ended with the
 * duty; and started once by the nightly scan.
 */
@QuarkusTest
class ContactTimetableProcessTest {

    @Inject
    PeopleFixtures people;
    @Inject
    ContactService contacts;
    @Inject
    YoungPersonRecordService records;
    @Inject
    ContactTimetableService timetables;
    @Inject
    ContactTimetableScan scan;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID youngPersonId;
    private LocalDate today;

    @BeforeEach
    void formerRelevantCareLeaverWithAPersonalAdviser() {
        team = people.team();
        today = clock.today();
        youngPersonId = people.careLeaverWithAdviser(team, today, 19);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAskTheAdviserToBeInTouchEveryEightWeeksAndCloseOnlyWhenAContactIsMade() {
        // given the timetable starts for a care leaver not in accommodation the council provides
        timetables.startIfDue(youngPersonId);

        // then the personal adviser is to be in touch within 8 weeks
        Map<String, Object> first = onlyTask();
        assertThat(first).containsEntry("stepId", ContactTimetableProcess.TASK_KEEP_IN_TOUCH)
                .containsEntry("assignee", team.adviser().username()).containsEntry("due", today.plusWeeks(8).toString());

        // when ten days later an attempted call is recorded, then nothing closes
        LocalDate called = today.plusDays(10);
        clock.travelTo(called);
        record(called, ContactKind.PHONE, ContactOutcome.ATTEMPTED);
        assertThat(onlyTask()).containsEntry("id", first.get("id"));

        // when a call is made, then the task closes and the next is due 8 weeks after it
        record(called, ContactKind.PHONE, ContactOutcome.MADE);
        Map<String, Object> next = onlyTask();
        assertThat(next.get("id")).isNotEqualTo(first.get("id"));
        assertThat(next).containsEntry("stepId", ContactTimetableProcess.TASK_KEEP_IN_TOUCH).containsEntry("due", called.plusWeeks(8).toString());
        assertThat(timetable().getString("lastMatchingContactOn")).isEqualTo(called.toString());
    }

    @Test
    void shouldAskForAVisitWithinSevenDaysOfAMoveIntoCouncilAccommodationThenEveryTwoMonths() {
        // given the care leaver moves today into semi-independent accommodation the council provides
        move("D", today);
        timetables.startIfDue(youngPersonId);

        // then a visit is due within 7 days of the move
        Map<String, Object> moveVisit = onlyTask();
        assertThat(moveVisit).containsEntry("stepId", ContactTimetableProcess.TASK_VISIT).containsEntry("due", today.plusDays(7).toString());
        JsonPath shown = timetable();
        assertThat(shown.getString("kind")).isEqualTo("VISIT");
        assertThat(shown.getString("rule")).contains("within 7 days");
        assertThat(shown.getBoolean("overdue")).isFalse();

        // when a call is made and a visit attempted, then the visit is still due
        LocalDate visited = today.plusDays(3);
        clock.travelTo(visited);
        record(visited, ContactKind.PHONE, ContactOutcome.MADE);
        record(visited, ContactKind.VISIT, ContactOutcome.ATTEMPTED);
        assertThat(onlyTask()).containsEntry("id", moveVisit.get("id"));

        // when the visit is made, then the next visit is due 2 months on
        record(visited, ContactKind.VISIT, ContactOutcome.MADE);
        assertThat(onlyTask()).containsEntry("stepId", ContactTimetableProcess.TASK_VISIT).containsEntry("due", visited.plusMonths(2).toString());

        // when the care leaver moves again, into supported lodgings, then the visit is re-timed to 7 days after that move
        LocalDate movedAgain = today.plusDays(20);
        clock.travelTo(movedAgain);
        move("E", movedAgain);
        assertThat(onlyTask()).containsEntry("stepId", ContactTimetableProcess.TASK_VISIT).containsEntry("due", movedAgain.plusDays(7).toString());

        // and once that day has passed without a visit, the timetable shows it overdue
        clock.travelTo(movedAgain.plusDays(8));
        assertThat(timetable().getBoolean("overdue")).isTrue();
    }

    @Test
    void shouldCountThePreReviewVisitAsTheVisitDue() {
        // given a visit is due where the council provides the accommodation
        move("C", today);
        timetables.startIfDue(youngPersonId);
        assertThat(onlyTask()).containsEntry("stepId", ContactTimetableProcess.TASK_VISIT);

        // when a pathway review is scheduled and its pre-review visit made today
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("reason", "REQUEST_BY_YOUNG_PERSON"))
                .post("/api/young-people/{id}/pathway-reviews", youngPersonId).then().statusCode(201);
        complete(team.adviserToken(), onlyTask("PathwayReviewProcess").get("id"),
                Map.of("councilProvidesAccommodation", true, "reviewDate", today.plusDays(14).toString()));
        complete(team.adviserToken(), onlyTask("PathwayReviewProcess").get("id"), Map.of("visitedOn", today.toString()));

        // then the timetable's next visit is due 2 months after it
        assertThat(onlyTask()).containsEntry("stepId", ContactTimetableProcess.TASK_VISIT).containsEntry("due", today.plusMonths(2).toString());
    }

    @Test
    void shouldCountTheNextContactFromTheDayTheAdviserClosedItByHandSayingWhy() {
        // given a contact due
        timetables.startIfDue(youngPersonId);
        LocalDate closedOn = today.plusDays(30);
        clock.travelTo(closedOn);

        // when the adviser closes it by hand, saying why
        complete(team.adviserToken(), onlyTask().get("id"), Map.of(ContactTimetableProcess.VAR_CLOSED_WITHOUT_CONTACT_BECAUSE,
                "In custody at HMP Leeds: visits booked through the prison"));

        // then the reason is kept and the next contact is due 8 weeks from that day
        assertThat(onlyTask()).containsEntry("due", closedOn.plusWeeks(8).toString());
        JsonPath shown = timetable();
        assertThat(shown.getString("closedByHandReason")).startsWith("In custody");
        assertThat(shown.getString("closedByHandBy")).isEqualTo(team.adviser().username());
        assertThat(shown.getString("rule")).contains("closed without a contact");
    }

    @Test
    void shouldEndTheTimetableWhenTheDutyEndsAtTwentyOne() {
        // given a care leaver of nearly 21 without a personal adviser, whose timetable is running
        LocalDate born = today.minusYears(21).plusDays(5);
        UUID nearly21 = people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 14),
                Birthdays.anniversary(born, 18), LegalBasis.CARE_ORDER)));
        assertThat(timetables.startIfDue(nearly21)).isTrue();
        assertThat(tasksOf(nearly21, ContactTimetableProcess.KEY)).hasSize(1);

        // when the nightly scan runs after the 21st birthday
        clock.travelTo(Birthdays.anniversary(born, 21));
        ScanPasses.untilDone(scan::pass);

        // then the timetable has ended, with its task
        assertThat(tasksOf(nearly21, ContactTimetableProcess.KEY)).isEmpty();
        assertThat(given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/contact-timetable", nearly21)
                .then().statusCode(200).extract().jsonPath().getBoolean("running")).isFalse();
        assertThat(timetables.startIfDue(nearly21)).isFalse();
    }

    @Test
    void shouldStartExactlyOneTimetableHoweverOftenTheScanRuns() {
        // when the nightly scan runs twice
        ScanPasses.untilDone(scan::pass);
        List<UUID> second = ScanPasses.untilDone(scan::pass);

        // then the care leaver has one timetable with one task, and the second scan started or stopped none
        assertThat(second).isEmpty();
        assertThat(onlyTask()).containsEntry("stepId", ContactTimetableProcess.TASK_KEEP_IN_TOUCH);
        assertThat(timetables.startIfDue(youngPersonId)).isFalse();
    }

    private void record(LocalDate day, ContactKind kind, ContactOutcome outcome) {
        contacts.record(youngPersonId, new RecordContactRequest(day, kind, null, outcome), team.workerCaller());
    }

    private void move(String category, LocalDate from) {
        records.recordAccommodation(youngPersonId, new AccommodationRequest(category, "Riverside", from, false, true, "Near college and her sister",
                team.worker().username()), YoungPersonRecordService.ANY_VERSION, team.workerCaller());
    }

    private JsonPath timetable() {
        return given().header("Authorization", team.adviserToken()).get("/api/young-people/{id}/contact-timetable", youngPersonId)
                .then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> onlyTask() {
        return onlyTask(ContactTimetableProcess.KEY);
    }

    private Map<String, Object> onlyTask(String process) {
        List<Map<String, Object>> tasks = tasksOf(youngPersonId, process);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private List<Map<String, Object>> tasksOf(UUID id, String process) {
        return given().header("Authorization", team.managerToken()).queryParam("youngPersonId", id).queryParam("process", process)
                .get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static void complete(String token, Object taskId, Map<String, Object> values) {
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", taskId).then().statusCode(204);
    }
}
