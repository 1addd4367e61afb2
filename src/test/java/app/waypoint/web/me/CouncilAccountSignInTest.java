package app.waypoint.web.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.waypoint.testsupport.MyWaypointSessions;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import app.waypoint.testsupport.YoungPersonCouncilServices;
import app.waypoint.web.PageSessions;
import app.waypoint.youngpersonview.domain.access.YoungPersonAccessService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A young person signs in at the council's OpenID Connect provider (a fake one, app.waypoint.web.FakeOpenIdProvider, as quarkus-oidc's
 * tenant young-person) and gets the same session of their own pages as a code gives; someone not invited is refused.
 */
@QuarkusTest
@TestProfile(YoungPersonCouncilServices.class)
class CouncilAccountSignInTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    YoungPersonAccessService access;

    @TestHTTPResource("/me/sign-in")
    URI signInPage;

    @Test
    void shouldShowTheirPageWhenAnInvitedYoungPersonSignsInWithTheirCouncilAccount() throws Exception {
        // given a care leaver invited with the e-mail address the council's provider knows them by
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, clock.today(), 19);
        String email = "yp." + UUID.randomUUID() + "@example.org";
        access.invite(careLeaver, email, team.workerCaller());
        Browser youngPerson = new Browser(email);

        // when they open the sign-in page, then it offers their council account
        HttpResponse<String> page = youngPerson.open(signInPage);
        assertThat(page.body()).contains("Sign in with " + YoungPersonCouncilServices.ACCOUNT_NAME, "href=\"/me/oidc/sign-in\"");

        // when they choose it, sign in at the provider and come back
        HttpResponse<String> back = youngPerson.open(signInPage.resolve("/me/oidc/sign-in"));

        // then they are signed in, and the page sends them on to their own page, which shows their worker
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("You are signed in", "http-equiv=\"refresh\" content=\"0;url=/me\"");
        assertThat(youngPerson.cookies()).containsKey(MyWaypointSessions.COOKIE)
                .doesNotContainKeys("q_session_young-person", "q_session");
        // and the sign-in is in the audit trail as theirs, as a code sign-in is
        given().header("Authorization", Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", careLeaver).then()
                .statusCode(200).body(containsString("the young person")).body(containsString("/me/oidc/sign-in"));
        HttpResponse<String> me = youngPerson.open(signInPage.resolve("/me"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.uri().getPath()).isEqualTo("/me");
        assertThat(me.body()).contains("Who helps you", team.worker().displayName());
        // and their own session is no staff identity
        assertThat(youngPerson.open(signInPage.resolve("/tasks")).uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void shouldRefuseNeutrallyWhenTheProviderSignsInSomeoneNobodyInvited() throws Exception {
        Browser stranger = new Browser("stranger." + UUID.randomUUID() + "@example.org");

        HttpResponse<String> back = stranger.open(signInPage.resolve("/me/oidc/sign-in"));

        assertThat(back.statusCode()).isEqualTo(403);
        assertThat(back.body()).contains(MeProviderPage.REFUSED, "Send me a code");
        assertThat(stranger.cookies()).doesNotContainKey(MyWaypointSessions.COOKIE);
        assertThat(stranger.open(signInPage.resolve("/me")).uri().getPath()).isEqualTo("/me/sign-in");
    }

    @Test
    void shouldRefuseAYoungPersonWhoseAccessTheManagerRevoked() throws Exception {
        // given a care leaver invited, then revoked by their team's manager
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, clock.today(), 19);
        String email = "yp." + UUID.randomUUID() + "@example.org";
        access.invite(careLeaver, email, team.workerCaller());
        access.revoke(careLeaver, team.managerCaller());

        // when they sign in at the provider, then they are refused as anyone unknown is
        HttpResponse<String> back = new Browser(email).open(signInPage.resolve("/me/oidc/sign-in"));
        assertThat(back.statusCode()).isEqualTo(403);
        assertThat(back.body()).contains(MeProviderPage.REFUSED);
    }

    @Test
    void shouldRefuseAnInvitedAddressTheProviderHasNotVerified() throws Exception {
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, clock.today(), 19);
        String email = "yp." + UUID.randomUUID() + "@example.org";
        access.invite(careLeaver, email, team.workerCaller());

        HttpResponse<String> back = new Browser("unverified:" + email).open(signInPage.resolve("/me/oidc/sign-in"));

        assertThat(back.statusCode()).isEqualTo(403);
        assertThat(back.body()).contains(MeProviderPage.REFUSED);
    }

    @Test
    void shouldKeepStaffSignInUnchangedWhenYoungPeopleSignInAtTheProvider() {
        TeamFixture team = people.team();

        Map<String, String> worker = PageSessions.signIn(team.worker().username());

        given().cookies(worker).get("/tasks").then().statusCode(200);
    }

    /** A browser: keeps cookies, follows redirects, and at the provider signs in as {@code login} (the login hint). */
    private static final class Browser {

        private final String login;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(String login) {
            this.login = login;
        }

        HttpResponse<String> open(URI address) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                if (next.getPath().equals("/authorize")) {
                    next = URI.create(next + "&login_hint=" + URLEncoder.encode(login, StandardCharsets.UTF_8));
                }
                response = client.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            }
            return response;
        }

        Map<String, String> cookies() {
            return cookies.getCookieStore().getCookies().stream().collect(Collectors.toMap(HttpCookie::getName, HttpCookie::getValue, (a, b) -> b));
        }
    }
}
