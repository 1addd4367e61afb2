package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.StatementCounts;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
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

    @Test
    void shouldListAYoungPersonWithoutAnAdviserAsLackingAndMoveThemToEveryoneElseWhenTheManagerAllocatesOneFromTheBoard() {
        // given a care leaver of the team with a social worker and an IRO but no personal adviser, and one of another team
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, clock.today(), 19);
        UUID otherTeams = people.careLeaver(people.team(), clock.today(), 19);
        Map<String, String> manager = PageSessions.signIn(team.manager().username());

        // when the manager opens the team board
        String board = given().cookies(manager).get("/team").then().statusCode(200).extract().asString();

        // then the care leaver is listed as lacking, with an Allocate action for the adviser only, and the other team's is not
        assertThat(table(board, "lacking")).contains(careLeaver.toString()).contains(team.worker().displayName())
                .contains("id=\"allocate-personal-adviser-" + careLeaver + "\"")
                .doesNotContain("id=\"allocate-social-worker-" + careLeaver + "\"").doesNotContain("id=\"allocate-iro-" + careLeaver + "\"");
        assertThat(board).doesNotContain(otherTeams.toString());

        // when they follow it, the allocation page offers the team's workers and comes back to the board
        String form = given().cookies(manager).get("/young-people/{id}/allocations/personal-adviser?back=team", careLeaver).then()
                .statusCode(200).extract().asString();
        assertThat(form).contains("Back to the team board").contains("name=\"back\" value=\"team\"").contains(team.adviser().displayName())
                .doesNotContain(team.iro().displayName());
        given().cookies(manager).redirects().follow(false).formParam("csrf-token", manager.get("csrf-token"))
                .formParam("staffUsername", team.adviser().username()).formParam("back", "team")
                .post("/young-people/{id}/allocations/personal-adviser", careLeaver).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/team#allocations"));

        // then the board lists them with everyone else, the adviser named, and no longer as lacking
        String after = given().cookies(manager).get("/team").then().statusCode(200).extract().asString();
        assertThat(table(after, "allocated")).contains(careLeaver.toString()).contains(team.adviser().displayName());
        assertThat(after).contains("Every young person of the team has a social worker, a personal adviser and an IRO.");
    }

    @Test
    void shouldEndAnAllocationFromTheBoardWithTheDayAndReasonAndShowTheMessagesWhenTheyAreMissing() {
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, clock.today(), 19);
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        assertThat(table(given().cookies(manager).get("/team").then().statusCode(200).extract().asString(), "lacking"))
                .contains("/young-people/" + careLeaver + "/allocations/iro/end?back=team");

        // nothing typed: the page's messages, and the IRO still allocated
        given().cookies(manager).formParam("csrf-token", manager.get("csrf-token")).formParam("back", "team")
                .post("/young-people/{id}/allocations/iro/end", careLeaver).then().statusCode(422)
                .body(org.hamcrest.Matchers.containsString("Enter the day the allocation ends"))
                .body(org.hamcrest.Matchers.containsString("Enter why the allocation ends"));

        // the day and the reason: ended, back on the board, with nobody as IRO
        LocalDate today = clock.today();
        given().cookies(manager).redirects().follow(false).formParam("csrf-token", manager.get("csrf-token")).formParam("back", "team")
                .formParam("endedOn-day", today.getDayOfMonth()).formParam("endedOn-month", today.getMonthValue())
                .formParam("endedOn-year", today.getYear()).formParam("reason", "IRO leaving the service")
                .post("/young-people/{id}/allocations/iro/end", careLeaver).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/team#allocations"));
        assertThat(table(given().cookies(manager).get("/team").then().statusCode(200).extract().asString(), "lacking"))
                .contains("id=\"allocate-iro-" + careLeaver + "\"");
    }

    @Test
    void shouldReadTheBoardInAsManyStatementsForTwelveYoungPeopleAsForOneWhenTheManagerOpensIt() {
        // given a team with one care leaver and a team with twelve, none of them with a personal adviser
        TeamFixture small = people.team();
        people.careLeaver(small, clock.today(), 19);
        TeamFixture large = people.team();
        for (int i = 0; i < 12; i++) {
            people.careLeaver(large, clock.today(), 18 + i % 4);
        }

        // when each team's manager opens the board, then the twelve take no more statements than the one (a query per list)
        assertThat(boardStatements(large)).isEqualTo(boardStatements(small));
    }

    @Test
    void shouldNotListAllocationsForAWorker() {
        TeamFixture team = people.team();
        given().cookies(PageSessions.signIn(team.worker().username())).get("/team").then().statusCode(404);
    }

    /** How many SQL statements the team board took for the team's manager (the second time, their session settled). */
    private static int boardStatements(TeamFixture team) {
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        given().cookies(manager).get("/team").then().statusCode(200);
        return Integer.parseInt(given().cookies(manager).get("/team").then().statusCode(200).extract().header(StatementCounts.HEADER));
    }

    /** The markup of the table with this id. */
    private static String table(String page, String id) {
        Matcher table = Pattern.compile("<table id=\"" + Pattern.quote(id) + "\">(.*?)</table>", Pattern.DOTALL).matcher(page);
        assertThat(table.find()).as("a table " + id).isTrue();
        return table.group(1);
    }

    /** The values of the options of the select with this id. */
    private static List<String> options(String page, String selectId) {
        Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        assertThat(select.find()).as("a select " + selectId).isTrue();
        return Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(1)).results().map(match -> match.group(1)).toList();
    }
}
