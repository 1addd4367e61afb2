package app.waypoint.web.signin;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page's CSRF token for its forms: {@code {inject:csrf.token}} (set by {@link PageCsrf} for each page request). */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    private final RoutingContext routing;

    CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    public String getToken() {
        String token = routing.get(PageCsrf.NAME);
        return token == null ? "" : token;
    }
}
