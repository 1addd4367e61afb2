package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signing in to the pages with a session cookie, while the API keeps answering bearer tokens only. */
@QuarkusTest
class SignInTest {

    @Inject
    PeopleFixtures people;

    @Inject
    WaypointClock clock;

    @Test
    void shouldSendSomeoneNotSignedInToTheSignInPageWhenTheyOpenTheirTasks() {
        given().redirects().follow(false).get("/tasks").then().statusCode(302).header("Location", endsWith("/sign-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit", "/supervision/book", "/house-project/cohorts", "/service", "/incidents", "/team",
            "/young-people", "/escalations", "/disputes"})
    void shouldSendSomeoneNotSignedInToTheSignInPageWhenTheyOpenAnyStaffPage(String page) {
        given().redirects().follow(false).get(page).then().statusCode(302).header("Location", endsWith("/sign-in"));
    }

    @Test
    void shouldShowTheirTasksWhenAMemberOfStaffSignsInWithTheDemoPassword() {
        // given a worker
        TeamFixture team = people.team();

        // when they sign in and open their tasks
        Map<String, String> session = PageSessions.signIn(team.worker().username());

        // then the page greets them, and shows their (empty) list
        given().cookies(session).get("/tasks").then().statusCode(200)
                .body(containsString("My tasks")).body(containsString(team.worker().displayName()))
                .body(containsString("0 tasks assigned to you"));
    }

    @Test
    void shouldRefuseTheSignInWhenThePasswordIsWrongOrTheCsrfTokenIsMissing() {
        TeamFixture team = people.team();
        Map<String, String> page = PageSessions.signInPage();

        // a wrong password goes back to the sign-in page with a message, and no session
        String session = given().redirects().follow(false).cookie("csrf-token", page.get("cookie"))
                .formParam("username", team.worker().username()).formParam("password", "wrong").formParam("csrf-token", page.get("token"))
                .post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/sign-in?failed=true")).extract().cookie("waypoint-session");
        assertThat(session).isNull();

        // the right password without the form's CSRF token is refused too
        given().redirects().follow(false).cookie("csrf-token", page.get("cookie"))
                .formParam("username", team.worker().username()).formParam("password", PageSessions.PASSWORD)
                .post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/sign-in?failed=true"));
    }

    @Test
    void shouldNotLetASessionCookieCallTheApiNorABearerTokenOpenAPage() {
        TeamFixture team = people.team();
        Map<String, String> session = PageSessions.signIn(team.worker().username());

        // the API wants a bearer token: the session cookie is not one
        given().cookies(session).get("/api/tasks").then().statusCode(401);
        // and the bearer token still works there
        given().header("Authorization", team.workerToken()).get("/api/tasks").then().statusCode(200);
        // a page wants the session: a bearer token alone is sent to sign in
        given().redirects().follow(false).header("Authorization", team.workerToken()).get("/tasks")
                .then().statusCode(302).header("Location", endsWith("/sign-in"));
    }

    @Test
    void shouldRefuseAPageFormWithoutItsCsrfTokenAndSignOutWithIt() {
        TeamFixture team = people.team();
        Map<String, String> session = PageSessions.signIn(team.worker().username());
        String token = PageSessions.token(given().cookies(session).get("/tasks").asString());

        // a form posted without the token (as another site could) is refused
        given().cookies(session).redirects().follow(false).formParam("x", "y").post("/sign-out").then().statusCode(403);

        // with it, the person is signed out: the session cookie is cleared
        given().cookies(session).redirects().follow(false).formParam("csrf-token", token).post("/sign-out")
                .then().statusCode(303).header("Location", endsWith("/sign-in?signedOut=true")).cookie("waypoint-session", "");
        given().get("/sign-in?signedOut=true").then().statusCode(200).body(containsString("You have signed out"))
                .body(not(containsString("Sign out</button>")));
    }

    @Test
    void shouldSendCopiedCookiesToTheSignInPageWhenTheyAreReplayedAfterSigningOut() {
        // given a worker signed in, whose cookies someone copied
        TeamFixture team = people.team();
        Map<String, String> copied = PageSessions.signIn(team.worker().username());
        String token = PageSessions.token(given().cookies(copied).get("/tasks").then().statusCode(200).extract().asString());

        // when the worker signs out
        given().cookies(copied).redirects().follow(false).formParam("csrf-token", token).post("/sign-out").then().statusCode(303);

        // then the copied cookies no longer open a page: the session ended on the server
        given().cookies(copied).redirects().follow(false).get("/tasks")
                .then().statusCode(302).header("Location", endsWith("/sign-in"));
        // and the session cookie alone, without the server session's, never did
        Map<String, String> other = PageSessions.signIn(team.worker().username());
        given().cookie("waypoint-session", other.get("waypoint-session")).redirects().follow(false).get("/tasks")
                .then().statusCode(302).header("Location", endsWith("/sign-in"));
    }

    @Test
    void shouldAskToSignInAgainWhenTheSessionWasIdleForLongerThanTheTimeout() {
        // given a worker signed in
        TeamFixture team = people.team();
        Map<String, String> session = PageSessions.signIn(team.worker().username());
        given().cookies(session).get("/tasks").then().statusCode(200);

        try {
            // when 31 minutes pass without a request (the idle timeout is 30)
            clock.shift(Duration.ofMinutes(31));

            // then the next page asks them to sign in again, and so does every later one
            given().cookies(session).redirects().follow(false).get("/tasks")
                    .then().statusCode(302).header("Location", endsWith("/sign-in"));
            clock.shift(Duration.ofMinutes(-31));
            given().cookies(session).redirects().follow(false).get("/tasks")
                    .then().statusCode(302).header("Location", endsWith("/sign-in"));
        } finally {
            clock.shift(clock.offset().negated());
        }
    }

    @Test
    void shouldKeepTheSessionOpenWhenItIsUsedWithinTheIdleTimeout() {
        TeamFixture team = people.team();
        Map<String, String> session = PageSessions.signIn(team.worker().username());

        try {
            // a request every 20 minutes keeps it open for an hour
            for (int i = 0; i < 3; i++) {
                clock.shift(Duration.ofMinutes(20));
                given().cookies(session).get("/tasks").then().statusCode(200).body(containsString("My tasks"));
            }
        } finally {
            clock.shift(clock.offset().negated());
        }
    }
}
