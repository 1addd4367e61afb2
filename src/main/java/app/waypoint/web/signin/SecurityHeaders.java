package app.waypoint.web.signin;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The security headers of every answer, pages, /api and static files alike (issue 11). Scripts come only from Waypoint
 * itself, never inline (styles may be: the diagram viewer and htmx set some); no other site may frame a page; nothing
 * is sniffed or sent on as a referrer; HSTS when the request came over TLS, also when the ingress ended it and said so in
 * X-Forwarded-Proto (quarkus.http.proxy.*). Every answer but the static files is {@code Cache-Control: no-store}: pages
 * and /api carry personal data. Swagger UI (off in production) is left without the script policy, which it cannot run under.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
    /** Static files without personal data, which browsers may cache. */
    private static final List<String> STATIC = List.of("/vendor/", "/webjars/", "/css/", "/js/", "/static/");
    private static final String SWAGGER_UI = "/q/swagger-ui";

    void onEveryAnswer(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            routing.addHeadersEndHandler(ignored -> add(routing));
            routing.next();
        });
    }

    private static void add(RoutingContext routing) {
        String path = routing.normalizedPath();
        MultiMap headers = routing.response().headers();
        if (!path.startsWith(SWAGGER_UI)) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (routing.request().isSSL()) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (STATIC.stream().noneMatch(path::startsWith)) {
            headers.set("Cache-Control", "no-store");
        }
    }
}
