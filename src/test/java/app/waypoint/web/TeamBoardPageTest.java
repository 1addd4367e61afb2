package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.TaskFilter;
import app.waypoint.tasks.domain.TaskQueries;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The team board offers a task only to the members of the team the service lets take it. */
@QuarkusTest
class TeamBoardPageTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    TaskQueries queries;
    @Inject
    TestClock clock;

    @Test
    void shouldListOnlyTheTeamsWorkersUnderAssignToWhenATaskForAWorkerHasNobody() {
        // given a needs assessment (a worker's step) given back to the team
        TeamFixture team = people.team();
        UUID youngPerson = people.youngPerson(team, clock.today().minusYears(16).minusMonths(5), clock.today().minusYears(3), true);
        transitions.start(youngPerson, team.managerCaller());
        String taskId = queries.list(new TaskFilter("mine", youngPerson, null, null, null, null, null, null, new Paging(0, 5)),
                team.workerCaller()).items().get(0).id();
        given().header("Authorization", team.workerToken()).post("/api/tasks/{id}/unclaim", taskId).then().statusCode(200);
        Map<String, String> manager = PageSessions.signIn(team.manager().username());

        // when the manager opens the team board
        String board = given().cookies(manager).get("/team").then().statusCode(200).extract().asString();

        // then "Assign to" lists the two workers of the team, not the manager or the IRO, whom the service would refuse
        assertThat(options(board, "assignee-" + taskId))
                .containsExactlyInAnyOrder(team.worker().username(), team.adviser().username());

        // and each of them is one the service accepts
        String token = PageSessions.token(board);
        for (String username : List.of(team.adviser().username(), team.worker().username())) {
            given().cookies(manager).redirects().follow(false).formParam("csrf-token", token).formParam("username", username)
                    .post("/team/tasks/{id}/assignee", taskId).then().statusCode(303);
        }
        given().cookies(manager).redirects().follow(false).formParam("csrf-token", token).formParam("username", team.iro().username())
                .post("/team/tasks/{id}/assignee", taskId).then().statusCode(422);
    }

    /** The values of the options of the select with this id. */
    private static List<String> options(String page, String selectId) {
        Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        assertThat(select.find()).as("a select " + selectId).isTrue();
        return Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(1)).results().map(match -> match.group(1)).toList();
    }
}
