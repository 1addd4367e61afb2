package app.waypoint.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Session cookies for the staff pages, got as a browser gets them (README "Run it"): {@code GET /sign-in} sets the
 * {@code csrf-token} cookie, and {@code POST /j_security_check} with {@code username}, {@code password} and that token answers
 * with the encrypted form cookie and the server session's cookie. Production signs staff in through the council's OIDC
 * provider; the benchmark starts its jar with password sign-in on ({@code WAYPOINT_WEB_DEMO_SIGN_IN}, a password made for
 * this run), which ends in the same two cookies, so a page does the same work after either. One sign-in per member of staff,
 * again after {@link #RENEW_AFTER} (the cookies' idle timeout is 30 minutes); signing in happens while a request is made,
 * before it is timed.
 */
final class PageSessions {

    /** The password every member of staff signs in with on the benchmark's service, new each run. */
    static final String PASSWORD = UUID.randomUUID().toString();
    private static final Duration RENEW_AFTER = Duration.ofMinutes(20);
    private static final String[] SESSION_COOKIES = {"waypoint-session", "waypoint-session-id"};

    private record Session(String cookies, Instant signedIn) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<String, URI> pages;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    PageSessions(Function<String, URI> pages) {
        this.pages = pages;
    }

    /** A GET of the page with this member of staff's session cookies. */
    HttpRequest get(String path, String username) {
        return HttpRequest.newBuilder(pages.apply(path)).header("Cookie", cookies(username)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private String cookies(String username) {
        return sessions.compute(username, (name, session) ->
                session == null || session.signedIn().plus(RENEW_AFTER).isBefore(Instant.now()) ? signIn(name) : session).cookies();
    }

    private Session signIn(String username) {
        try {
            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(pages.apply("/sign-in")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            String csrf = cookie(page, "csrf-token");
            String form = "username=" + encode(username) + "&password=" + encode(PASSWORD) + "&csrf-token=" + encode(csrf);
            HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(pages.apply("/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "csrf-token=" + csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String cookies = Arrays.stream(SESSION_COOKIES).map(name -> name + "=" + cookie(signedIn, name))
                    .collect(Collectors.joining("; "));
            return new Session(cookies + "; csrf-token=" + csrf, Instant.now());
        } catch (Exception e) {
            throw new IllegalStateException("could not sign " + username + " in to the pages", e);
        }
    }

    /** A cookie the answer sets; fails when it sets none of that name (the sign-in was refused). */
    private static String cookie(HttpResponse<?> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1).split(";", 2)[0]).filter(value -> !value.isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException(answer.request().uri().getPath() + " answered " + answer.statusCode()
                        + " without the " + name + " cookie"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
