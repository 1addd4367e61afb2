package app.waypoint.web.signin;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The sign-in form posts to form authentication, outside JAX-RS where {@link PageCsrf} checks every other form; this makes
 * the same check there: the token field must equal the CSRF cookie the sign-in page set.
 */
final class SignInCsrf {

    /** The CSRF cookie's and the form field's name. */
    static final String NAME = "csrf-token";

    private SignInCsrf() {
    }

    static boolean matches(RoutingContext routing) {
        if (routing == null) {
            return false;
        }
        Cookie cookie = routing.request().getCookie(NAME);
        String field = routing.request().formAttributes().get(NAME);
        return cookie != null && field != null && !field.isEmpty()
                && PageCsrf.equal(cookie.getValue(), field);
    }
}
