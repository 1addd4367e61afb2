package app.waypoint.web.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.web.PageSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every answer carries the security headers; cookies are Secure when the ingress says the request came over https. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    PeopleFixtures people;

    @Test
    void shouldSendTheSecurityHeadersAndNoStoreWhenAPageIsOpened() {
        TeamFixture team = people.team();
        Map<String, String> session = PageSessions.signIn(team.worker().username());

        securityHeaders(given().cookies(session).get("/tasks").then().statusCode(200))
                .header("Cache-Control", "no-store");
        securityHeaders(given().get("/sign-in").then().statusCode(200)).header("Cache-Control", "no-store");
    }

    @Test
    void shouldSendTheSecurityHeadersAndNoStoreWhenTheApiAnswers() {
        TeamFixture team = people.team();

        securityHeaders(given().header("Authorization", team.workerToken()).get("/api/tasks").then().statusCode(200))
                .header("Cache-Control", "no-store");
        securityHeaders(given().header("Authorization", team.workerToken()).get("/api/young-people/" + UUID.randomUUID())
                .then().statusCode(404)).header("Cache-Control", "no-store");
        securityHeaders(given().get("/api/tasks").then().statusCode(401)).header("Cache-Control", "no-store");
    }

    @Test
    void shouldLetBrowsersCacheStaticFilesWhenTheyCarryNoPersonalData() {
        securityHeaders(given().get("/js/process-diagram.js").then().statusCode(200))
                .header("Cache-Control", not(containsString("no-store")));
        securityHeaders(given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200))
                .header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void shouldAllowNoInlineScriptWhenThePolicyIsRead() {
        String policy = given().get("/sign-in").then().extract().header("Content-Security-Policy");

        String scripts = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        assertThat(scripts).isEqualTo("script-src 'self'");
        assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-eval");
    }

    @Test
    void shouldSendHstsAndSecureCookiesWhenTheIngressSaysTheRequestCameOverHttps() {
        TeamFixture team = people.team();

        // over plain http (a developer's machine): no HSTS, and cookies a browser would send over http
        Response plain = given().get("/sign-in");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getDetailedCookie("csrf-token").isSecured()).isFalse();

        // through the ingress, which ended TLS: HSTS, and every cookie Secure
        Response page = given().header("X-Forwarded-Proto", "https").get("/sign-in");
        page.then().header("Strict-Transport-Security", containsString("max-age="));
        assertThat(page.getDetailedCookie("csrf-token").isSecured()).isTrue();
        Response signedIn = given().header("X-Forwarded-Proto", "https").redirects().follow(false)
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("username", team.worker().username()).formParam("password", PageSessions.PASSWORD)
                .formParam("csrf-token", PageSessions.token(page.asString()))
                .post("/j_security_check");
        assertThat(signedIn.getDetailedCookie("waypoint-session")).as("the session cookie").isNotNull();
        assertThat(signedIn.getDetailedCookie("waypoint-session").isSecured()).isTrue();
        assertThat(signedIn.getDetailedCookie(ServerSessions.COOKIE).isSecured()).isTrue();
        assertThat(signedIn.getDetailedCookie(ServerSessions.COOKIE).isHttpOnly()).isTrue();
    }

    private static ValidatableResponse securityHeaders(ValidatableResponse response) {
        return response.header("Content-Security-Policy", equalTo(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", nullValue());
    }
}
