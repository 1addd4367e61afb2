package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member of staff an administrator disabled loses the pages at once: their open session and any new sign-in. */
@QuarkusTest
class DisabledStaffPagesTest {

    @Inject
    PeopleFixtures people;

    @Test
    void shouldEndThePagesOnTheNextRequestAndRefuseSignInWhenAnAdminDisablesAWorker() {
        // given a worker signed in to the pages
        TeamFixture team = people.team();
        Map<String, String> session = PageSessions.signIn(team.worker().username());
        given().cookies(session).get("/tasks").then().statusCode(200);

        // when an administrator disables them
        given().header("Authorization", Tokens.bearer(people.admin())).post("/api/staff/{id}/disabling", team.worker().id())
                .then().statusCode(200);

        // then their session no longer opens a page, and signing in again is refused
        given().redirects().follow(false).cookies(session).get("/tasks")
                .then().statusCode(not(200)).body(not(containsString(team.worker().displayName())));
        Map<String, String> page = PageSessions.signInPage();
        given().redirects().follow(false).cookie("csrf-token", page.get("cookie"))
                .formParam("username", team.worker().username()).formParam("password", PageSessions.PASSWORD)
                .formParam("csrf-token", page.get("token")).post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/sign-in?failed=true"));
    }
}
