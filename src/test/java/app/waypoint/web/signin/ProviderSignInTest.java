package app.waypoint.web.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import app.waypoint.web.FakeOpenIdProvider;
import app.waypoint.web.PageSessions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Production sign-in: the pages sign in at the council's OpenID Connect provider (a fake one, {@link FakeOpenIdProvider}),
 * while /api keeps taking the same bearer tokens as before. One class, because its profile restarts the application.
 */
@QuarkusTest
@TestProfile(ProviderSignInTest.CouncilProvider.class)
class ProviderSignInTest {

    @Inject
    PeopleFixtures people;

    @Inject
    WaypointClock clock;

    @TestHTTPResource("/tasks")
    URI tasks;

    /** The production configuration of README, with the fake provider's address from the test resource. */
    public static class CouncilProvider implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.client-id", FakeOpenIdProvider.CLIENT_ID,
                    "quarkus.oidc.credentials.secret", FakeOpenIdProvider.CLIENT_SECRET,
                    "quarkus.http.auth.permission.pages.auth-mechanism", "code",
                    "waypoint.web.demo-sign-in", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeOpenIdProvider.class));
        }
    }

    @Test
    void shouldShowMyTasksWhenAMemberOfStaffSignsInAtTheCouncilsProvider() throws Exception {
        // given a worker, whom the provider knows by their staff username
        TeamFixture team = people.team();
        Visitor worker = new Visitor(team.worker().username());

        // when they open their tasks, are sent to the provider, and come back
        HttpResponse<String> page = worker.open(tasks);

        // then they are signed in: their list, their name, no password form
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/tasks");
        assertThat(page.body()).contains("My tasks", team.worker().displayName(), "0 tasks assigned to you").doesNotContain("Team board");
    }

    @Test
    void shouldLandOnThePageTheyOpenedWhenAManagerSignsInFromTheTeamBoard() throws Exception {
        TeamFixture team = people.team();

        HttpResponse<String> page = new Visitor(team.manager().username()).open(tasks.resolve("/team"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/team");
        assertThat(page.body()).contains(team.manager().displayName(), team.worker().displayName());
    }

    @Test
    void shouldRefuseThePagesWhenTheProviderKnowsSomeoneWhoIsNotStaff() throws Exception {
        // given someone the council's provider signs in, but who is not a member of staff in Waypoint
        Visitor stranger = new Visitor("not-staff-" + System.nanoTime());

        // when they open the tasks, then a plain 403 page says why, with no menu but a way to sign out (to try another account)
        HttpResponse<String> page = stranger.open(tasks);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot do this", "not as a member of staff known to Waypoint", "Sign out</button>")
                .doesNotContain("My tasks</a>").doesNotContain("Exception");
        // and so does every other page
        assertThat(stranger.open(tasks.resolve("/young-people")).statusCode()).isEqualTo(403);
        assertThat(stranger.open(tasks.resolve("/escalations")).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldKeepTheApiOnBearerTokensWhenThePagesSignInAtTheProvider() throws Exception {
        TeamFixture team = people.team();
        Visitor worker = new Visitor(team.worker().username());
        assertThat(worker.open(tasks).statusCode()).isEqualTo(200);

        // the provider's session cookie is not a bearer token
        given().cookies(worker.cookies()).get("/api/tasks").then().statusCode(401);
        // the bearer tokens of the API work as before
        given().header("Authorization", team.workerToken()).get("/api/tasks").then().statusCode(200);
        // and a bearer token alone does not open a page: it is sent to the provider
        String location = given().redirects().follow(false).header("Authorization", team.workerToken()).get("/tasks")
                .then().statusCode(302).extract().header("Location");
        assertThat(location).contains("/authorize?");
    }

    @Test
    void shouldSignOutAtTheProviderTooWhenSigningOut() throws Exception {
        TeamFixture team = people.team();
        Visitor worker = new Visitor(team.worker().username());
        String token = PageSessions.token(worker.open(tasks).body());

        HttpResponse<String> signedOut = worker.post(tasks.resolve("/sign-out"), "csrf-token=" + token);

        assertThat(signedOut.uri().getPath()).isEqualTo("/sign-in");
        assertThat(signedOut.body()).contains("You have signed out", "Sign in with your council account");
        assertThat(worker.cookies()).doesNotContainKey("q_session");
    }

    @Test
    void shouldSendCopiedProviderCookiesToTheSignInPageWhenTheyAreReplayedAfterSigningOut() throws Exception {
        // given a worker signed in at the provider, moving between pages, whose cookies someone copied
        TeamFixture team = people.team();
        Visitor worker = new Visitor(team.worker().username());
        assertThat(worker.open(tasks).statusCode()).isEqualTo(200);
        assertThat(worker.open(tasks.resolve("/young-people")).statusCode()).isEqualTo(200);
        HttpResponse<String> page = worker.open(tasks);
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> copied = worker.cookies();
        assertThat(copied).containsKeys("q_session", ServerSessions.COOKIE);

        // when the worker signs out
        worker.post(tasks.resolve("/sign-out"), "csrf-token=" + PageSessions.token(page.body()));

        // then the copied cookies no longer open a page, but go to the sign-in page, clearing the provider's cookie
        List<String> cleared = given().cookies(copied).redirects().follow(false).get("/tasks")
                .then().statusCode(302).header("Location", endsWith("/sign-in"))
                .body(not(containsString(team.worker().displayName()))).extract().headers().getValues("Set-Cookie");
        assertThat(cleared).anyMatch(cookie -> cookie.startsWith("q_session=;") && cookie.contains("Max-Age=0"));
        // and the provider's cookie alone never did
        Visitor again = new Visitor(team.worker().username());
        assertThat(again.open(tasks).statusCode()).isEqualTo(200);
        given().cookie("q_session", again.cookies().get("q_session")).redirects().follow(false).get("/tasks")
                .then().statusCode(302).header("Location", endsWith("/sign-in"));
    }

    @Test
    void shouldAskToSignInAgainWhenAProviderSessionWasIdleForLongerThanTheTimeout() throws Exception {
        // given a worker signed in at the provider
        TeamFixture team = people.team();
        Visitor worker = new Visitor(team.worker().username());
        assertThat(worker.open(tasks).statusCode()).isEqualTo(200);
        Map<String, String> session = worker.cookies();

        try {
            // when 31 minutes pass without a request (the idle timeout is 30)
            clock.shift(Duration.ofMinutes(31));

            // then the next page shows the sign-in page instead, and the old cookies stay refused
            HttpResponse<String> page = worker.open(tasks);
            assertThat(page.uri().getPath()).isEqualTo("/sign-in");
            assertThat(page.body()).contains("Sign in with your council account").doesNotContain(team.worker().displayName());
            clock.shift(Duration.ofMinutes(-31));
            given().cookies(session).redirects().follow(false).get("/tasks")
                    .then().statusCode(302).header("Location", endsWith("/sign-in"));
        } finally {
            clock.shift(clock.offset().negated());
        }

        // and signing in again at the provider opens a new session
        assertThat(worker.open(tasks).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldEndTheProviderSessionsOfAWorkerAnAdminDisables() throws Exception {
        // given a worker signed in at the provider, whose cookies someone copied
        TeamFixture team = people.team();
        Visitor worker = new Visitor(team.worker().username());
        assertThat(worker.open(tasks).statusCode()).isEqualTo(200);
        Map<String, String> copied = worker.cookies();

        // when an administrator disables them, then their next page is refused
        given().header("Authorization", Tokens.bearer(people.admin())).post("/api/staff/{id}/disabling", team.worker().id())
                .then().statusCode(200);
        given().cookies(copied).redirects().follow(false).get("/tasks")
                .then().statusCode(403).body(not(containsString("0 tasks assigned to you")));

        // and when they are enabled again, the session they had stays ended
        given().header("Authorization", Tokens.bearer(people.admin())).post("/api/staff/{id}/enabling", team.worker().id())
                .then().statusCode(200);
        given().cookies(copied).redirects().follow(false).get("/tasks")
                .then().statusCode(302).header("Location", endsWith("/sign-in"));
    }

    /** A browser: keeps cookies, follows redirects, and at the provider signs in as {@code username} (the login hint). */
    private static final class Visitor {

        private final String username;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        Visitor(String username) {
            this.username = username;
        }

        HttpResponse<String> open(URI address) throws IOException, InterruptedException {
            return follow(HttpRequest.newBuilder(address).GET().build());
        }

        HttpResponse<String> post(URI address, String form) throws IOException, InterruptedException {
            return follow(HttpRequest.newBuilder(address).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        Map<String, String> cookies() {
            return cookies.getCookieStore().getCookies().stream().collect(Collectors.toMap(HttpCookie::getName, HttpCookie::getValue, (a, b) -> b));
        }

        private HttpResponse<String> follow(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                if (next.getPath().equals("/authorize")) {
                    next = URI.create(next + "&login_hint=" + username);
                }
                response = client.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            }
            return response;
        }
    }
}
