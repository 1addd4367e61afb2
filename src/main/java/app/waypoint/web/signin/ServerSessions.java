package app.waypoint.web.signin;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.web.shell.WebConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The pages' sessions on the server (issue 11). Form authentication's cookie {@code waypoint-session} (like quarkus-oidc's
 * {@code q_session}, see ProviderSignIn) is encrypted but stateless, so a copy of it would outlive signing out; beside it,
 * sign-in sets {@link #COOKIE}, a random value naming a {@link PageSession} row, and every page request needs that row
 * open and seen within the idle timeout. Signing out, the idle timeout and a member of staff who no longer resolves end
 * the row, and with it every copy of both cookies. Last seen is written at most once a {@link #TOUCH_EVERY}, so that a
 * page request rarely writes.
 */
@ApplicationScoped
class ServerSessions {

    static final String COOKIE = "waypoint-session-id";
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PageSessionRepository sessions;
    private final WaypointClock clock;
    private final WebConfig config;

    ServerSessions(PageSessionRepository sessions, WaypointClock clock, WebConfig config) {
        this.sessions = sessions;
        this.clock = clock;
        this.config = config;
    }

    /** Opens a session for someone who just signed in, and sets its cookie on the answer. */
    @Transactional
    void open(String username, RoutingContext routing) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.persist(new PageSession(hash(value), username, clock.now()));
        routing.response().addCookie(Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
    }

    /**
     * Whether the request's session cookie names an open session of {@code username}, seen within the idle timeout; one
     * idle for longer is ended.
     */
    @Transactional
    boolean live(RoutingContext routing, String username) {
        Optional<PageSession> found = of(routing);
        if (found.isEmpty() || !found.get().open() || !found.get().staffUsername.equals(username)) {
            return false;
        }
        PageSession session = found.get();
        Instant now = clock.now();
        if (session.lastSeenAt.plus(config.sessionIdleTimeout()).isBefore(now)) {
            session.end(SessionEnd.IDLE, now);
            return false;
        }
        if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return true;
    }

    /** Ends the request's session (signing out) and clears its cookie. */
    @Transactional
    void end(RoutingContext routing) {
        of(routing).ifPresent(session -> session.end(SessionEnd.SIGNED_OUT, clock.now()));
        routing.response().removeCookie(COOKIE);
    }

    /** Ends every open session of someone who no longer resolves to a member of staff who may sign in. */
    @Transactional
    void endAllOf(String username) {
        sessions.endAllOf(username, SessionEnd.STAFF_GONE, clock.now());
    }

    private Optional<PageSession> of(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie == null || cookie.getValue().isEmpty() ? Optional.empty() : sessions.findByIdOptional(hash(cookie.getValue()));
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
