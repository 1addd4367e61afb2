package app.waypoint.people.allocations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A service manager, head of service and director see their service: the teams they are above, not the others. */
@QuarkusTest
class SeniorManagerVisibilityTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private SeniorManagers seniors;
    private UUID north;
    private UUID south;
    private UUID elsewhere;

    @BeforeEach
    void service() {
        // two teams under the same senior managers, and a third team under others; each with a transition started
        TeamFixture northTeam = people.team();
        TeamFixture southTeam = people.team();
        TeamFixture otherTeam = people.team();
        seniors = people.seniorManagersOf(northTeam);
        people.placeUnder(seniors, southTeam);
        people.seniorManagersOf(otherTeam);
        north = withTransition(northTeam);
        south = withTransition(southTeam);
        elsewhere = withTransition(otherTeam);
    }

    @Test
    void shouldListTheYoungPeopleOfEveryTeamUnderThemWhenAServiceManagerLists() {
        given().header("Authorization", Tokens.bearer(seniors.serviceManager())).queryParam("size", 100).get("/api/young-people")
                .then().statusCode(200)
                .body("items.id", hasItems(north.toString(), south.toString()))
                .body("items.id", not(hasItem(elsewhere.toString())));
    }

    @Test
    void shouldShowTheTasksOfEveryTeamUnderThemWhenTheDirectorListsTasks() {
        given().header("Authorization", Tokens.bearer(seniors.director())).queryParam("size", 100).get("/api/tasks")
                .then().statusCode(200)
                .body("items.youngPersonId", hasItems(north.toString(), south.toString()))
                .body("items.youngPersonId", not(hasItem(elsewhere.toString())));
    }

    @Test
    void shouldOpenAYoungPersonUnderThemButNotAnotherWhenTheHeadOfServiceReads() {
        String head = Tokens.bearer(seniors.headOfService());

        given().header("Authorization", head).get("/api/young-people/{id}", south).then().statusCode(200);
        given().header("Authorization", head).get("/api/young-people/{id}/chronology", north).then().statusCode(200);
        given().header("Authorization", head).get("/api/young-people/{id}", elsewhere).then().statusCode(404);
    }

    private UUID withTransition(TeamFixture team) {
        LocalDate today = clock.today();
        UUID youngPerson = people.youngPerson(team, today.minusYears(16).minusMonths(10), today.minusYears(3), false);
        given().header("Authorization", team.managerToken()).post("/api/young-people/{id}/transition", youngPerson).then().statusCode(201);
        return youngPerson;
    }
}
