package app.waypoint.tasks.domain.visibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Tasklists read {@code waypoint.task_subject}, which the database keeps beside the engine's open tasks (V103, V104, engine V33,
 * V34): a row with the young person's team for each open task, gone once the task is done, moved with the young person when
 * their team changes, and the task's assignee and dates copied whenever they change.
 */
@QuarkusTest
class TaskSubjectTest {

    @Inject
    PeopleFixtures people;
    @Inject
    Casework casework;
    @Inject
    TestClock clock;
    @Inject
    TaskService tasks;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldListAYoungPersonsTasksToTheManagerOfTheTeamTheyMoveToAndNoLongerToTheOld() throws SQLException {
        TeamFixture from = people.team();
        TeamFixture to = people.team();
        LocalDate today = clock.today();
        UUID youngPerson = people.youngPerson(from, today.minusYears(16).minusMonths(10), today.minusYears(3), false);
        given().header("Authorization", from.managerToken()).post("/api/young-people/{id}/transition", youngPerson).then().statusCode(201);
        listedTo(from.managerToken(), youngPerson);
        notListedTo(to.managerToken(), youngPerson);

        // no page moves a young person between teams yet; a correction of their record in the database would
        update("update waypoint.young_person set team_id = ? where id = ?", to.id(), youngPerson);

        listedTo(to.managerToken(), youngPerson);
        notListedTo(from.managerToken(), youngPerson);
    }

    @Test
    void shouldKeepARowWithTheTeamForEachOpenTaskAndNoneForATaskOnceDone() throws SQLException {
        ReviewRequested review = casework.careLeaverAwaitingReview();
        List<String> before = openTaskIds(review.youngPersonId());
        assertThat(subjects(review.youngPersonId(), review.team().id())).containsExactlyInAnyOrderElementsOf(before).hasSize(1);

        given().header("Authorization", review.team().workerToken()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("councilProvidesAccommodation", false, "reviewDate", clock.today().plusDays(21).toString())))
                .post("/api/tasks/{id}/completion", before.get(0)).then().statusCode(204);

        List<String> after = openTaskIds(review.youngPersonId());
        assertThat(after).isNotEmpty().doesNotContain(before.get(0));
        assertThat(subjects(review.youngPersonId(), review.team().id())).containsExactlyInAnyOrderElementsOf(after);
    }

    @Test
    void shouldCopyAnUnclaimAClaimAndNewDatesSoTheTasklistsShowThem() throws SQLException {
        ReviewRequested review = casework.careLeaverAwaitingReview();
        String taskId = openTaskIds(review.youngPersonId()).get(0);
        given().header("Authorization", review.team().workerToken()).post("/api/tasks/{id}/unclaim", taskId).then().statusCode(200);
        teamTasks(review.team().managerToken()).body("items.id", hasItem(taskId));
        given().header("Authorization", review.team().workerToken()).post("/api/tasks/{id}/claim", taskId).then().statusCode(200);
        teamTasks(review.team().managerToken()).body("items.id", not(hasItem(taskId)));
        LocalDate due = clock.today().plusDays(40);
        given().header("Authorization", review.team().managerToken()).contentType(ContentType.JSON)
                .body(Map.of("due", due.toString(), "reason", "The young person asked for a later date"))
                .put("/api/tasks/{id}/due-date", taskId).then().statusCode(200);
        given().header("Authorization", review.team().workerToken()).contentType(ContentType.JSON)
                .body(Map.of("followUp", clock.today().plusDays(3).toString()))
                .put("/api/tasks/{id}/follow-up", taskId).then().statusCode(200);

        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(copied(taskId)).containsExactly(task.getAssignee(), task.getDueDate().toInstant(), task.getFollowUpDate().toInstant());
        given().header("Authorization", review.team().workerToken()).queryParam("scope", "mine").queryParam("size", 100).get("/api/tasks")
                .then().statusCode(200).body("items.find { it.id == '%s' }.due".formatted(taskId), equalTo(due.toString()));
    }

    private static ValidatableResponse teamTasks(String token) {
        return given().header("Authorization", token).queryParam("scope", "team").queryParam("size", 100).get("/api/tasks").then().statusCode(200);
    }

    private static void listedTo(String token, UUID youngPerson) {
        given().header("Authorization", token).queryParam("size", 100).get("/api/tasks")
                .then().statusCode(200).body("items.youngPersonId", hasItem(youngPerson.toString()));
    }

    private static void notListedTo(String token, UUID youngPerson) {
        given().header("Authorization", token).queryParam("size", 100).get("/api/tasks")
                .then().statusCode(200).body("items.youngPersonId", not(hasItem(youngPerson.toString())));
    }

    private List<String> openTaskIds(UUID youngPerson) {
        return tasks.createTaskQuery().processInstanceBusinessKey(youngPerson.toString()).list().stream().map(Task::getId).toList();
    }

    /** The tasks that task_subject says are about this young person, in this team. */
    private List<String> subjects(UUID youngPerson, UUID team) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select task_id from waypoint.task_subject where young_person_id = ? and team_id = ? and staff_id is null")) {
            select.setObject(1, youngPerson);
            select.setObject(2, team);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /** The assignee, due date and follow-up date in the tasklist's copy of the task. */
    private List<Object> copied(String taskId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select assignee_, due_date_, follow_up_date_ from waypoint.open_task where id_ = ?")) {
            select.setString(1, taskId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return List.of(row.getString(1), row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant());
            }
        }
    }

    private void update(String sql, UUID team, UUID youngPerson) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, team);
            update.setObject(2, youngPerson);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
