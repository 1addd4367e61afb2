package app.waypoint.web;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in to the pages over plain HTTP (no browser): the cookies a browser would keep after the sign-in form. */
public final class PageSessions {

    public static final String PASSWORD = "waypoint";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private PageSessions() {
    }

    /** The CSRF cookie and form token of a fresh sign-in page. */
    static Map<String, String> signInPage() {
        Response page = given().get("/sign-in");
        return Map.of("cookie", page.getCookie("csrf-token"), "token", token(page.asString()));
    }

    /** The cookies of a signed-in session: the session cookie, the server session's cookie and the CSRF cookie. */
    public static Map<String, String> signIn(String username) {
        Map<String, String> page = signInPage();
        Response signedIn = given().redirects().follow(false).cookie("csrf-token", page.get("cookie"))
                .formParam("username", username).formParam("password", PASSWORD).formParam("csrf-token", page.get("token"))
                .post("/j_security_check");
        String session = signedIn.getCookie("waypoint-session");
        String serverSession = signedIn.getCookie("waypoint-session-id");
        if (session == null || serverSession == null) {
            throw new AssertionError("sign-in as " + username + " set no session cookie: " + signedIn.statusCode() + " " + signedIn.getHeader("Location"));
        }
        return Map.of("waypoint-session", session, "waypoint-session-id", serverSession, "csrf-token", page.get("cookie"));
    }

    public static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }
}
