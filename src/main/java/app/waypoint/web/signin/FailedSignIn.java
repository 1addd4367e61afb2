package app.waypoint.web.signin;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A refused sign-in goes back to the sign-in page with a message. Form authentication means to redirect there, but with the
 * bearer-token mechanism also installed (for /api) the failure is answered with the API's bare 401; this turns that answer
 * on the sign-in post, and only there, into the redirect. Likewise a page request whose session ended on the server
 * (SessionSignIn marks it {@link #SESSION_ENDED}) goes to the sign-in page, and its stale cookies are cleared.
 */
@ApplicationScoped
class FailedSignIn {

    static final String POST_LOCATION = "/j_security_check";
    static final String FAILED = "/sign-in?failed=true";
    static final String SESSION_ENDED = FailedSignIn.class.getName() + ".session-ended";
    private static final String SIGN_IN = "/sign-in";
    /** Form authentication's cookie (quarkus.http.auth.form.cookie-name). */
    private static final String SESSION_COOKIE = "waypoint-session";

    void redirectRefusedSignIns(@Observes Router router) {
        router.route(HttpMethod.POST, POST_LOCATION).order(Integer.MIN_VALUE).handler(routing -> {
            routing.addHeadersEndHandler(ignored -> {
                if (routing.response().getStatusCode() == 401) {
                    routing.response().setStatusCode(302);
                    routing.response().headers().remove("WWW-Authenticate").set("Location", FAILED).set("Cache-Control", "no-store");
                }
            });
            routing.next();
        });
    }

    void redirectEndedSessions(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            routing.addHeadersEndHandler(ignored -> {
                if (routing.response().getStatusCode() == 401 && Boolean.TRUE.equals(routing.get(SESSION_ENDED))) {
                    routing.response().setStatusCode(302);
                    routing.response().headers().remove("WWW-Authenticate").set("Location", SIGN_IN).set("Cache-Control", "no-store");
                    routing.response().removeCookie(ServerSessions.COOKIE);
                    routing.response().removeCookie(SESSION_COOKIE);
                }
            });
            routing.next();
        });
    }
}
