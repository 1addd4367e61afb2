package app.waypoint.contacttimetable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.contacttimetable.domain.ContactTimetableService;
import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.RecordContactRequest;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /api/young-people/{id}/contact-timetable}: what is due and why, to those who may see the young person. */
@QuarkusTest
class ContactTimetableResourceTest {

    @Inject
    PeopleFixtures people;
    @Inject
    ContactService contacts;
    @Inject
    ContactTimetableService timetables;
    @Inject
    TestClock clock;

    @Test
    void shouldShowTheNextContactDueTheRuleAndTheLastContactMadeToTheYoungPersonsWorkerAndIro() {
        // given a care leaver of 20 called yesterday, whose timetable then starts
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID id = people.careLeaver(team, today, 20);
        contacts.record(id, new RecordContactRequest(today.minusDays(1), ContactKind.PHONE, null, ContactOutcome.MADE), team.workerCaller());
        timetables.startIfDue(id);

        // then the worker and the IRO read when the next contact is due, counted from that call
        for (String token : new String[] {team.workerToken(), team.iroToken()}) {
            given().header("Authorization", token).get("/api/young-people/{id}/contact-timetable", id).then().statusCode(200)
                    .body("running", equalTo(true))
                    .body("dueOn", equalTo(today.minusDays(1).plusWeeks(8).toString()))
                    .body("kind", equalTo("CONTACT"))
                    .body("kindWords", equalTo("Contact"))
                    .body("rule", containsString("every 8 weeks"))
                    .body("overdue", equalTo(false))
                    .body("lastMatchingContactOn", equalTo(today.minusDays(1).toString()))
                    .body("closedByHandReason", nullValue());
        }
    }

    @Test
    void shouldAnswerNotFoundToStaffOfAnotherTeamAndNotRunningForAChildStillInCare() {
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID inCare = people.youngPerson(team, today.minusYears(16).minusMonths(6), today.minusYears(2), true);

        given().header("Authorization", people.team().workerToken()).get("/api/young-people/{id}/contact-timetable", inCare)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/contact-timetable", inCare)
                .then().statusCode(200).body("running", equalTo(false)).body("dueOn", nullValue());
    }
}
