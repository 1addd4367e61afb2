package app.waypoint.tasks.domain.visibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * A manager's tasklist follows the young people of their team through {@code waypoint.task_subject}, which the database keeps
 * beside the engine's open tasks (V103, engine V33): a row with the young person's team for each open task, gone once the task
 * is done, moved with the young person when their team changes.
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

    private void update(String sql, UUID team, UUID youngPerson) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, team);
            update.setObject(2, youngPerson);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
