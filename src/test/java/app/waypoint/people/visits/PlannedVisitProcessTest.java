package app.waypoint.people.visits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.RecordContactRequest;
import app.waypoint.people.visits.process.PlannedVisitProcess;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both paths of {@code bpmn/planned-visit.bpmn}: a booked visit is the worker's task due on its day, closed by a visit
 * recorded as a contact, or by the worker completing the task with the reason it will not happen.
 */
@QuarkusTest
class PlannedVisitProcessTest {

    @Inject
    PeopleFixtures people;
    @Inject
    PlannedVisitService visits;
    @Inject
    ContactService contacts;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID youngPersonId;
    private LocalDate today;

    @BeforeEach
    void careLeaverWithAWorker() {
        team = people.team();
        today = clock.today();
        youngPersonId = people.careLeaver(team, today, 19);
    }

    @Test
    void shouldCloseTheVisitTaskWhenAVisitIsRecordedAsAContact() {
        // given the worker books a home visit in three days
        visits.book(youngPersonId, new BookVisitRequest(today.plusDays(3), VisitKind.HOME), team.workerCaller());

        // then it is their task, due that day, and the young person's next visit
        List<Map<String, Object>> open = visitTasks();
        assertThat(open).hasSize(1);
        assertThat(open.get(0)).containsEntry("assignee", team.worker().username()).containsEntry("due", today.plusDays(3).toString());
        assertThat(visits.next(youngPersonId, team.workerCaller())).hasValueSatisfying(next -> assertThat(next.visitOn()).isEqualTo(today.plusDays(3)));

        // when a phone call is recorded, nothing closes; when the visit is made and recorded, the task and the visit close
        contacts.record(youngPersonId, new RecordContactRequest(today, ContactKind.PHONE, null, ContactOutcome.MADE), team.workerCaller());
        assertThat(visitTasks()).hasSize(1);
        contacts.record(youngPersonId, new RecordContactRequest(today, ContactKind.VISIT, "Saw the new flat", ContactOutcome.MADE),
                team.workerCaller());

        // then
        assertThat(visitTasks()).isEmpty();
        assertThat(visits.next(youngPersonId, team.workerCaller())).isEmpty();
    }

    @Test
    void shouldCancelTheVisitWhenTheWorkerClosesItsTaskSayingWhy() {
        // given a booked statutory visit, and a second booking refused while it is open
        visits.book(youngPersonId, new BookVisitRequest(today, VisitKind.STATUTORY), team.workerCaller());
        assertThatThrownBy(() -> visits.book(youngPersonId, new BookVisitRequest(today.plusDays(1), VisitKind.HOME), team.workerCaller()))
                .isInstanceOf(ConflictException.class);

        // when the worker completes the task, saying why the visit will not happen
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of(PlannedVisitProcess.VAR_NOT_VISITED_BECAUSE, "Moved to Leeds, visit re-planned there")))
                .post("/api/tasks/{id}/completion", visitTasks().get(0).get("id")).then().statusCode(204);

        // then the visit is no longer booked, and another may be
        assertThat(visitTasks()).isEmpty();
        assertThat(visits.next(youngPersonId, team.workerCaller())).isEmpty();
        visits.book(youngPersonId, new BookVisitRequest(today.plusDays(7), VisitKind.OUT_OF_AREA), team.workerCaller());
        assertThat(visitTasks()).hasSize(1);
    }

    @Test
    void shouldRefuseAVisitOnADayAlreadyPast() {
        assertThatThrownBy(() -> visits.book(youngPersonId, new BookVisitRequest(today.minusDays(1), VisitKind.HOME), team.workerCaller()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(visitTasks()).isEmpty();
    }

    private List<Map<String, Object>> visitTasks() {
        return given().header("Authorization", team.workerToken()).queryParam("youngPersonId", youngPersonId)
                .queryParam("process", PlannedVisitProcess.KEY).get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
