package app.waypoint.web.signin;

import app.waypoint.web.shell.PageErrors;
import io.quarkus.logging.Log;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * CSRF protection of every page form (double-submit): a page sets a random token in an HttpOnly, SameSite=Strict cookie
 * and puts it in its forms ({@code {inject:csrf.token}}); a POST to a page is refused unless its {@code csrf-token} field
 * (or htmx's {@code X-CSRF-TOKEN} header) equals the cookie. Only page resources are checked: /api takes bearer tokens,
 * which a browser never sends by itself. quarkus-rest-csrf would do the same but checks every endpoint, /api included,
 * where it refuses a POST with a form content type and no body.
 */
class PageCsrf {

    static final String NAME = SignInCsrf.NAME;
    static final String HEADER = "X-CSRF-TOKEN";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    @ServerRequestFilter
    @WithFormRead
    Response check(ResteasyReactiveContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
        if (!PageErrors.isPage(resource)) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(NAME);
        if (SAFE.contains(request.getMethod())) {
            if (cookie == null || cookie.getValue().isEmpty()) {
                String token = newToken();
                routing.response().addCookie(Cookie.cookie(NAME, token).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
                routing.put(NAME, token);
            } else {
                routing.put(NAME, cookie.getValue());
            }
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(NAME, true, false);
            sent = field == null ? null : field.toString();
        }
        if (cookie == null || sent == null || !equal(cookie.getValue(), sent)) {
            Log.debug("Refused a page form post without a matching CSRF token");
            return Response.status(Response.Status.FORBIDDEN).type("text/html")
                    .entity(PageErrors.Templates.error(403, "This form has expired",
                            "Go back, reload the page and try again. (The form's security token did not match.)").render())
                    .build();
        }
        routing.put(NAME, cookie.getValue());
        return null;
    }

    static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
