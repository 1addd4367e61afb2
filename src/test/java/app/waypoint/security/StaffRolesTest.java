package app.waypoint.security;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The token says who the caller is; what they may do comes from their staff record, whatever the token's groups say. */
@QuarkusTest
class StaffRolesTest {

    @Inject
    PeopleFixtures people;

    @Test
    void shouldAnswer403AndCreateNobodyWhenSomeoneWhoIsNotStaffHasATokenSayingAdmin() {
        // given a validly signed token whose groups say admin, for someone who is not staff
        String stranger = Tokens.bearer("stranger." + UUID.randomUUID(), "admin");
        String username = "planted." + UUID.randomUUID();

        // when they add an administrator
        given().header("Authorization", stranger).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Planted", "email", "p@example.test", "role", "ADMIN"))
                .post("/api/staff")
                // then it is refused, and nobody was added
                .then().spec(problem(403, "forbidden"));
        given().header("Authorization", Tokens.bearer(people.admin())).get("/api/staff")
                .then().statusCode(200).body("username", not(hasItem(username)));
    }

    @Test
    void shouldAnswer403WhenAWorkersTokenSaysAdmin() {
        // given a worker whose token says admin
        TeamFixture team = people.team();
        String token = Tokens.bearer(team.worker().username(), "admin");

        // when they use administrators' endpoints, then they are refused as the worker they are
        given().header("Authorization", token).get("/api/staff").then().spec(problem(403, "forbidden"));
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("name", "Team " + UUID.randomUUID()))
                .post("/api/teams").then().spec(problem(403, "forbidden"));
        // while what a worker may do still works
        given().header("Authorization", token).get("/api/tasks").then().statusCode(200);
    }

    @Test
    void shouldGiveTheStaffRoleWhenTheTokenAssertsNone() {
        // given a manager whose token carries no groups at all
        TeamFixture team = people.team();
        String token = "Bearer " + Jwt.upn(team.manager().username()).sign();

        // when they list their team's staff, then they may, as a manager
        given().header("Authorization", token).get("/api/staff").then().statusCode(200).body("username", hasItem(team.worker().username()));
    }
}
